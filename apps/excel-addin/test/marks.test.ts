import { describe, expect, it, vi } from 'vitest';
import {
  applyMarks,
  clearMarks,
  FILL_BYTES_PER_CELL,
  MARK_COLORS,
  type MarkRequest,
} from '../src/office/marks.js';
import { MARKS_SHEET } from '../src/office/marks-table.js';
import { READ_BYTES_PER_CELL, readWorkbook } from '../src/office/read-workbook.js';
import { NO_OPTIONAL_FEATURES } from '../src/office/requirements.js';
import { FakeExcel } from './fake-excel/api.js';
import { mockRequestContext } from './helpers.js';

const WITH_NOTES = { notes: true, mergedAreas: false };

function workbook(rows: number): FakeExcel {
  const excel = new FakeExcel();
  const grid: (string | number)[][] = [['地区', '城镇人口', '常住人口']];
  for (let i = 0; i < rows; i++) grid.push([`地区${i}`, i, i * 2]);
  const sheet = excel.state.loadGrid('数据', grid);
  // Some cells carry the user's own fills, which must come back exactly.
  sheet.cell(1, 1).fill = { color: '#00B050', pattern: 'Solid' };
  sheet.cell(2, 1).fill = { color: '#FF0000', pattern: 'Gray25', patternColor: '#0000FF' };
  excel.state.loadGrid('说明', [['本表由统计局填报']]);
  return excel;
}

async function validateAndMark(excel: FakeExcel, requests: MarkRequest[], features = NO_OPTIONAL_FEATURES) {
  const { context } = mockRequestContext(excel);
  const sync = vi.spyOn(context, 'sync');
  const snapshot = await readWorkbook(context);
  const outcome = await applyMarks(context, snapshot, requests, features);
  return { snapshot, outcome, syncs: sync.mock.calls.length };
}

function problemsEvery(n: number, rows: number): MarkRequest[] {
  const list: MarkRequest[] = [];
  for (let r = 2; r <= rows + 1; r += n)
    list.push({
      sheet: '数据',
      cell: `B${r}`,
      severity: r % 2 ? 'error' : 'warning',
      message: `第${r}行有误`,
    });
  return list;
}

describe('readWorkbook', () => {
  it('reads every sheet as a grid from A1 in three round trips, leaving out the marks sheet', async () => {
    const excel = workbook(3);
    excel.state.loadGrid('偏移', [[], ['', '', 'x']]);
    const { context } = mockRequestContext(excel);
    const sync = vi.spyOn(context, 'sync');
    const snapshot = await readWorkbook(context);
    expect(sync).toHaveBeenCalledTimes(3);
    expect(snapshot.grid.sheets.map((s) => s.name)).toEqual(['数据', '说明', '偏移']);
    expect(snapshot.grid.sheets[0]!.values[1]).toEqual(['地区0', 0, 0]);
    expect(snapshot.grid.sheets[2]!.values).toEqual([
      ['', '', ''],
      ['', '', 'x'],
    ]);
    expect(snapshot.grid.sheets[2]!.formulas[1]).toEqual(['', '', 'x']);
  });

  it('reads a sheet too big for one response in bands of rows, and puts them together exactly', async () => {
    const excel = workbook(3000);
    excel.state.loadGrid('偏移', [[], ['', '', 'x']]);
    const { context } = mockRequestContext(excel);
    const sync = vi.spyOn(context, 'sync');
    const budget = 3 * READ_BYTES_PER_CELL * 1000;
    const snapshot = await readWorkbook(context, NO_OPTIONAL_FEATURES, budget);
    // 3001 rows × 3 columns in bands of 1000 rows: 4 bands, the last one sent with the other sheets.
    expect(sync).toHaveBeenCalledTimes(2 + 4);
    const data = snapshot.grid.sheets[0]!;
    expect(data.values).toHaveLength(3001);
    expect(data.values[2999]).toEqual(['地区2998', 2998, 5996]);
    expect(data.values[3000]).toEqual(['地区2999', 2999, 5998]);
    expect(snapshot.grid.sheets[2]!.values).toEqual([
      ['', '', ''],
      ['', '', 'x'],
    ]);
    const whole = await readWorkbook(mockRequestContext(excel).context);
    expect(whole.grid).toEqual(snapshot.grid);
  });
});

