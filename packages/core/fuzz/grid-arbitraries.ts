/**
 * fast-check arbitraries for reporting workbooks as plain grids: filled templates for every region and a
 * few periods, damage done to them the ways people and programs damage workbooks, and valid fills.
 */
import fc from 'fast-check';
import { seedDocument } from '../src/data/index.js';
import {
  a1,
  applyEdits,
  type CellEdit,
  type CellValue,
  catalogueIndicators,
  dateSerial,
  FILING,
  FIRST_DATA_ROW,
  findSheet,
  INDICATOR_COLUMNS,
  MEASURE_COLUMNS,
  MEASURE_STATUSES,
  planToGrid,
  type ReportIndicator,
  renderTemplate,
  resolveReportRegion,
  SHEET,
  sampleFill,
  textOf,
  valueAt,
  type WorkbookGrid,
  type WorkbookPlan,
} from '../src/report/index.js';

export const indicators: ReportIndicator[] = catalogueIndicators();
const REGIONS = ['青海省', '西宁市', '海东市', '海北州', '黄南州', '海南州', '果洛州', '玉树州', '海西州'];
const PERIODS = ['2017', '2018H1', '2019Q3'];

let templates: Array<{ plan: WorkbookPlan; filled: WorkbookGrid; empty: WorkbookGrid }> | undefined;

/** Every region's template for a few periods, empty and filled with the sample fill (rendered once). */
export function templateGrids(): NonNullable<typeof templates> {
  if (templates) return templates;
  templates = [];
  for (const name of REGIONS) {
    for (const period of PERIODS) {
      let plan: WorkbookPlan;
      try {
        plan = renderTemplate({
          document: seedDocument,
          region: resolveReportRegion(name),
          period,
          indicators,
        });
      } catch {
        continue; // a region with nothing to report has no template
      }
      const empty = planToGrid(plan, `${name}-${period}.xlsx`);
      templates.push({ plan, empty, filled: applyEdits(empty, sampleFill(plan, indicators)) });
    }
  }
  return templates;
}

const ERRORS = [
  '#DIV/0!',
  '#REF!',
  '#VALUE!',
  '#NAME?',
  '#N/A',
  '#NUM!',
  '#NULL!',
  '#SPILL!',
  '#CALC!',
  ' #N/A ',
];

/** What people and programs put into cells. */
export const cellValue: fc.Arbitrary<CellValue> = fc.oneof(
  fc.constant(null),
  fc.boolean(),
  fc.double(),
  fc.integer({ min: -2_000_000_000, max: 2_000_000_000 }),
  fc.constantFrom(
    0,
    -0,
    1,
    100,
    0.5,
    1e308,
    -1e308,
    5e-324,
    Number.NaN,
    Number.POSITIVE_INFINITY,
    1_000_000_001,
  ),
  fc.string(),
  fc.string({ unit: 'grapheme', maxLength: 40 }),
  fc.constantFrom(
    ...ERRORS,
    ...MEASURE_STATUSES,
    ' 推进中 ',
    '已完成\n',
    '５８',
    '５８．５％',
    '1,234',
    '1,234.5万人',
    '约60',
    '60左右',
    '12万人',
    '58%',
    '待统计',
    '—',
    '',
    '   ',
    '2018-01-15',
    '2018年1月15日',
    '2018/13/45',
    '=1/0',
    "'58",
    '0x10',
    '1e400',
    '-',
    '.',
    '+.5',
  ),
  fc.string({ minLength: 0, maxLength: 3 }).map((s) => `${s}`.repeat(10_000)),
);

export type Damage =
  | { kind: 'set'; sheet: number; row: number; column: number; value: CellValue }
  | { kind: 'formula'; sheet: number; row: number; column: number; formula: string }
  | { kind: 'deleteRow'; sheet: number; row: number }
  | { kind: 'duplicateRow'; sheet: number; row: number }
  | { kind: 'swapRows'; sheet: number; row: number; other: number }
  | { kind: 'renameSheet'; sheet: number; name: string }
  | { kind: 'deleteSheet'; sheet: number }
  | { kind: 'moveSheet'; sheet: number; to: number }
  | { kind: 'merge'; sheet: number; range: string }
  | { kind: 'truncateRow'; sheet: number; row: number; length: number }
  | { kind: 'identity'; key: number; value: string };

