/**
 * Proof with a real spreadsheet engine: LibreOffice (headless) recalculates our templates to the numbers
 * core computes; a workbook typed into through LibreOffice validates clean; planted errors are reported
 * exactly, at their cells. One soffice launch for all three workbooks. Fails (never skips) without soffice.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { seedDocument } from '@taizhang/core/data';
import {
  applyEditsToPlan,
  INDICATOR_COLUMNS as C,
  type CellEdit,
  computeIndicatorRow,
  findSheet,
  mergeWorkbooks,
  type ProvincialSummary,
  parsePeriod,
  provinceRegion,
  renderSummary,
  reportingPrefectures,
  SUMMARY_SHEET,
  sampleFill,
  textOf,
  validateWorkbook,
  type WorkbookGrid,
} from '@taizhang/core/report';
import { beforeAll, describe, expect, it } from 'vitest';
import { indicatorsWithTargets, reportIndicators } from '../src/report-context.js';
import { xlsxToGrid } from '../src/xlsx/read-grid.js';
import { planToXlsx } from '../src/xlsx/write-plan.js';
import { typeWithLibreOffice } from './support/libreoffice-typing.js';
import { tempDir } from './support/run-in.js';
import { plan } from './support/workbooks.js';

const indicators = reportIndicators();
const dir = tempDir('lo-proof');
const out = tempDir('lo-proof-out');
const grids: Record<'recalculated' | 'typed' | 'planted' | 'summary', WorkbookGrid> = {} as never;
let summary: ProvincialSummary | undefined;

const xining = plan('西宁市', '2017');
const sample = sampleFill(xining, indicators);
/** What a person types for a sample value: numbers as written, dates as 2018-01-15. */
const typed = (e: CellEdit) => {
  if (e.sheet === '说明' && e.cell === 'B7' && typeof e.value === 'number')
    return new Date((e.value - 25569) * 86_400_000).toISOString().slice(0, 10);
  return textOf(e.value ?? null);
};
const rowOf = (key: string) =>
  (xining.sheets.find((s) => s.name === '指标')?.cells.find((c) => c.value === key)?.address ?? '').replace(
    /^A/,
    '',
  );
const measureRow = (id: string) =>
  (xining.sheets.find((s) => s.name === '措施')?.cells.find((c) => c.value === id)?.address ?? '').replace(
    /^B/,
    '',
  );

const fullWidth = (v: unknown) =>
  String(v).replace(/[0-9.]/g, (d) => String.fromCharCode(d.charCodeAt(0) + 0xfee0));
const u = rowOf('urbanization-rate-resident');
const t = rowOf('shantytown-renovation-completion-rate');
const m1 = measureRow('M01');
const m2 = measureRow('M02');
const planted: Array<{ sheet: string; cell: string; text: string; code: string }> = [
  { sheet: '措施', cell: `F${m1}`, text: '已完成', code: '' },
  { sheet: '措施', cell: `G${m1}`, text: '80', code: 'C_DONE_INCOMPLETE' },
  { sheet: '措施', cell: `H${m1}`, text: '已完成', code: '' },
  { sheet: '措施', cell: `F${m2}`, text: '', code: 'V_REQUIRED' },
  { sheet: '指标', cell: `H${u}`, text: '约60', code: 'V_APPROXIMATE' },
  {
    sheet: '指标',
    cell: `K${t}`,
    text: fullWidth(sample.find((e) => e.sheet === '指标' && e.cell === `K${t}`)?.value),
    code: 'V_FULL_WIDTH',
  },
  { sheet: '指标', cell: `P${t}`, text: '99', code: 'C_FORMULA_OVERWRITTEN' },
  { sheet: '说明', cell: 'B7', text: '2018年1月15日', code: 'V_DATE_AS_TEXT' },
];

