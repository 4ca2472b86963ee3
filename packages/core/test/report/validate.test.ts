import { describe, expect, it } from 'vitest';
import {
  applyEdits,
  applyFix,
  applyFixes,
  type CellEdit,
  findSheet,
  planToGrid,
  validateWorkbook,
  type WorkbookGrid,
} from '../../src/report/index.js';
import { codes, filledGrid, indicators, rowOf, template } from './fixtures.js';

const base = filledGrid('西宁市', '2017');
const M = (key: string) => rowOf(base, '措施', key);
const I = (key: string) => rowOf(base, '指标', key);
const edit = (grid: WorkbookGrid, edits: CellEdit[]) => applyEdits(grid, edits);
const check = (grid: WorkbookGrid) => validateWorkbook(grid, { indicators });
const status = (key: string) => findSheet(base, '措施')?.values[M(key) - 1]?.[5];

describe('validateWorkbook: a clean workbook', () => {
  it('a freshly filled sample is ready, and reads back what was filled', () => {
    const report = check(base);
    expect(report.problems).toEqual([]);
    expect(report.ready).toBe(true);
    expect(report.identity).toMatchObject({ regionCode: '630100', regionName: '西宁市', period: '2017' });
    expect(report.measures.map((m) => m.status)).toContain('推进中');
    expect(
      report.indicators.find((i) => i.id === 'urbanization-rate-resident')?.thisPeriod.residents,
    ).toBeGreaterThan(0);
  });

  it.each(['青海省', '西宁市', '海东市', '海北州', '黄南州', '海南州', '果洛州', '玉树州', '海西州'])(
    'a filled sample for %s in 2017H2 is ready',
    (region) => {
      const report = check(filledGrid(region, '2017H2'));
      expect(report.problems).toEqual([]);
      expect(report.identity?.period).toBe('2017H2');
    },
  );

  it('an empty template: every status and every this-period input is required, nothing else', () => {
    const plan = template();
    const report = check(planToGrid(plan, 'empty.xlsx'));
    const measureRows = findSheet(base, '措施')?.values.length ?? 0;
    const inputs = indicators
      .filter((i) => report.indicators.some((r) => r.id === i.id))
      .reduce((n, i) => n + i.inputs.length, 0);
    expect(report.problems.every((p) => p.code === 'V_REQUIRED')).toBe(true);
    expect(report.problems).toHaveLength(measureRows - 2 + inputs);
    expect(report.problems[0]).toMatchObject({ sheet: '措施', cell: 'F3', severity: 'error' });
  });
});

