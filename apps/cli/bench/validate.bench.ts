/**
 * Validation of a workbook of 10,000 indicator rows against the time exceljs takes to read the same file,
 * measured in the same run: the issue asks that validation add no more than the read itself (ratio ≤ 1).
 */
import { validateWorkbook, type WorkbookGrid } from '@taizhang/core/report';
import ExcelJS from 'exceljs';
import { bench, describe } from 'vitest';
import { workbookToGrid } from '../src/xlsx/read-grid.js';
import { bigWorkbook } from './fixtures.js';

const ROWS = 10_000;
const { bytes, indicators } = await bigWorkbook(ROWS);

async function readWithExceljs(): Promise<ExcelJS.Workbook> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(bytes as unknown as ArrayBuffer);
  return wb;
}

const grid: WorkbookGrid = workbookToGrid(await readWithExceljs(), 'bench.xlsx');

// A direct measurement, printed as a ratio, alongside vitest's own comparison table.
const time = async (f: () => unknown, runs: number) => {
  const samples: number[] = [];
  for (let i = 0; i < runs; i++) {
    const t = performance.now();
    await f();
    samples.push(performance.now() - t);
  }
  return samples.sort((a, b) => a - b)[Math.floor(runs / 2)] as number;
};
const readMs = await time(readWithExceljs, 3);
const validateMs = await time(() => validateWorkbook(grid, { indicators }), 5);
const report = validateWorkbook(grid, { indicators });
console.log(
  `\n${ROWS} indicator rows, ${(bytes.length / 1048576).toFixed(1)} MB: exceljs read ${readMs.toFixed(0)} ms (median of 3), validateWorkbook ${validateMs.toFixed(0)} ms (median of 5) → validation / read = ${(validateMs / readMs).toFixed(3)} (${report.problems.length} problems, ready=${report.ready})\n`,
);
if (!report.ready)
  throw new Error(
    `the benchmark workbook should be clean: ${report.problems
      .slice(0, 3)
      .map((p) => p.message.en)
      .join('; ')}`,
  );

describe(`a workbook of ${ROWS} indicator rows`, () => {
  bench(
    'exceljs reads the .xlsx (baseline)',
    async () => {
      await readWithExceljs();
    },
    { iterations: 3, warmupIterations: 1 },
  );
  bench(
    'validateWorkbook on its grid',
    () => {
      validateWorkbook(grid, { indicators });
    },
    { iterations: 5, warmupIterations: 1 },
  );
});
