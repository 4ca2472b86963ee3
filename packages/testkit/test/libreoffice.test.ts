import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import {
  findSoffice,
  LibreOfficeMissingError,
  parseCsv,
  readRecalculatedValues,
  recalculateWithLibreOffice,
  withTempDir,
} from '../src/index.js';

/** The i-th element, failing the test when there is none. */
function at<T>(items: readonly T[] | undefined, i = 0): T {
  const item = items?.[i];
  if (item === undefined) throw new Error(`expected an element at ${i}`);
  return item;
}

async function writeBook(
  path: string,
  sheets: Record<string, (ws: ExcelJS.Worksheet) => void>,
): Promise<void> {
  const wb = new ExcelJS.Workbook();
  for (const [name, fill] of Object.entries(sheets)) fill(wb.addWorksheet(name));
  await wb.xlsx.writeFile(path);
}

describe('recalculateWithLibreOffice', () => {
  it('recalculates formulas of several workbooks in one run and reads results, blanks and errors back', async () => {
    await withTempDir('testkit', async (dir) => {
      const a = join(dir, 'a.xlsx');
      const b = join(dir, 'b.xlsx');
      await writeBook(a, {
        计算: (ws) => {
          ws.getCell('A1').value = 3;
          ws.getCell('B1').value = 4;
          ws.getCell('C1').value = { formula: 'A1/B1*100' };
          ws.getCell('C2').value = { formula: 'IF(OR(A2="",B2=0),"",A2/B2)' };
          ws.getCell('C3').value = { formula: 'A1/0' };
          ws.getCell('C4').value = { formula: 'ROUND(MAX(A1,B1)/7,2)' };
          ws.getCell('C5').value = { formula: 'A1*0' };
          ws.getCell('C6').value = { formula: 'A1>B1' };
        },
      });
      await writeBook(b, {
        S1: (ws) => {
          ws.getCell('A1').value = { formula: '1+2' };
        },
      });
      const results = await recalculateWithLibreOffice([a, b], { outDir: join(dir, 'out') });
      expect(results.map((r) => r.outputs.length)).toEqual([1, 1]);
      const sheet = at(await readRecalculatedValues(at(at(results).outputs)));
      expect(sheet.name).toBe('计算');
      expect(sheet.cells.get('C1')).toBe(75);
      expect(sheet.cells.get('C2')).toBe('');
      expect(sheet.cells.get('C3')).toEqual({ error: '#DIV/0!' });
      expect(sheet.cells.get('C4')).toBe(0.57);
      // Falsy results are results: exceljs's cell.value drops them, the reader must not.
      expect(sheet.cells.get('C5')).toBe(0);
      expect(sheet.cells.get('C6')).toBe(false);
      const other = at(await readRecalculatedValues(at(at(results, 1).outputs)));
      expect(other.rows[0]).toEqual([3]);
    });
  });

  it('converts every sheet to its own UTF-8 CSV', async () => {
    await withTempDir('testkit', async (dir) => {
      const a = join(dir, 'book.xlsx');
      await writeBook(a, {
        一: (ws) => {
          ws.getCell('A1').value = '西宁市';
          ws.getCell('B1').value = { formula: '2*21' };
        },
        二: (ws) => {
          ws.getCell('A1').value = 'x,"y"';
        },
      });
      const result = at(await recalculateWithLibreOffice([a], { outDir: join(dir, 'csv'), format: 'csv' }));
      expect(result.outputs).toHaveLength(2);
      const texts = await Promise.all(result.outputs.map((p) => readFile(p, 'utf8')));
      const parsed = texts.map(parseCsv);
      expect(parsed).toContainEqual([['西宁市', '42']]);
      expect(parsed).toContainEqual([['x,"y"']]);
    });
  });

  it('refuses to write into the folder of an input', async () => {
    await withTempDir('testkit', async (dir) => {
      const a = join(dir, 'a.xlsx');
      await writeBook(a, {
        S: (ws) => {
          ws.getCell('A1').value = 1;
        },
      });
      await expect(recalculateWithLibreOffice([a], { outDir: dir })).rejects.toThrow(
        /would overwrite the input/,
      );
    });
  });
});

describe('findSoffice', () => {
  it('finds LibreOffice on this machine (fails, never skips, when it is missing)', () => {
    expect(findSoffice()).toMatch(/soffice|libreoffice/);
  });

  it('throws a clear error naming how to install it when soffice is missing', () => {
    expect(() => findSoffice({ PATH: '/nonexistent' })).toThrow(LibreOfficeMissingError);
    expect(() => findSoffice({ PATH: '/nonexistent' })).toThrow(/apt-get install/);
    expect(() => findSoffice({ TAIZHANG_SOFFICE: '/nonexistent/soffice' })).toThrow(/TAIZHANG_SOFFICE/);
  });
});