describe('applyMarks and clearMarks', () => {
  it('marks exactly the reported cells with the severity colour, and Clear restores every fill exactly', async () => {
    const excel = workbook(5);
    const before = structuredClone([...excel.state.sheet('数据')!.cells]);
    const requests: MarkRequest[] = [
      { sheet: '数据', cell: 'B2', severity: 'error', message: '城镇人口不能为 0' },
      { sheet: '数据', cell: 'B3', severity: 'warning', message: '与上年相比变化过大' },
      { sheet: '数据', cell: 'C4', severity: 'error', message: '必须填写' },
      { sheet: '不存在', cell: 'A1', severity: 'error', message: '此表不存在' },
    ];
    const { outcome, syncs } = await validateAndMark(excel, requests);
    expect(syncs).toBe(5);
    expect(outcome).toMatchObject({ marked: 3, notes: 0 });
    const sheet = excel.state.sheet('数据')!;
    expect(sheet.peek(1, 1)!.fill).toMatchObject({ color: MARK_COLORS.error, pattern: 'Solid' });
    expect(sheet.peek(2, 1)!.fill.color).toBe(MARK_COLORS.warning);
    expect(sheet.peek(3, 2)!.fill.color).toBe(MARK_COLORS.error);
    // Exactly those: every other cell's fill is untouched.
    for (const [key, cell] of before) {
      if (['1,1', '2,1', '3,2'].includes(key)) continue;
      expect(sheet.cells.get(key)!.fill, key).toEqual(cell.fill);
    }
    expect(excel.state.sheet(MARKS_SHEET)!.visibility).toBe('VeryHidden');

    const { context } = mockRequestContext(excel);
    const sync = vi.spyOn(context, 'sync');
    const cleared = await clearMarks(context, NO_OPTIONAL_FEATURES);
    expect(cleared).toMatchObject({ restored: 3, userChanged: 0, marked: 0 });
    expect(sync.mock.calls.length).toBeLessThanOrEqual(4);
    expect([...sheet.cells]).toEqual(before);
    expect(excel.state.sheet(MARKS_SHEET)).toBeUndefined();
  });

  it('costs the same round trips and no operation per cell for 20 and 20,000 marked cells', async () => {
    const ops = (excel: FakeExcel) => excel.contexts.at(-1)!.syncs.reduce((n, s) => n + s.operations, 0);
    const column = (rows: number): MarkRequest[] =>
      Array.from({ length: rows }, (_, i) => ({
        sheet: '数据',
        cell: `C${i + 2}`,
        severity: 'error',
        message: '必须填写',
      }));
    const smallExcel = workbook(20);
    const small = await validateAndMark(smallExcel, column(20));
    const largeExcel = workbook(20_000);
    const large = await validateAndMark(largeExcel, column(20_000));
    expect(large.syncs).toBe(small.syncs);
    expect(large.outcome.marked).toBe(20_000);
    expect(ops(largeExcel)).toBe(ops(smallExcel));

    // Scattered cells of alternating severity: still a handful of grouped calls, not one per cell.
    const scatteredExcel = workbook(5_000);
    const scattered = await validateAndMark(scatteredExcel, problemsEvery(1, 5_000));
    expect(scattered.syncs).toBe(small.syncs);
    expect(ops(scatteredExcel)).toBeLessThan(5_000 / 20);
  });

  it('reads the fills of a marked area too big for one answer in bands, and still restores exactly', async () => {
    const excel = workbook(2000);
    const before = structuredClone([...excel.state.sheet('数据')!.cells]);
    const requests = Array.from(
      { length: 2000 },
      (_, i): MarkRequest => ({ sheet: '数据', cell: `B${i + 2}`, severity: 'error', message: 'x' }),
    );
    const { context } = mockRequestContext(excel);
    const sync = vi.spyOn(context, 'sync');
    const snapshot = await readWorkbook(context);
    const reads = sync.mock.calls.length;
    await applyMarks(context, snapshot, requests, NO_OPTIONAL_FEATURES, 500 * FILL_BYTES_PER_CELL);
    // 2000 rows of fills in bands of 500: 4 reads, the last one sent with the probes; then the writes.
    expect(sync.mock.calls.length - reads).toBeGreaterThanOrEqual(4 + 1);
    expect(excel.state.sheet('数据')!.peek(1500, 1)!.fill.color).toBe(MARK_COLORS.error);
    await clearMarks(mockRequestContext(excel).context, NO_OPTIONAL_FEATURES);
    expect([...excel.state.sheet('数据')!.cells]).toEqual(before);
  });

  it('re-validating keeps the true original fill, and respects fills the user changed after marking', async () => {
    const excel = workbook(5);
    await validateAndMark(excel, [
      { sheet: '数据', cell: 'B2', severity: 'error', message: 'a' },
      { sheet: '数据', cell: 'B4', severity: 'error', message: 'b' },
    ]);
    // The user paints B4 themselves; then validates again with B2 still wrong and B5 new.
    excel.state.sheet('数据')!.cell(3, 1).fill = { color: '#7030A0', pattern: 'Solid' };
    const { outcome } = await validateAndMark(excel, [
      { sheet: '数据', cell: 'B2', severity: 'warning', message: 'a' },
      { sheet: '数据', cell: 'B5', severity: 'error', message: 'c' },
    ]);
    expect(outcome).toMatchObject({ marked: 2, restored: 0, userChanged: 1 });
    const sheet = excel.state.sheet('数据')!;
    expect(sheet.peek(3, 1)!.fill.color).toBe('#7030A0');
    const { context } = mockRequestContext(excel);
    await clearMarks(context, NO_OPTIONAL_FEATURES);
    expect(sheet.peek(1, 1)!.fill).toEqual({ color: '#00B050', pattern: 'Solid' });
    expect(sheet.peek(4, 1)!.fill.pattern).toBe('None');
    expect(sheet.peek(3, 1)!.fill.color).toBe('#7030A0');
  });

  it('attaches notes only where ExcelApi 1.18 is there, never over a note of the user, and removes its own', async () => {
    const excel = workbook(3);
    excel.state.notes.set('数据!C3', '用户自己的批注');
    const { outcome } = await validateAndMark(
      excel,
      [
        { sheet: '数据', cell: 'B2', severity: 'error', message: '城镇人口不能为 0' },
        { sheet: '数据', cell: 'B2', severity: 'warning', message: '与上年相比变化过大' },
        { sheet: '数据', cell: 'C3', severity: 'error', message: '必须填写' },
      ],
      WITH_NOTES,
    );
    expect(outcome).toMatchObject({ marked: 2, notes: 1 });
    expect(excel.state.notes.get('数据!B2')).toBe('城镇人口不能为 0\n与上年相比变化过大');
    expect(excel.state.sheet('数据')!.peek(1, 1)!.fill.color).toBe(MARK_COLORS.error);
    const { context } = mockRequestContext(excel);
    await clearMarks(context, WITH_NOTES);
    expect([...excel.state.notes]).toEqual([['数据!C3', '用户自己的批注']]);

    const without = workbook(3);
    const plain = await validateAndMark(without, [
      { sheet: '数据', cell: 'B2', severity: 'error', message: 'x' },
    ]);
    expect(plain.outcome.notes).toBe(0);
    expect(without.state.notes.size).toBe(0);
  });

  it('marks cells of a protected sheet and leaves it protected with the same options', async () => {
    const excel = workbook(3);
    const sheet = excel.state.sheet('数据')!;
    sheet.protected = true;
    sheet.protectionOptions = { allowSort: true };
    await validateAndMark(excel, [{ sheet: '数据', cell: 'C2', severity: 'error', message: 'x' }]);
    expect(sheet.peek(1, 2)!.fill.color).toBe(MARK_COLORS.error);
    expect(sheet).toMatchObject({ protected: true, protectionOptions: { allowSort: true } });
    const { context } = mockRequestContext(excel);
    await clearMarks(context, NO_OPTIONAL_FEATURES);
    expect(sheet.peek(1, 2)!.fill.pattern).toBe('None');
    expect(sheet.protected).toBe(true);
  });
});