const index = fc.nat({ max: 200 });
export const damage: fc.Arbitrary<Damage> = fc.oneof(
  {
    arbitrary: fc.record({
      kind: fc.constant('set' as const),
      sheet: index,
      row: fc.nat({ max: 120 }),
      column: fc.nat({ max: 30 }),
      value: cellValue,
    }),
    weight: 8,
  },
  {
    arbitrary: fc.record({
      kind: fc.constant('formula' as const),
      sheet: index,
      row: fc.nat({ max: 120 }),
      column: fc.nat({ max: 30 }),
      formula: fc.oneof(
        fc.constantFrom('=1/0', '=#REF!', '=SUM(', '=', '==', '=A1', '=IF(G3="","",ROUND(G3/H3*100,2))'),
        fc.string().map((s) => `=${s}`),
      ),
    }),
    weight: 3,
  },
  {
    arbitrary: fc.record({
      kind: fc.constant('deleteRow' as const),
      sheet: index,
      row: fc.nat({ max: 120 }),
    }),
    weight: 2,
  },
  {
    arbitrary: fc.record({
      kind: fc.constant('duplicateRow' as const),
      sheet: index,
      row: fc.nat({ max: 120 }),
    }),
    weight: 1,
  },
  {
    arbitrary: fc.record({
      kind: fc.constant('swapRows' as const),
      sheet: index,
      row: fc.nat({ max: 120 }),
      other: fc.nat({ max: 120 }),
    }),
    weight: 1,
  },
  {
    arbitrary: fc.record({
      kind: fc.constant('renameSheet' as const),
      sheet: index,
      name: fc.oneof(
        fc.string({ maxLength: 31 }),
        fc.constantFrom(...Object.values(SHEET), 'Sheet1', '措施 ', '指标(2)'),
      ),
    }),
    weight: 1,
  },
  { arbitrary: fc.record({ kind: fc.constant('deleteSheet' as const), sheet: index }), weight: 1 },
  { arbitrary: fc.record({ kind: fc.constant('moveSheet' as const), sheet: index, to: index }), weight: 1 },
  {
    arbitrary: fc.record({
      kind: fc.constant('merge' as const),
      sheet: index,
      range: fc.oneof(
        fc.constantFrom('A3:B3', 'F3:F5', 'A1:AZ200', 'C10', 'A1:XFD1048576'),
        fc
          .tuple(fc.nat({ max: 60 }), fc.nat({ max: 20 }), fc.nat({ max: 60 }), fc.nat({ max: 20 }))
          .map(([r1, c1, r2, c2]) => `${a1(r1, c1)}:${a1(r2, c2)}`),
      ),
    }),
    weight: 1,
  },
  {
    arbitrary: fc.record({
      kind: fc.constant('truncateRow' as const),
      sheet: index,
      row: fc.nat({ max: 120 }),
      length: fc.nat({ max: 8 }),
    }),
    weight: 1,
  },
  {
    arbitrary: fc.record({
      kind: fc.constant('identity' as const),
      key: fc.oneof(fc.nat({ max: 6 }), fc.constant(6)),
      value: fc.oneof(
        fc.string(),
        fc.constantFrom('1e9', '99999999', '-5', 'NaN', 'Infinity', '1.5', '', '0', 'taizhang.report', '2'),
      ),
    }),
    weight: 2,
  },
);

