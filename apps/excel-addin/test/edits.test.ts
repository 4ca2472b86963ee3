import { describe, expect, it, vi } from 'vitest';
import { reverseChanges, writeEdits } from '../src/office/edits.js';
import { detectHostFeatures } from '../src/office/requirements.js';
import { FakeExcel } from './fake-excel/api.js';
import { mockOffice, mockRequestContext } from './helpers.js';

describe('writeEdits', () => {
  it('writes only cells that still hold what validation saw, in two round trips, and undoes them', async () => {
    const excel = new FakeExcel();
    const sheet = excel.state.loadGrid('指标', [
      ['名称', '本期'],
      ['城镇人口', '５８'],
      ['常住人口', '1,234'],
      ['户籍人口', '58%'],
    ]);
    sheet.protected = true;
    for (const r of [1, 2, 3]) sheet.cell(r, 1).locked = false;
    sheet.cell(3, 1).content = '改过了';
    const { context } = mockRequestContext(excel);
    const sync = vi.spyOn(context, 'sync');
    const outcome = await writeEdits(context, [
      { sheet: '指标', cell: 'B2', expected: '５８', next: 58 },
      { sheet: '指标', cell: 'B3', expected: '1,234', next: 1234 },
      { sheet: '指标', cell: 'B4', expected: '58%', next: 58 },
    ]);
    expect(sync).toHaveBeenCalledTimes(2);
    expect(outcome.applied.map((c) => c.cell)).toEqual(['B2', 'B3']);
    expect(outcome.stale).toEqual([
      { sheet: '指标', cell: 'B4', expected: '58%', next: 58, actual: '改过了' },
    ]);
    expect(sheet.peek(1, 1)!.content).toBe(58);
    expect(sheet.peek(2, 1)!.content).toBe(1234);
    expect(sheet.peek(3, 1)!.content).toBe('改过了');
    expect(sheet.protected).toBe(true);

    const undo = mockRequestContext(excel);
    const undone = await writeEdits(undo.context, reverseChanges(outcome.applied));
    expect(undone.applied).toHaveLength(2);
    expect(sheet.peek(1, 1)!.content).toBe('５８');
    expect(sheet.peek(2, 1)!.content).toBe('1,234');
  });
});

describe('detectHostFeatures', () => {
  it('turns notes on only for ExcelApi 1.18, merged areas for 1.13, and both off outside Office', () => {
    expect(detectHostFeatures(mockOffice(1.18))).toEqual({ notes: true, mergedAreas: true });
    expect(detectHostFeatures(mockOffice(1.14))).toEqual({ notes: false, mergedAreas: true });
    expect(detectHostFeatures(mockOffice(1.12))).toEqual({ notes: false, mergedAreas: false });
    expect(detectHostFeatures(undefined)).toEqual({ notes: false, mergedAreas: false });
  });
});