describe('validateWorkbook: values typed the way people type them', () => {
  const r = I('urbanization-rate-resident');
  const t = I('shantytown-renovation-completion-rate');
  const v = I('village-paved-road-access-ratio');
  const lastResidents = findSheet(base, '指标')?.values[r - 1]?.[11];
  const residents = findSheet(base, '指标')?.values[r - 1]?.[10];
  const fullWidth = String(residents).replace(/[0-9.]/g, (d) =>
    String.fromCharCode(d.charCodeAt(0) + 0xfee0),
  );
  const grid = edit(base, [
    { sheet: '指标', cell: `K${r}`, value: fullWidth },
    { sheet: '指标', cell: `L${t}`, value: '12,345' },
    { sheet: '指标', cell: `K${t}`, value: '35000套' },
    { sheet: '指标', cell: `L${v}`, value: '3500户' },
    { sheet: '指标', cell: `H${t}`, value: '约3000' },
    { sheet: '指标', cell: `I${t}`, value: '待统计' },
    { sheet: '指标', cell: `L${r}`, value: String(lastResidents) },
    { sheet: '措施', cell: `G${M('M02')}`, value: '58%' },
    { sheet: '说明', cell: 'B7', value: '2018年1月15日' },
  ]);
  const report = check(grid);

  it('reports each at its cell with the right rule', () => {
    expect(codes(report.problems)).toEqual(
      [
        `指标!K${r} V_FULL_WIDTH`,
        `指标!L${t} V_THOUSANDS`,
        `指标!K${t} V_UNIT_TYPED`,
        `指标!L${v} V_UNIT_TYPED`,
        `指标!H${t} V_APPROXIMATE`,
        `指标!I${t} V_NOT_NUMBER`,
        `指标!L${r} V_NUMBER_AS_TEXT`,
        `措施!G${M('M02')} V_UNIT_TYPED`,
        '说明!B7 V_DATE_AS_TEXT',
      ].sort(),
    );
    expect(report.problems.every((p) => p.severity === 'error' && p.message.zh && p.message.en)).toBe(true);
  });

  it('offers fixes only where they are safe (not for 约, not for a different unit, not for words)', () => {
    const fixable = codes(report.problems.filter((p) => p.fix));
    expect(fixable).toEqual(
      [
        `指标!K${r} V_FULL_WIDTH`,
        `指标!L${t} V_THOUSANDS`,
        `指标!K${t} V_UNIT_TYPED`,
        `指标!L${r} V_NUMBER_AS_TEXT`,
        `措施!G${M('M02')} V_UNIT_TYPED`,
        '说明!B7 V_DATE_AS_TEXT',
      ].sort(),
    );
    const fixed = applyFixes(grid, report.problems);
    expect(findSheet(fixed, '指标')?.values[r - 1]?.[10]).toBe(residents);
    expect(fullWidth).toMatch(/^[０-９．]+$/);
    expect(findSheet(fixed, '说明')?.values[6]?.[1]).toBe(43115);
    expect(codes(check(fixed).problems)).toEqual(
      [`指标!H${t} V_APPROXIMATE`, `指标!I${t} V_NOT_NUMBER`, `指标!L${v} V_UNIT_TYPED`].sort(),
    );
  });

  it('does not change the grid it is given', () => {
    applyFix(grid, report.problems.find((p) => p.fix)?.fix ?? { edits: [], zh: '', en: '' });
    expect(findSheet(grid, '指标')?.values[r - 1]?.[10]).toBe(fullWidth);
  });
});