/** A copy of `grid` with the damage done (indices are taken modulo what exists). */
export function applyDamage(grid: WorkbookGrid, list: readonly Damage[]): WorkbookGrid {
  const sheets = grid.sheets.map((s) => ({
    ...s,
    values: s.values.map((r) => [...r]),
    formulas: s.formulas.map((r) => [...r]),
    merges: [...(s.merges ?? [])],
  }));
  for (const d of list) {
    if (sheets.length === 0) break;
    if (d.kind === 'identity') {
      const id = sheets.find((s) => s.name === SHEET.identity);
      if (!id) continue;
      while (id.values.length <= d.key) id.values.push([]);
      while (id.formulas.length <= d.key) id.formulas.push([]);
      (id.values[d.key] as CellValue[])[1] = d.value;
      (id.formulas[d.key] as CellValue[])[1] = d.value;
      continue;
    }
    const si = d.sheet % sheets.length;
    const s = sheets[si] as (typeof sheets)[number];
    const rowAt = (r: number) => (s.values.length === 0 ? 0 : r % (s.values.length + 2));
    const put = (rows: CellValue[][], r: number, c: number, v: CellValue) => {
      while (rows.length <= r) rows.push([]);
      const row = rows[r] as CellValue[];
      while (row.length <= c) row.push(null);
      row[c] = v;
    };
    switch (d.kind) {
      case 'set':
        put(s.values, rowAt(d.row), d.column, d.value);
        put(s.formulas, rowAt(d.row), d.column, d.value);
        break;
      case 'formula': {
        const r = rowAt(d.row);
        put(s.formulas, r, d.column, d.formula);
        put(s.values, r, d.column, d.formula === '=1/0' ? '#DIV/0!' : null);
        break;
      }
      case 'deleteRow':
        s.values.splice(rowAt(d.row), 1);
        s.formulas.splice(rowAt(d.row), 1);
        break;
      case 'duplicateRow': {
        const r = rowAt(d.row);
        if (r < s.values.length) {
          s.values.splice(r, 0, [...(s.values[r] as CellValue[])]);
          s.formulas.splice(r, 0, [...(s.formulas[r] ?? [])]);
        }
        break;
      }
      case 'swapRows': {
        const a = rowAt(d.row);
        const b = rowAt(d.other);
        if (a < s.values.length && b < s.values.length) {
          [s.values[a], s.values[b]] = [s.values[b] as CellValue[], s.values[a] as CellValue[]];
          [s.formulas[a], s.formulas[b]] = [s.formulas[b] ?? [], s.formulas[a] ?? []];
        }
        break;
      }
      case 'renameSheet':
        s.name = d.name;
        break;
      case 'deleteSheet':
        sheets.splice(si, 1);
        break;
      case 'moveSheet':
        sheets.splice(si, 1);
        sheets.splice(d.to % (sheets.length + 1), 0, s);
        break;
      case 'merge':
        s.merges.push(d.range);
        break;
      case 'truncateRow': {
        const r = rowAt(d.row);
        s.values[r]?.splice(d.length);
        s.formulas[r]?.splice(d.length);
        break;
      }
    }
  }
  return { ...grid, sheets };
}

/** A damaged filled template (or, sometimes, a grid of random sheets). */
export const damagedGrid: fc.Arbitrary<WorkbookGrid> = fc.oneof(
  {
    weight: 9,
    arbitrary: fc
      .record({
        t: fc.nat(),
        filled: fc.boolean(),
        damage: fc.array(damage, { minLength: 1, maxLength: 12 }),
      })
      .map(({ t, filled, damage: list }) => {
        const all = templateGrids();
        const base = all[t % all.length] as (typeof all)[number];
        return applyDamage(filled ? base.filled : base.empty, list);
      }),
  },
  {
    weight: 1,
    arbitrary: fc
      .array(
        fc.record({
          name: fc.oneof(fc.string({ maxLength: 31 }), fc.constantFrom(...Object.values(SHEET))),
          values: fc.array(fc.array(cellValue, { maxLength: 12 }), { maxLength: 12 }),
        }),
        { maxLength: 6 },
      )
      .map((sheets) => ({
        source: 'random.xlsx',
        sheets: sheets.map((s) => ({
          name: s.name,
          values: s.values,
          formulas: s.values.map((r) => [...r]),
        })),
      })),
  },
);

