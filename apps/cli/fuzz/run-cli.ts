/**
 * Running `taizhang` on one input, in-process (the same `runCli` the binary calls) or as the real binary,
 * with a time limit, and checking what came out: exit 0/1/2, an exit-2 message of one line, no stack trace.
 */
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import { Writable } from 'node:stream';
import { fileURLToPath } from 'node:url';
import { runCli } from '../src/run.js';

export interface CliOutcome {
  code: number | null;
  stdout: string;
  stderr: string;
  ms: number;
  timedOut: boolean;
}

class Capture extends Writable {
  text = '';
  override _write(chunk: Buffer, _encoding: BufferEncoding, done: () => void): void {
    this.text += chunk.toString('utf8');
    done();
  }
}

/** In-process; a run past `limitMs` is reported as timed out (it cannot be interrupted, only noticed). */
export async function runInProcess(argv: string[], cwd: string, limitMs: number): Promise<CliOutcome> {
  const stdout = new Capture();
  const stderr = new Capture();
  const started = performance.now();
  let timer: NodeJS.Timeout | undefined;
  const limit = new Promise<'timeout'>((resolve) => {
    timer = setTimeout(() => resolve('timeout'), limitMs);
  });
  // What libraries print through console (exceljs warns about sheet names) reaches the binary's stderr too.
  const saved = { log: console.log, info: console.info, warn: console.warn, error: console.error };
  const toStderr = (...args: unknown[]) => stderr.write(`${args.map(String).join(' ')}\n`);
  Object.assign(console, { log: toStderr, info: toStderr, warn: toStderr, error: toStderr });
  let code: number | 'timeout';
  try {
    code = await Promise.race([runCli(argv, { stdout, stderr, cwd }), limit]);
  } finally {
    Object.assign(console, saved);
    clearTimeout(timer);
  }
  const ms = performance.now() - started;
  return {
    code: code === 'timeout' ? null : code,
    stdout: stdout.text,
    stderr: stderr.text,
    ms,
    timedOut: code === 'timeout' || ms > limitMs,
  };
}

const binary = fileURLToPath(new URL('../dist/main.js', import.meta.url));

/** The built binary (`pnpm fuzz` builds first), killed at `limitMs`. */
export function runBinary(argv: string[], cwd: string, limitMs: number): CliOutcome {
  const started = performance.now();
  const result = spawnSync(process.execPath, [binary, ...argv], {
    cwd,
    encoding: 'utf8',
    timeout: limitMs,
    maxBuffer: 64 * 1024 * 1024,
  });
  return {
    code: result.status,
    stdout: result.stdout ?? '',
    stderr: result.stderr ?? '',
    ms: performance.now() - started,
    timedOut: result.error !== undefined && (result.error as NodeJS.ErrnoException).code === 'ETIMEDOUT',
  };
}

const STACK = /\n\s+at .+[(:]\d+:\d+\)?/;

/** What is wrong with how a command ended, or null. `allowed` are the exit codes this command may give. */
export function checkExit(command: string, out: CliOutcome, allowed: readonly number[]): string | null {
  if (out.timedOut) return null; // counted as a hang by the caller
  if (STACK.test(out.stderr) || STACK.test(out.stdout))
    return `printed a stack trace: ${out.stderr.split('\n').slice(0, 3).join(' / ')}`;
  if (out.code === null || !allowed.includes(out.code))
    return `exit ${out.code}: ${out.stderr.trim().split('\n')[0] ?? ''}`;
  if (out.code === 2) {
    const lines = out.stderr.trimEnd().split('\n');
    if (lines.length !== 1)
      return `exit 2 with ${lines.length} lines on stderr: ${lines.slice(0, 3).join(' / ')}`;
    if (!lines[0]?.startsWith(`taizhang ${command}: `))
      return `exit 2 with an unexpected message: ${lines[0]}`;
  }
  return null;
}

export function sha256(path: string): string {
  return createHash('sha256').update(readFileSync(path)).digest('hex');
}

export function listing(dir: string): string {
  return readdirSync(dir).sort().join('\n');
}
