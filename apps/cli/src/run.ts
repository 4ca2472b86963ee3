import { type CommandContext, UserError } from './command.js';
import { commands } from './commands/index.js';

function help(): string {
  const width = Math.max(...commands.map((c) => c.name.length), 4);
  const lines = commands.map((c) => `  ${c.name.padEnd(width)}  ${c.summary}`);
  return [
    'taizhang — 政策台账工具 / the policy ledger tool',
    '',
    '用法 Usage: taizhang <command> [options]',
    '',
    ...lines,
    '',
    '每个命令加 --help 查看详细用法 / add --help to any command for its options',
    '',
  ].join('\n');
}

/** Runs one command line; never throws: bad input becomes one line on stderr and exit code 2. */
export async function runCli(argv: string[], io: Omit<CommandContext, 'args'>): Promise<number> {
  const [name, ...args] = argv;
  if (!name || name === 'help' || name === '--help' || name === '-h') {
    io.stdout.write(help());
    return name ? 0 : 2;
  }
  const command = commands.find((c) => c.name === name);
  if (!command) {
    io.stderr.write(
      `taizhang: 未知命令 "${name}" / unknown command "${name}". 运行 taizhang help 查看全部命令 / run "taizhang help" to list commands.\n`,
    );
    return 2;
  }
  if (args.includes('--help') || args.includes('-h')) {
    io.stdout.write(`${command.summary}\n\n${command.usage}\n`);
    return 0;
  }
  try {
    return await command.run({ ...io, args });
  } catch (error) {
    if (error instanceof UserError) {
      io.stderr.write(`taizhang ${name}: ${error.message}\n`);
      return error.exitCode;
    }
    const message = error instanceof Error ? error.message : String(error);
    io.stderr.write(
      `taizhang ${name}: 内部错误 / internal error: ${message}\n请把这条信息和输入文件报告给维护者 / please report this line with the input file.\n`,
    );
    return 70;
  }
}