/** Inputs a diligent statistician types: every cell valid, every consistency rule kept. */
export const validFill: fc.Arbitrary<{ grid: WorkbookGrid; edits: CellEdit[] }> = fc.nat().chain((t) => {
  const all = templateGrids();
  const base = all[t % all.length] as (typeof all)[number];
  const measures = findSheet(base.empty, SHEET.measures);
  const sheet = findSheet(base.empty, SHEET.indicators);
  const measureRows: number[] = [];
  for (let r = FIRST_DATA_ROW; measures && r < measures.values.length; r++)
    if (textOf(valueAt(measures, r, MEASURE_COLUMNS.id))) measureRows.push(r);
  const byId = new Map(indicators.map((i) => [i.id, i]));
  const indicatorRows: Array<{ row: number; indicator: ReportIndicator }> = [];
  for (let r = FIRST_DATA_ROW; sheet && r < sheet.values.length; r++) {
    const indicator = byId.get(textOf(valueAt(sheet, r, INDICATOR_COLUMNS.id)));
    if (indicator) indicatorRows.push({ row: r, indicator });
  }
  const text = fc
    .string({ minLength: 1, maxLength: 30 })
    .filter((s) => s.trim().length > 0 && !/^[#=]/.test(s.trim()));
  const measureFill = fc.record({
    status: fc.constantFrom(...MEASURE_STATUSES),
    completion: fc.oneof(fc.integer({ min: 1, max: 99 }), fc.double({ min: 1, max: 99.99, noNaN: true })),
    progress: text,
    problems: text,
    next: fc.option(text),
  });
  const indicatorFill = fc.record({
    scale: fc.array(fc.double({ min: 0.05, max: 1, noNaN: true }), { minLength: 3, maxLength: 3 }),
    whole: fc.integer({ min: 1, max: 1_000_000_000 }),
    lastYear: fc.constantFrom('same', 'blank'),
  });
  return fc
    .record({
      measures: fc.array(measureFill, { minLength: measureRows.length, maxLength: measureRows.length }),
      indicators: fc.array(indicatorFill, {
        minLength: indicatorRows.length,
        maxLength: indicatorRows.length,
      }),
      date: fc.integer({ min: 0, max: 4000 }),
      reporter: text,
    })
    .map((fill) => {
      const edits: CellEdit[] = [];
      const M = MEASURE_COLUMNS;
      measureRows.forEach((r, i) => {
        const f = fill.measures[i] as (typeof fill.measures)[number];
        const put = (c: number, value: CellValue) =>
          edits.push({ sheet: SHEET.measures, cell: a1(r, c), value });
        put(M.status, f.status);
        put(M.completion, f.status === '已完成' ? 100 : f.status === '未启动' ? 0 : f.completion);
        if (f.status !== '未启动') put(M.progress, f.progress);
        if (f.status === '滞后') put(M.problems, f.problems);
        if (f.next) put(M.nextSteps, f.next);
      });
      indicatorRows.forEach(({ row, indicator }, i) => {
        const f = fill.indicators[i] as (typeof fill.indicators)[number];
        const values = new Map<string, number>();
        const parts = new Map(indicator.partOf);
        const ordered = [...indicator.inputs].sort(
          (a, b) => Number(parts.has(a.key)) - Number(parts.has(b.key)),
        );
        ordered.forEach((input, k) => {
          const whole = parts.get(input.key);
          const raw = whole === undefined ? f.whole : (values.get(whole) ?? 1) * (f.scale[k] ?? 1);
          values.set(input.key, Math.max(1, input.integer ? Math.floor(raw) : Math.round(raw * 100) / 100));
        });
        indicator.inputs.forEach((input, k) => {
          const v = values.get(input.key) as number;
          edits.push({ sheet: SHEET.indicators, cell: a1(row, INDICATOR_COLUMNS.inputThis(k)), value: v });
          if (f.lastYear === 'same')
            edits.push({
              sheet: SHEET.indicators,
              cell: a1(row, INDICATOR_COLUMNS.inputLast(k)),
              value: v,
            });
        });
      });
      const c = FILING.valueColumn;
      edits.push(
        { sheet: SHEET.instructions, cell: a1(FILING.reporter, c), value: fill.reporter },
        { sheet: SHEET.instructions, cell: a1(FILING.date, c), value: dateSerial(2017, 1, 1) + fill.date },
      );
      return { grid: applyEdits(base.empty, edits), edits };
    });
});
