import { seedDocument } from '@taizhang/core/data';
import {
  applyEdits,
  type CellEdit,
  catalogueIndicators,
  planToGrid,
  renderTemplate,
  reportingPrefectures,
  sampleFill,
  validateWorkbook,
  type WorkbookGrid,
} from '@taizhang/core/report';
import { describe, expect, it } from 'vitest';
import { fillWorkbook } from '../src/office/fill.js';
import type { HostFeatures } from '../src/office/requirements.js';

/** An Excel with ExcelApi 1.13 (merged areas), as Office 2021 and Microsoft 365 are. */
const EXCEL_2021: HostFeatures = { notes: false, mergedAreas: true };

import { validateInExcel } from '../src/office/validate.js';
import { FakeExcel } from './fake-excel/api.js';
import { mockRequestContext } from './helpers.js';

/**
 * The add-in and `taizhang validate` must give the same report for the same workbook. The CLI hands
 * core's validateWorkbook the grid exceljs reads; the add-in hands it the grid Office.js reads. Here
 * the same grids go both ways: straight into validateWorkbook, and through Excel (the fake host) and
 * the add-in's validate path.
 */
const indicators = catalogueIndicators();
const xining = reportingPrefectures()[0]!;
const plan = renderTemplate({ document: seedDocument, region: xining, period: '2017', indicators });

function loadIntoExcel(grid: WorkbookGrid): FakeExcel {
  const excel = new FakeExcel();
  for (const sheet of grid.sheets) {
    const state = excel.state.loadGrid(sheet.name, sheet.formulas);
    state.merges.push(...(sheet.merges ?? []));
    // Formula results as Excel would show them: what the grid says the values are.
    for (const [r, row] of sheet.formulas.entries()) {
      for (const [c, f] of row.entries()) {
        if (typeof f === 'string' && f.startsWith('=')) state.cell(r, c).value = sheet.values[r]?.[c] ?? '';
      }
    }
  }
  return excel;
}

async function viaAddin(grid: WorkbookGrid) {
  const excel = loadIntoExcel(grid);
  const { context } = mockRequestContext(excel);
  const result = await validateInExcel(
    context,
    (g) => validateWorkbook({ ...g, source: grid.source }),
    EXCEL_2021,
  );
  return result.report;
}

function problemsOf(report: ReturnType<typeof validateWorkbook>) {
  return report.problems.map(({ sheet, cell, code, severity, message }) => ({
    sheet,
    cell,
    code,
    severity,
    message,
  }));
}

describe('same report in the add-in and in taizhang validate', () => {
  const clean = applyEdits(planToGrid(plan, '西宁市2017.xlsx'), sampleFill(plan, indicators));
  const find = (code: string) => problemsOf(validateWorkbook(clean)).find((p) => p.code === code);

  const cases: Array<[string, WorkbookGrid]> = [
    ['a clean sample workbook', clean],
    ['a blank template', planToGrid(plan, '空白.xlsx')],
    [
      'a workbook that is not taizhang',
      { source: '别的表.xlsx', sheets: [{ name: 'Sheet1', values: [['a', 1]], formulas: [['a', 1]] }] },
    ],
  ];
  const typed = (edits: CellEdit[]) => applyEdits(clean, edits);
  const indicatorSheet = clean.sheets.find((s) => s.name === '指标')!;
  const inputColumn = indicatorSheet.formulas[2]?.findIndex((v, c) => typeof v === 'number' && c > 3) ?? -1;
  if (inputColumn >= 0) {
    const col = String.fromCharCode(65 + inputColumn);
    cases.push([
      'numbers typed as ５８, 1,234 and 58%',
      typed([
        { sheet: '指标', cell: `${col}3`, value: '５８' },
        { sheet: '指标', cell: `${col}4`, value: '1,234' },
        { sheet: '指标', cell: `${col}5`, value: '58%' },
      ]),
    ]);
    const merged: WorkbookGrid = {
      ...clean,
      sheets: clean.sheets.map((s) =>
        s.name === '指标' ? { ...s, merges: [...(s.merges ?? []), `${col}3:${col}4`] } : s,
      ),
    };
    cases.push(['input cells merged', merged]);
  }

  it('covers typed numbers (the template has a numeric input column)', () => {
    expect(cases).toHaveLength(5);
    expect(validateWorkbook(cases[4]![1]).problems.map((p) => p.code)).toContain('S_MERGED');
    expect(validateWorkbook(cases[3]![1]).problems.map((p) => p.code)).toEqual(
      expect.arrayContaining(['V_FULL_WIDTH', 'V_THOUSANDS']),
    );
  });

  it.each(cases)('%s', async (_name, grid) => {
    const direct = validateWorkbook(grid);
    const inExcel = await viaAddin(grid);
    expect(problemsOf(inExcel)).toEqual(problemsOf(direct));
    expect(inExcel.ready).toBe(direct.ready);
  });

  it('the clean sample is a taizhang workbook with nothing to fix', () => {
    expect(find('S_NOT_TAIZHANG')).toBeUndefined();
    expect(validateWorkbook(clean).errors).toBe(0);
  });

  it('fill writes the template so that validating it in Excel reports what core reports on the plan', async () => {
    const excel = new FakeExcel();
    const { context } = mockRequestContext(excel);
    await fillWorkbook(context, plan);
    const fromExcel = await validateInExcel(mockRequestContext(excel).context, validateWorkbook, EXCEL_2021);
    const direct = validateWorkbook({ ...planToGrid(plan, fromExcel.report.source) });
    expect(problemsOf(fromExcel.report)).toEqual(problemsOf(direct));
    expect(fromExcel.report.problems.length).toBeGreaterThan(0);
  });
});