describe('validateWorkbook: consistency', () => {
  const r = I('urbanization-rate-resident');
  it('numerator above denominator, done below 100%, missing progress, rate on the wrong scale, zero denominator', () => {
    const t = I('village-paved-road-access-ratio');
    const grid = edit(base, [
      { sheet: '指标', cell: `H${r}`, value: 300 },
      { sheet: '指标', cell: `K${r}`, value: 200 },
      { sheet: '指标', cell: `I${r}`, value: 150 },
      { sheet: '指标', cell: `L${r}`, value: 200 },
      { sheet: '指标', cell: `H${t}`, value: 0 },
      { sheet: '指标', cell: `K${t}`, value: 0 },
      { sheet: '措施', cell: `F${M('M01')}`, value: '已完成' },
      { sheet: '措施', cell: `G${M('M01')}`, value: 80 },
      { sheet: '措施', cell: `F${M('M02')}`, value: '推进中' },
      { sheet: '措施', cell: `G${M('M02')}`, value: 0.58 },
      { sheet: '措施', cell: `H${M('M02')}`, value: null },
      { sheet: '措施', cell: `F${M('M03')}`, value: '滞后' },
      { sheet: '措施', cell: `G${M('M03')}`, value: 20 },
      { sheet: '措施', cell: `H${M('M03')}`, value: '推进慢' },
      { sheet: '措施', cell: `I${M('M03')}`, value: '' },
      { sheet: '措施', cell: `F${M('M04')}`, value: '完成了' },
    ]);
    const report = check(grid);
    expect(codes(report.problems)).toEqual(
      [
        `指标!H${r} C_PART_EXCEEDS_WHOLE`,
        `指标!P${t} C_VALUE_UNDEFINED`,
        `措施!G${M('M01')} C_DONE_INCOMPLETE`,
        `措施!G${M('M02')} V_RATE_SCALE`,
        `措施!H${M('M02')} C_PROGRESS_MISSING`,
        `措施!I${M('M03')} C_PROBLEMS_MISSING`,
        `措施!F${M('M04')} V_NOT_IN_LIST`,
      ].sort(),
    );
    expect(report.problems.find((p) => p.code === 'V_RATE_SCALE')).toMatchObject({
      severity: 'warning',
      fix: { edits: [{ value: 58 }] },
    });
  });

  it('a formula overwritten: a number that disagrees is an error, one that agrees a warning; both restore the formula', () => {
    const formula = findSheet(base, '指标')?.formulas[r - 1]?.[15];
    const h = I('urbanization-rate-registered'); // no target in the document: its status reads 已填报
    expect(findSheet(base, '指标')?.values[h - 1]?.[3]).toBeNull();
    const grid = edit(base, [
      { sheet: '指标', cell: `P${r}`, value: 99 },
      { sheet: '指标', cell: `T${h}`, value: '已填报' },
    ]);
    const report = check(grid);
    expect(codes(report.problems)).toEqual([
      `指标!P${r} C_FORMULA_OVERWRITTEN`,
      `指标!T${h} C_FORMULA_TYPED_SAME`,
    ]);
    expect(report.problems.map((p) => p.severity)).toEqual(['error', 'warning']);
    const fixed = applyFixes(grid, report.problems);
    expect(findSheet(fixed, '指标')?.formulas[r - 1]?.[15]).toBe(formula);
    expect(check(fixed).ready).toBe(true);
  });

  it('a jump against last year is a verification warning; an explanation makes the workbook ready', () => {
    const jumped = edit(base, [{ sheet: '指标', cell: `I${r}`, value: 40 }]);
    const report = check(jumped);
    expect(codes(report.problems)).toEqual([`指标!P${r} C_YOY_JUMP`]);
    expect(report).toMatchObject({ ready: false, errors: 0, openWarnings: 1 });
    const explained = edit(jumped, [
      { sheet: '核实说明', cell: 'A3', value: '指标' },
      { sheet: '核实说明', cell: 'B3', value: `p${r}` },
      { sheet: '核实说明', cell: 'C3', value: 'C_YOY_JUMP' },
      { sheet: '核实说明', cell: 'D3', value: '2017 年起按第六次人口普查口径调整了常住人口统计范围' },
    ]);
    const after = check(explained);
    expect(after).toMatchObject({ ready: true, openWarnings: 0, explainedWarnings: 1 });
    expect(after.problems[0]?.explanation).toMatch(/普查口径/);
  });
});

