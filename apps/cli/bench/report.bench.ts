/**
 * `taizhang report` on 8 prefectures × 4 quarters (32 workbooks), against merge alone on the same grids in
 * the same run: vitest prints how many times slower the full report (merge + progress view + ECharts SSR
 * SVG + HTML) is than the baseline. Reading the .xlsx files is measured on its own.
 */
import { mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { seedDocument } from '@taizhang/core/data';
import { groupByPeriod, mergeWorkbooks, type WorkbookGrid } from '@taizhang/core/report';
import { bench, describe } from 'vitest';
import { reportIndicators } from '../src/report-context.js';
import { buildReport } from '../src/report-html/build.js';
import { readWorkbookFile } from '../src/xlsx/read-workbook.js';
import { urbanization, writePrefectureWorkbooks } from '../test/report-workbooks.js';

const PERIODS = ['2017Q1', '2017Q2', '2017Q3', '2017Q4'];
const dir = await mkdtemp(join(tmpdir(), 'taizhang-report-bench-'));
const paths = await writePrefectureWorkbooks(dir, PERIODS, {
  edits: (r, p) => ({
    inputs: urbanization(r, p),
    ...(r.name === '海东市' ? { measures: { M01: { status: '滞后', completion: 20 } } } : {}),
  }),
});
const grids: WorkbookGrid[] = [];
for (const path of paths) grids.push(await readWorkbookFile(path));
const indicators = reportIndicators();
const check = buildReport(grids, { document: seedDocument, indicators, generated: '2018-01-15' });
if (!check.ok) throw new Error('benchmark workbooks should merge');

describe(`report, ${grids.length} workbooks (8 prefectures × ${PERIODS.length} periods)`, () => {
  bench('baseline: merge alone (one merge per period)', () => {
    for (const group of groupByPeriod(grids)) mergeWorkbooks(group, { indicators });
  });
  bench('report: merge + progress view + SVG charts + HTML', () => {
    buildReport(grids, { document: seedDocument, indicators, generated: '2018-01-15' });
  });
  bench('report --agency 省住房城乡建设厅', () => {
    buildReport(grids, {
      document: seedDocument,
      indicators,
      agency: '省住房城乡建设厅',
      generated: '2018-01-15',
    });
  });
});

describe(`reading ${paths.length} .xlsx files (exceljs), for scale`, () => {
  bench(
    'read every workbook',
    async () => {
      for (const path of paths) await readWorkbookFile(path);
    },
    { iterations: 3, time: 0 },
  );
});
