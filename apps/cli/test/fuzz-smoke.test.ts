/** A short run of `pnpm fuzz` for the CLI (document files and workbooks, a few through the built binary). */
import { DEFAULT_SEED } from '@taizhang/testkit';
import { describe, expect, it } from 'vitest';
import { fuzzDocumentFiles } from '../fuzz/documents.js';
import { checkExit } from '../fuzz/run-cli.js';
import { checkValidate, fuzzWorkbooks } from '../fuzz/workbooks.js';

const ok = { ms: 1, timedOut: false };

describe('cli fuzz smoke', () => {
  it('document files: 20 inputs, exit 0 or 2 with one line, files untouched', async () => {
    const result = await fuzzDocumentFiles({ seed: DEFAULT_SEED, scale: 0.01, input: null });
    expect(result.failures).toEqual([]);
    expect(result.inputs).toBe(20);
  });

  it('workbooks: 30 damaged workbooks through validate, exit 0/1/2, files untouched', async () => {
    const result = await fuzzWorkbooks({ seed: DEFAULT_SEED, scale: 0.003, input: null });
    expect(result.failures).toEqual([]);
    expect(result.inputs).toBe(30);
  });

  it('the checks catch a stack trace, a second line, an internal error and an unlocated problem', () => {
    expect(
      checkExit(
        'parse',
        { ...ok, code: 2, stdout: '', stderr: 'taizhang parse: x\n    at f (file.js:1:2)\n' },
        [0, 2],
      ),
    ).toMatch(/stack trace/);
    expect(
      checkExit('parse', { ...ok, code: 2, stdout: '', stderr: 'taizhang parse: x\nmore\n' }, [0, 2]),
    ).toMatch(/2 lines/);
    expect(
      checkExit(
        'validate',
        { ...ok, code: 70, stdout: '', stderr: 'taizhang validate: 内部错误\n' },
        [0, 1, 2],
      ),
    ).toMatch(/exit 70/);
    expect(
      checkValidate({
        ...ok,
        code: 1,
        stdout: JSON.stringify({ reports: [{ ready: false, problems: [{ sheet: '措施', cell: 'row 3' }] }] }),
        stderr: '',
      }),
    ).toMatch(/without a location/);
    expect(
      checkValidate({
        ...ok,
        code: 1,
        stdout: JSON.stringify({ reports: [{ ready: false, problems: [{ sheet: '措施', cell: 'F3' }] }] }),
        stderr: '',
      }),
    ).toBeNull();
  });
});