beforeAll(async () => {
  const recalcIn = join(dir, 'sample.xlsx');
  writeFileSync(recalcIn, await planToXlsx(applyEditsToPlan(xining, sample)));
  const blank = join(dir, 'blank.xlsx');
  writeFileSync(blank, await planToXlsx(xining));
  const typing = sample.map((e) => ({ sheet: e.sheet, cell: e.cell, text: typed(e) }));
  const overrides = new Map(planted.map((p) => [`${p.sheet}!${p.cell}`, p]));
  const plantedTyping = [
    ...typing.filter((x) => !overrides.has(`${x.sheet}!${x.cell}`)),
    ...planted.map(({ sheet, cell, text }) => ({ sheet, cell, text })),
  ];
  const provinceIndicators = indicatorsWithTargets(seedDocument, provinceRegion(), parsePeriod('2017'));
  const prefectureGrids = await Promise.all(
    reportingPrefectures().map(async (r) => {
      const p = plan(r.name, '2017');
      return xlsxToGrid(await planToXlsx(applyEditsToPlan(p, sampleFill(p, indicators))), r.name);
    }),
  );
  const merged = mergeWorkbooks(prefectureGrids, { indicators: provinceIndicators });
  if (!merged.ok) throw new Error('the 8 sample workbooks should merge');
  summary = merged.summary;
  const summaryIn = join(dir, 'summary.xlsx');
  writeFileSync(summaryIn, await planToXlsx(renderSummary(merged.summary)));
  await typeWithLibreOffice([
    { input: summaryIn, output: join(out, 'summary.xlsx'), typing: [] },
    { input: recalcIn, output: join(out, 'recalculated.xlsx'), typing: [] },
    { input: blank, output: join(out, 'typed.xlsx'), typing },
    { input: blank, output: join(out, 'planted.xlsx'), unprotect: ['指标'], typing: plantedTyping },
  ]);
  for (const name of ['recalculated', 'typed', 'planted', 'summary'] as const)
    grids[name] = await xlsxToGrid(readFileSync(join(out, `${name}.xlsx`)), `${name}.xlsx`);
}, 180_000);

describe('LibreOffice proof', () => {
  it('the provincial summary recalculates each ratio from the summed inputs to the number core computes', () => {
    const sheet = findSheet(grids.summary, SUMMARY_SHEET.indicators);
    let compared = 0;
    for (const s of summary?.indicators ?? []) {
      const r = sheet?.values.findIndex((row) => row[C.id] === s.id) ?? -1;
      expect(r, s.id).toBeGreaterThan(1);
      const v = sheet?.values[r]?.[C.value] ?? null;
      if (s.result.value === null) expect(v === '' || v === null, s.id).toBe(true);
      else expect(v, s.id).toBeCloseTo(s.result.value, 9);
      compared++;
    }
    expect(compared).toBe(16);
  });

  it('recalculates every indicator formula of a filled template to the numbers core computes', () => {
    const sheet = findSheet(grids.recalculated, '指标');
    const report = validateWorkbook(grids.recalculated, { indicators });
    expect(report.indicators.length).toBe(16);
    let compared = 0;
    let withTarget = 0;
    for (const row of report.indicators) {
      const indicator = indicators.find((i) => i.id === row.id);
      if (!indicator || !sheet) throw new Error(`unknown indicator ${row.id}`);
      const r = Number(rowOf(row.id)) - 1;
      const target = sheet.values[r]?.[C.target];
      const core = computeIndicatorRow(
        typeof target === 'number'
          ? { ...indicator, target: { value: target, year: null, direction: indicator.direction } }
          : indicator,
        row.thisPeriod,
        row.lastYear,
      );
      // -0 and 0 are the same number on a sheet (LibreOffice's ROUND(-0.04, 1) gives -0).
      const lo = (c: number) => {
        const v = sheet.values[r]?.[c] ?? null;
        return v === 0 ? 0 : v;
      };
      expect(lo(C.value), `${row.id} value`).toBeCloseTo(core.value ?? Number.NaN, 9);
      expect(lo(C.lastValue), `${row.id} last year`).toBeCloseTo(core.lastValue ?? Number.NaN, 9);
      const zero = (v: number | null) => (v === 0 ? 0 : v);
      expect(lo(C.change) === '' ? null : lo(C.change), `${row.id} change`).toBe(zero(core.change));
      expect(lo(C.completion) === '' ? null : lo(C.completion), `${row.id} completion`).toBe(
        zero(core.completion),
      );
      if (core.completion !== null) withTarget++;
      expect(lo(C.status), `${row.id} status`).toBe(core.status);
      compared++;
    }
    expect(compared).toBe(16);
    expect(withTarget).toBeGreaterThanOrEqual(5); // rows with a target from the document compare completion too
    expect(report.ready).toBe(true);
  });

  it('a workbook typed into through LibreOffice validates clean (its formulas, layout and checksum survive LibreOffice)', () => {
    const report = validateWorkbook(grids.typed, { indicators });
    expect(report.problems).toEqual([]);
    expect(report.ready).toBe(true);
    expect(report.filing.date).toBe(43115);
  });

  it('planted errors are reported exactly, at their cells', () => {
    const report = validateWorkbook(grids.planted, { indicators });
    const expected = planted.filter((p) => p.code).map((p) => `${p.sheet}!${p.cell} ${p.code}`);
    expect(report.problems.map((p) => `${p.sheet}!${p.cell} ${p.code}`).sort()).toEqual(expected.sort());
    expect(report.ready).toBe(false);
  });
});
