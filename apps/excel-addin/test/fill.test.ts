import { seedDocument } from '@taizhang/core/data';
import {
  catalogueIndicators,
  renderTemplate,
  reportingPrefectures,
  type SheetPlan,
  type WorkbookPlan,
} from '@taizhang/core/report';
import { describe, expect, it, vi } from 'vitest';
import { cellAddress, parseCell, parseRectangle } from '../src/office/cells.js';
import {
  characterWidthToPoints,
  fillWorkbook,
  plannedContent,
  TEMPLATE_PROTECTION,
  validationRule,
} from '../src/office/fill.js';
import { FakeExcel } from './fake-excel/api.js';
import type { WorkbookState } from './fake-excel/workbook.js';
import { mockRequestContext, samplePlan } from './helpers.js';

async function fill(excel: FakeExcel, rows: number, options = {}) {
  const { context, fake } = mockRequestContext(excel);
  const sync = vi.spyOn(context, 'sync');
  const result = await fillWorkbook(context, samplePlan(rows), options);
  return { result, syncs: sync.mock.calls.length, fake };
}

/** Every sheet of the workbook holds exactly what the plan says, and nothing else. */
function expectWorkbookMatchesPlan(state: WorkbookState, plan: WorkbookPlan): void {
  const VISIBILITY: Record<SheetPlan['visibility'], string> = {
    visible: 'Visible',
    hidden: 'Hidden',
    veryHidden: 'VeryHidden',
  };
  expect(state.sheets.map((s) => s.name)).toEqual(plan.sheets.map((s) => s.name));
  for (const sheetPlan of plan.sheets) {
    const sheet = state.sheet(sheetPlan.name)!;
    const where = (a: string) => `${sheetPlan.name}!${a}`;
    for (const cell of sheetPlan.cells) {
      const { row, column } = parseCell(cell.address);
      const actual = sheet.peek(row, column);
      const content = plannedContent(cell);
      if (content === '' && !cell.numberFormat && !cell.style && cell.locked !== false) continue;
      expect(actual, where(cell.address)).toBeDefined();
      expect(actual!.content, where(cell.address)).toEqual(
        typeof content === 'string' ? content.replace(/^'/, '') : content,
      );
      expect(actual!.numberFormat, where(cell.address)).toBe(cell.numberFormat ?? 'General');
      expect(actual!.locked, where(cell.address)).toBe(cell.locked !== false);
      if (cell.style?.fill)
        expect(actual!.fill, where(cell.address)).toMatchObject({ color: cell.style.fill, pattern: 'Solid' });
      else expect(actual!.fill.pattern, where(cell.address)).toBe('None');
      expect(actual!.bold, where(cell.address)).toBe(cell.style?.bold === true);
      if (cell.style?.color) expect(actual!.fontColor, where(cell.address)).toBe(cell.style.color);
      expect(actual!.wrap, where(cell.address)).toBe(cell.style?.wrap === true);
      expect(actual!.borders.EdgeTop === 'Continuous', where(cell.address)).toBe(cell.style?.border === true);
    }
    const planned = new Set(sheetPlan.cells.map((c) => c.address));
    for (const [key, cell] of sheet.cells) {
      const [r, c] = key.split(',').map(Number) as [number, number];
      if (cell.content !== '') expect(planned.has(cellAddress(r, c)), where(cellAddress(r, c))).toBe(true);
    }
    expect(sheet.merges, sheetPlan.name).toEqual(
      sheetPlan.merges.map((m) => {
        const r = parseRectangle(m);
        return `${cellAddress(r.top, r.left)}:${cellAddress(r.bottom, r.right)}`;
      }),
    );
    expect(
      sheet.validations.map((v) => v.rule),
      sheetPlan.name,
    ).toEqual(sheetPlan.validations.map(validationRule));
    expect(sheet.protected, sheetPlan.name).toBe(sheetPlan.protect);
    if (sheetPlan.protect) expect(sheet.protectionOptions, sheetPlan.name).toEqual(TEMPLATE_PROTECTION);
    expect(sheet.visibility, sheetPlan.name).toBe(VISIBILITY[sheetPlan.visibility]);
    expect(sheet.tabColor || undefined, sheetPlan.name).toBe(sheetPlan.tabColor);
    expect(sheet.freeze ?? undefined, sheetPlan.name).toEqual(
      sheetPlan.freeze && (sheetPlan.freeze.rows > 0 || sheetPlan.freeze.columns > 0)
        ? sheetPlan.freeze
        : undefined,
    );
    sheetPlan.columnWidths.forEach((width, column) => {
      if (width > 0)
        expect(sheet.columnWidths.get(column), `${sheetPlan.name} column ${column}`).toBe(
          characterWidthToPoints(width),
        );
    });
  }
}

describe('fillWorkbook', () => {
  it.each(reportingPrefectures().slice(0, 3))(
    'writes core’s template for $name exactly as planned',
    async (region) => {
      const plan = renderTemplate({
        document: seedDocument,
        region,
        period: '2017Q3',
        indicators: catalogueIndicators(),
      });
      const excel = new FakeExcel();
      const { context } = mockRequestContext(excel);
      const sync = vi.spyOn(context, 'sync');
      await fillWorkbook(context, plan);
      expect(sync).toHaveBeenCalledTimes(2);
      expectWorkbookMatchesPlan(excel.state, plan);
    },
  );

  it('writes exactly the plan: every cell content, number format, style, lock, and the sheet structure', async () => {
    const excel = new FakeExcel();
    const plan = samplePlan(5);
    const { context } = mockRequestContext(excel);
    const result = await fillWorkbook(context, plan);
    expect(result).toMatchObject({ status: 'filled', createdSheets: ['指标填报', '_taizhang'], kept: [] });
    expectWorkbookMatchesPlan(excel.state, plan);

    const sheet = excel.state.sheet('指标填报')!;
    for (const cell of plan.sheets[0]!.cells) {
      const { row, column } = parseCell(cell.address);
      const actual = sheet.peek(row, column)!;
      expect(actual.content, cell.address).toEqual(cell.formula ?? cell.value ?? '');
      expect(actual.numberFormat, cell.address).toBe(cell.numberFormat ?? 'General');
      expect(actual.locked, cell.address).toBe(cell.locked !== false);
      if (cell.style?.fill) expect(actual.fill).toMatchObject({ color: cell.style.fill, pattern: 'Solid' });
      else expect(actual.fill.pattern, cell.address).toBe('None');
      expect(actual.bold, cell.address).toBe(cell.style?.bold === true);
      expect(actual.borders.EdgeTop === 'Continuous', cell.address).toBe(cell.style?.border === true);
    }
    // No cell outside the plan got content.
    const planned = new Set(plan.sheets[0]!.cells.map((c) => c.address));
    for (const [key, cell] of sheet.cells) {
      const [r, c] = key.split(',').map(Number) as [number, number];
      if (cell.content !== '') expect(planned.has(`${String.fromCharCode(65 + c)}${r + 1}`)).toBe(true);
    }
    expect(sheet.peek(2, 5)!.content).toBe('007');
    expect(sheet.merges).toEqual(['A1:F1']);
    expect(sheet.freeze).toEqual({ rows: 2, columns: 2 });
    expect(sheet.tabColor).toBe('#2F5597');
    expect(sheet.protected).toBe(true);
    expect(sheet.columnWidths.get(1)).toBe(characterWidthToPoints(24));
    expect(sheet.validations).toEqual([
      expect.objectContaining({
        address: 'C3:D7',
        rule: { decimal: { formula1: 0, formula2: 100000, operator: 'Between' } },
      }),
    ]);
    expect(excel.state.sheet('_taizhang')!.visibility).toBe('VeryHidden');
    expect(excel.state.activeSheet).toBe('指标填报');
  });

  it('takes the same number of round trips for 10 rows and for 5,000 rows (30,000 cells)', async () => {
    const small = await fill(new FakeExcel(), 10);
    const large = await fill(new FakeExcel(), 5_000);
    expect(small.syncs).toBe(2);
    expect(large.syncs).toBe(small.syncs);
    // Styles go through grouped ranges: the operation count does not grow with the rows.
    const ops = (f: typeof small.fake) => f.syncs.reduce((n, s) => n + s.operations, 0);
    expect(ops(large.fake)).toBeLessThan(ops(small.fake) * 2);
  });

  it('splits writes over the request budget into several requests, each under the limit', async () => {
    const excel = new FakeExcel();
    const { syncs, fake } = await fill(excel, 2_000, { requestBudget: 64 * 1024 });
    expect(syncs).toBeGreaterThan(2);
    for (const s of fake.syncs) expect(s.bytes).toBeLessThan(80 * 1024);
    expect(excel.state.sheet('指标填报')!.peek(2001, 1)!.content).toBe('指标2000');
  });

  it('touches nothing when a template sheet exists, and reports the conflict', async () => {
    const excel = new FakeExcel();
    excel.state.loadGrid('指标填报', [['我的数据']]);
    const { result, syncs } = await fill(excel, 3);
    expect(result).toEqual({ status: 'conflict', existingSheets: ['指标填报'] });
    expect(syncs).toBe(1);
    expect(excel.state.sheets.map((s) => s.name)).toEqual(['指标填报']);
    expect(excel.state.sheet('指标填报')!.peek(0, 0)!.content).toBe('我的数据');
  });

  it('keep-existing fills only empty cells and lists the user cells it kept', async () => {
    const excel = new FakeExcel();
    const sheet = excel.state.loadGrid('指标填报', [[], [], ['', '', 123.5, '', '', '007']]);
    sheet.protected = true;
    sheet.cell(2, 2).locked = false;
    const { result, syncs } = await fill(excel, 2, { mode: 'keep-existing' });
    expect(syncs).toBe(3);
    expect(result).toMatchObject({
      status: 'filled',
      createdSheets: ['_taizhang'],
      completedSheets: ['指标填报'],
    });
    // A1 was empty: written. C3 held the user's 123.5: kept, not listed (the plan has nothing there).
    expect(sheet.peek(0, 0)!.content).toBe('西宁市 2017年 新型城镇化指标填报');
    expect(sheet.peek(2, 2)!.content).toBe(123.5);
    expect(sheet.peek(2, 5)!.content).toBe('007');
    expect(result.status === 'filled' && result.kept).toEqual([]);
    expect(sheet.protected).toBe(true);
  });

  it('keep-existing lists cells whose content differs from the template and leaves them', async () => {
    const excel = new FakeExcel();
    const sheet = excel.state.loadGrid('指标填报', [[], ['No.', '指标']]);
    const { result } = await fill(excel, 1, { mode: 'keep-existing' });
    expect(sheet.peek(1, 0)!.content).toBe('No.');
    expect(result.status === 'filled' && result.kept).toEqual([
      { sheet: '指标填报', address: 'A2', existing: 'No.', planned: '序号' },
    ]);
  });
});
