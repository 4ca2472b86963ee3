/** Merging the 8 prefectures' workbooks: read (exceljs), validate and merge (core), write the summary. */
import { seedDocument } from '@taizhang/core/data';
import { mergeWorkbooks, parsePeriod, provinceRegion, renderSummary } from '@taizhang/core/report';
import { bench, describe } from 'vitest';
import { indicatorsWithTargets } from '../src/report-context.js';
import { xlsxToGrid } from '../src/xlsx/read-grid.js';
import { planToXlsx } from '../src/xlsx/write-plan.js';
import { prefectureWorkbooks } from './fixtures.js';

const files = await prefectureWorkbooks('2017');
const indicators = indicatorsWithTargets(seedDocument, provinceRegion(), parsePeriod('2017'));
const grids = await Promise.all(files.map((b, i) => xlsxToGrid(b, `${i}.xlsx`)));

async function mergeEndToEnd(): Promise<void> {
  const read = await Promise.all(files.map((b, i) => xlsxToGrid(b, `${i}.xlsx`)));
  const result = mergeWorkbooks(read, { indicators });
  if (!result.ok) throw new Error('benchmark workbooks should merge');
  await planToXlsx(renderSummary(result.summary));
}

const t = performance.now();
await mergeEndToEnd();
console.log(
  `\nmerge of 8 workbooks end to end (read + validate + merge + write summary): ${(performance.now() - t).toFixed(0)} ms\n`,
);

describe('merge of 8 prefecture workbooks', () => {
  bench(
    'read the 8 .xlsx with exceljs (baseline)',
    async () => {
      await Promise.all(files.map((b, i) => xlsxToGrid(b, `${i}.xlsx`)));
    },
    { iterations: 5 },
  );
  bench(
    'mergeWorkbooks (validates each, sums, recomputes)',
    () => {
      const result = mergeWorkbooks(grids, { indicators });
      if (!result.ok) throw new Error('benchmark workbooks should merge');
    },
    { iterations: 20 },
  );
  bench('end to end: read, merge, write the summary .xlsx', mergeEndToEnd, { iterations: 5 });
});
