import { parseCommandArgs } from '../args.js';
import { type Command, UserError } from '../command.js';
import { parseDocumentFile } from '../document-source.js';
import { renderLedger } from '../ledger.js';

const usage = 'taizhang parse FILE [--json]';

export const parseCommand: Command = {
  name: 'parse',
  summary: '解析政策文件并列出台账 / parse a policy document file (UTF-8 or GB18030) and print its ledger',
  usage: `${usage}\n  --json   输出 PolicyDocument JSON（可用作其他命令的 --document）/ print the PolicyDocument as JSON (usable as --document by other commands)`,
  async run(ctx) {
    const { values, positionals } = parseCommandArgs(ctx.args, { json: { type: 'boolean' } }, usage);
    const [file, ...extra] = positionals;
    if (!file || extra.length) throw new UserError(`请给出一个文件 / give one file. 用法 / usage: ${usage}`);
    const { doc } = await parseDocumentFile(file, ctx.cwd);
    ctx.stdout.write(
      values.json ? `${JSON.stringify(doc, null, 2)}\n` : renderLedger(doc, ctx.stdout.columns ?? 160),
    );
    return 0;
  },
};