describe('validateWorkbook: structure', () => {
  it('not a taizhang workbook', () => {
    const report = check({
      source: 'book.xlsx',
      sheets: [{ name: 'Sheet1', values: [[1]], formulas: [[1]] }],
    });
    expect(codes(report.problems)).toEqual(['_taizhang!A1 S_NOT_TAIZHANG']);
    expect(report.ready).toBe(false);
  });

  it('wrong version', () => {
    const report = check(edit(base, [{ sheet: '_taizhang', cell: 'B2', value: '0' }]));
    expect(codes(report.problems)).toEqual(['_taizhang!B2 S_VERSION']);
  });

  it('a sheet renamed', () => {
    const grid = {
      ...base,
      sheets: base.sheets.map((s) => (s.name === '措施' ? { ...s, name: '措施进展' } : s)),
    };
    const report = check(grid);
    expect(codes(report.problems)).toEqual(['措施!A1 S_SHEET_MISSING']);
    expect(report.problems[0]?.message.zh).toMatch(/措施进展/);
  });

  it('a column moved, a column renamed', () => {
    const swap = (s: (typeof base.sheets)[number]) => ({
      ...s,
      values: s.values.map((row) => {
        const r = [...row];
        [r[8], r[9]] = [r[9] ?? null, r[8] ?? null];
        return r;
      }),
    });
    const moved = { ...base, sheets: base.sheets.map((s) => (s.name === '措施' ? swap(s) : s)) };
    expect(codes(check(moved).problems)).toEqual(['措施!I2 S_COLUMN_MOVED', '措施!J2 S_COLUMN_MOVED']);
    const renamed = edit(base, [{ sheet: '指标', cell: 'C2', value: '计量单位' }]);
    expect(codes(check(renamed).problems)).toEqual(['指标!C2 S_COLUMN_MISSING']);
  });

  it('rows deleted, duplicated, reordered, inserted', () => {
    const measures = findSheet(base, '措施');
    const rows = measures?.values ?? [];
    const withRows = (values: typeof rows) => ({
      ...base,
      sheets: base.sheets.map((s) => (s.name === '措施' ? { ...s, values, formulas: values } : s)),
    });
    const deleted = withRows([...rows.slice(0, 4), ...rows.slice(5)]);
    expect(codes(check(deleted).problems)).toEqual([`措施!B5 S_ROW_MISSING`]);
    const duplicated = withRows([...rows, rows[3] ?? []]);
    expect(codes(check(duplicated).problems)).toEqual([`措施!B${rows.length + 1} S_ROW_DUPLICATED`]);
    const reordered = withRows([...rows.slice(0, 2), rows[3] ?? [], rows[2] ?? [], ...rows.slice(4)]);
    expect(codes(check(reordered).problems)).toEqual(['措施!B3 S_ROWS_REORDERED']);
    const inserted = withRows([...rows, [null, null, '补充：城市更新', null, null, '推进中']]);
    expect(codes(check(inserted).problems)).toEqual([`措施!B${rows.length + 1} S_ROW_UNKNOWN`]);
  });

  it('locked cells edited are found at their cell without the original file', () => {
    const grid = edit(base, [
      { sheet: '措施', cell: `D${M('M05')}`, value: '西宁市住建局' },
      { sheet: '指标', cell: `B${I('urbanization-rate-resident')}`, value: '城镇化率' },
    ]);
    expect(codes(check(grid).problems)).toEqual([
      `指标!B${I('urbanization-rate-resident')} S_LOCKED_EDITED`,
      `措施!D${M('M05')} S_LOCKED_EDITED`,
    ]);
  });

  it('the hidden identity sheet altered', () => {
    const report = check(edit(base, [{ sheet: '_taizhang', cell: 'C11', value: 'ffffff' }]));
    expect(codes(report.problems)).toContain('_taizhang!B6 S_CHECKSUM');
  });

  it('merged cells where values belong, and error values', () => {
    const grid = {
      ...base,
      sheets: base.sheets.map((s) =>
        s.name === '措施' ? { ...s, merges: [...(s.merges ?? []), 'H5:J5'] } : s,
      ),
    };
    const r = I('urbanization-rate-resident');
    const withErrors = edit(grid, [
      { sheet: '措施', cell: `J${M('M01')}`, value: '#REF!' },
      { sheet: '指标', cell: `R${r}`, value: '#DIV/0!' },
    ]);
    const s = findSheet(withErrors, '指标');
    const row = s?.formulas[r - 1];
    if (row) row[17] = findSheet(base, '指标')?.formulas[r - 1]?.[17] ?? null; // the formula stays, its result is an error
    expect(codes(check(withErrors).problems)).toEqual(
      ['措施!H5 S_MERGED', `措施!J${M('M01')} S_CELL_ERROR`, `指标!R${r} S_CELL_ERROR`].sort(),
    );
  });

  it('status is read from the sample (sanity)', () => {
    expect(['未启动', '推进中', '已完成', '滞后']).toContain(status('M01'));
  });
});
