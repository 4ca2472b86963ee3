/**
 * The limits that protect the user, as the README's Reliability section names them: each is enforced
 * here through the command a user runs, and the README states the same numbers as the code.
 */
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DEFAULT_MAX_DOCUMENT_LENGTH } from '@taizhang/core/document';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { baseWorkbooks } from '../fuzz/workbooks.js';
import { writeZip, type ZipEntry } from '../fuzz/zip.js';
import { DEFAULT_LIMITS } from '../src/xlsx/guard.js';
import { MAX_MERGED_CELLS } from '../src/xlsx/guard-contents.js';
import { cli, seedPath } from './helpers.js';

let dir: string;
let filled: ZipEntry[];
beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'taizhang-limits-'));
  filled = (await baseWorkbooks())[0] as ZipEntry[];
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

async function validate(name: string, bytes: Buffer) {
  const path = join(dir, name);
  writeFileSync(path, bytes);
  const out = await cli('validate', path);
  expect(readFileSync(path).equals(bytes)).toBe(true);
  return out;
}

describe('resource limits', () => {
  it('the limits are the numbers the README states', () => {
    expect(DEFAULT_LIMITS).toEqual({
      maxFileBytes: 50 * 1024 * 1024,
      maxUncompressedBytes: 400 * 1024 * 1024,
      maxEntries: 5_000,
      maxRatio: 1_000,
    });
    expect(MAX_MERGED_CELLS).toBe(100_000);
    expect(DEFAULT_MAX_DOCUMENT_LENGTH).toBe(5_000_000);
    const readme = readFileSync(new URL('../../../README.md', import.meta.url), 'utf8');
    const section = readme.slice(readme.indexOf('## Reliability'));
    for (const figure of [
      '50 MB',
      '400 MB',
      '5,000 parts',
      '1,000 : 1',
      '100,000 cells',
      '5,000,000 characters',
      '5 s',
    ])
      expect(section).toContain(figure);
  });

  it('a workbook of more than 5,000 parts is refused in one line', async () => {
    const parts = Array.from({ length: 5_001 }, (_, k) => ({
      name: `xl/extra/${k}.xml`,
      data: Buffer.from('<a/>'),
      method: 0 as const,
    }));
    const out = await validate('parts.xlsx', writeZip([...filled, ...parts]));
    expect(out.code).toBe(2);
    expect(out.stderr.trimEnd().split('\n')).toHaveLength(1);
    expect(out.stderr).toContain('超过 5000 个上限');
  });

  it('a part that expands more than 1,000 : 1 is refused as a zip bomb, even when its directory tells the truth', async () => {
    const bomb = { name: 'xl/media/fill.bin', data: Buffer.alloc(64 * 1024 * 1024, 0x20) };
    const out = await validate('ratio.xlsx', writeZip([...filled, bomb]));
    expect(out.code).toBe(2);
    expect(out.stderr).toMatch(/xl\/media\/fill\.bin.*压缩比异常.*zip bomb\?\); refused\n$/);
  });

  it('a document of more than 5,000,000 characters is refused by taizhang parse in one line, with where', async () => {
    const seed = readFileSync(seedPath, 'utf8');
    const path = join(dir, 'site.txt');
    writeFileSync(path, seed.repeat(Math.ceil((DEFAULT_MAX_DOCUMENT_LENGTH + 1) / seed.length)));
    const out = await cli('parse', path);
    expect(out.code).toBe(2);
    expect(out.stderr.trimEnd().split('\n')).toHaveLength(1);
    expect(out.stderr).toMatch(/site\.txt:1:1: 文本有 \d+ 个字符，超过上限 5000000/);
  });
});
