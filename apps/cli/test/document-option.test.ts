/**
 * Any document of the family, not only the seed: `taizhang parse FILE --json > ledger.json` gives a dataset that
 * show, targets, fill, validate and merge accept with `--document ledger.json`.
 */
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { cli, fixture, seedPath } from './helpers.js';

const dir = mkdtempSync(join(tmpdir(), 'taizhang-document-'));
const ledger = join(dir, 'ledger.json');
const otherWorkbook = join(dir, 'other.xlsx');
const seedWorkbook = join(dir, 'seed.xlsx');

beforeAll(async () => {
  writeFileSync(ledger, (await cli('parse', fixture('other-doc.txt'), '--json')).stdout);
  expect(
    (await cli('fill', '--region', '西宁市', '--period', '2017', '--document', ledger, '-o', otherWorkbook))
      .code,
  ).toBe(0);
  expect((await cli('fill', '--region', '西宁市', '--period', '2017', '-o', seedWorkbook)).code).toBe(0);
});

const problemCodes = async (...args: string[]) => {
  const out = await cli('validate', ...args, '--json');
  return JSON.parse(out.stdout).reports[0].problems.map((p: { code: string }) => p.code) as string[];
};

describe('--document ledger.json', () => {
  it('show and targets read the other document', async () => {
    const shown = JSON.parse((await cli('show', '--document', ledger, '--json')).stdout);
    expect(shown).toHaveLength(2);
    const targets = await cli('targets', '--document', ledger, '--json');
    expect(targets.code).toBe(0);
    expect(Array.isArray(JSON.parse(targets.stdout))).toBe(true);
  });

  it('fill makes a template of the other document’s measures', async () => {
    const codes = await problemCodes(otherWorkbook, '--document', ledger);
    expect(codes).not.toContain('S_DOCUMENT');
    expect(codes).not.toContain('S_NOT_TAIZHANG');
  });

  it('validate checks a workbook against the document it should come from (the seed by default)', async () => {
    expect(await problemCodes(otherWorkbook)).toContain('S_DOCUMENT');
    expect(await problemCodes(seedWorkbook)).not.toContain('S_DOCUMENT');
    expect(await problemCodes(seedWorkbook, '--document', ledger)).toContain('S_DOCUMENT');
    // A text document is parsed on the fly, the same as its ledger JSON.
    expect(await problemCodes(seedWorkbook, '--document', seedPath)).not.toContain('S_DOCUMENT');
  });

  it('merge refuses workbooks made from another document, naming the problem', async () => {
    const out = await cli('merge', seedWorkbook, '--document', ledger, '-o', join(dir, 'sum.xlsx'));
    expect(out.code).toBe(1);
    expect(out.stdout).toContain('S_DOCUMENT');
  });

  it('a broken --document is one line and exit 2', async () => {
    const out = await cli('validate', seedWorkbook, '--document', join(dir, 'missing.json'));
    expect(out.code).toBe(2);
    expect(out.stderr.trim().split('\n')).toHaveLength(1);
  });
});
