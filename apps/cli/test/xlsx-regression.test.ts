/**
 * Workbooks the workbook fuzzer (`pnpm fuzz`) found that hung or exhausted memory in exceljs. Each must now
 * end quickly in a report or one line, without touching the file.
 */
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { deflateRawSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { baseWorkbooks } from '../fuzz/workbooks.js';
import { readZip, writeZip, type ZipEntry } from '../fuzz/zip.js';
import { cli } from './helpers.js';

let dir: string;
let filled: ZipEntry[];
beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'taizhang-regression-'));
  filled = (await baseWorkbooks())[0] as ZipEntry[];
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** The filled workbook with one sheet part's XML edited, written to a file; returns its path. */
function variant(name: string, edit: (xml: string) => string, part = 'xl/worksheets/sheet4.xml'): string {
  const entries = filled.map((e) =>
    e.name === part ? { ...e, data: Buffer.from(edit(e.data.toString('utf8'))) } : e,
  );
  const path = join(dir, name);
  writeFileSync(path, writeZip(entries));
  return path;
}

describe('workbook regressions found by the fuzzer', () => {
  it('a data validation over the whole sheet (A1:XFD1048576) is skipped, and the workbook validates', async () => {
    const path = variant('whole-sheet-validation.xlsx', (xml) =>
      xml.includes('sqref="')
        ? xml.replace(/sqref="[^"]*"/, 'sqref="A1:XFD1048576"')
        : xml.replace(
            '</worksheet>',
            '<dataValidations count="1"><dataValidation type="whole" sqref="A1:XFD1048576"><formula1>0</formula1><formula2>9</formula2></dataValidation></dataValidations></worksheet>',
          ),
    );
    expect(readFileSync(path, 'utf8')).not.toBe('');
    const out = await cli('validate', path, '--json');
    expect(out.stderr).toBe('');
    expect(out.code).toBe(0);
    expect(JSON.parse(out.stdout).reports[0].ready).toBe(true);
  });

  it('a merged range over the whole sheet is refused with one line naming it', async () => {
    const path = variant('whole-sheet-merge.xlsx', (xml) =>
      xml.replace(/<mergeCell ref="[^"]*"\/>/, '<mergeCell ref="A1:XFD1048576"/>'),
    );
    const before = readFileSync(path);
    const out = await cli('validate', path);
    expect(out.code).toBe(2);
    expect(out.stderr.trimEnd().split('\n')).toHaveLength(1);
    expect(out.stderr).toContain('A1:XFD1048576');
    expect(out.stderr).toContain('17179869184');
    expect(readFileSync(path).equals(before)).toBe(true);
  });

  it('a part that expands far beyond the size its directory states is refused as a zip bomb', async () => {
    const raw = deflateRawSync(Buffer.alloc(64 * 1024 * 1024, 0x20));
    const entries = [
      ...filled.filter((e) => e.name !== 'xl/sharedStrings.xml'),
      { name: 'xl/sharedStrings.xml', data: Buffer.alloc(0), raw, claimedSize: 1000 },
    ];
    const path = join(dir, 'lying-bomb.xlsx');
    writeFileSync(path, writeZip(entries));
    const out = await cli('validate', path);
    expect(out.code).toBe(2);
    expect(out.stderr).toMatch(
      /^taizhang validate: .*lying-bomb\.xlsx: 部件 xl\/sharedStrings\.xml 解压后远大于.*zip bomb\?\); refused\n$/,
    );
  });

  it('the zip helper of the fuzzer round-trips a workbook', () => {
    expect(readZip(writeZip(filled)).map((e) => [e.name, e.data.length])).toEqual(
      filled.map((e) => [e.name, e.data.length]),
    );
  });
});

describe('row numbers beyond Excel', () => {
  it('a row numbered 99,999,999 is a damaged file in one line, not an out-of-memory crash', async () => {
    const path = variant(
      'row-beyond.xlsx',
      (xml) =>
        xml.replace(
          /<row r="5"([^>]*)>(.*?)<\/row>/,
          (_m, attrs, cells) =>
            `<row r="99999999"${attrs}>${cells.replace(/r="([A-Z]+)5"/g, 'r="$199999999"')}</row>`,
        ),
      'xl/worksheets/sheet2.xml',
    );
    const out = await cli('validate', path);
    expect(out.code).toBe(2);
    expect(out.stderr.trimEnd().split('\n')).toHaveLength(1);
    expect(out.stderr).toContain('第 99999999 行超出 Excel 的 1048576 行');
  });
});

describe('library noise', () => {
  it("two sheets renamed to the same 40-character name: one line of ours, none of exceljs's warnings", async () => {
    const name = 'x'.repeat(40);
    const path = variant(
      'long-names.xlsx',
      (xml) => xml.replace(/name="[^"]*"/g, `name="${name}"`),
      'xl/workbook.xml',
    );
    const warn = vi.spyOn(console, 'warn');
    const out = await cli('validate', path);
    expect(warn).not.toHaveBeenCalled();
    warn.mockRestore();
    expect(out.code).toBe(2);
    expect(out.stderr.trimEnd().split('\n')).toHaveLength(1);
  });
});
