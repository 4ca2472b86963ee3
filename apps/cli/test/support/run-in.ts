import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Writable } from 'node:stream';
import { runCli } from '../../src/run.js';

class Capture extends Writable {
  text = '';
  constructor(readonly isTTY = false) {
    super();
  }
  override _write(chunk: Buffer, _enc: BufferEncoding, done: () => void) {
    this.text += chunk.toString('utf8');
    done();
  }
}

/** Runs the CLI in-process in `cwd`; `tty` makes stderr look like a terminal (for the progress bar). */
export async function runIn(
  cwd: string,
  argv: string[],
  tty = false,
): Promise<{ code: number; stdout: string; stderr: string }> {
  const stdout = new Capture();
  const stderr = new Capture(tty);
  const code = await runCli(argv, { stdout, stderr, cwd });
  return { code, stdout: stdout.text, stderr: stderr.text };
}

export const tempDir = (name: string) => mkdtempSync(join(tmpdir(), `taizhang-${name}-`));
