import { Writable } from 'node:stream';
import { runCli } from '../src/run.js';

class Capture extends Writable {
  text = '';
  override _write(chunk: Buffer, _enc: BufferEncoding, done: () => void) {
    this.text += chunk.toString('utf8');
    done();
  }
}

/** Runs the CLI in-process and captures what it prints. */
export async function cli(...argv: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  const stdout = new Capture();
  const stderr = new Capture();
  const code = await runCli(argv, { stdout, stderr, cwd: process.cwd() });
  return { code, stdout: stdout.text, stderr: stderr.text };
}

export const fixture = (name: string) => new URL(`./fixtures/${name}`, import.meta.url).pathname;
export const seedPath = new URL('../../../seeds/qinghai-new-urbanization-2016-76.txt', import.meta.url)
  .pathname;
