/**
 * The exceljs adapter, writing side: a core WorkbookPlan becomes a real .xlsx — values, formulas (no cached
 * results: Excel, WPS and LibreOffice compute them on open), number formats, data validations, frozen
 * panes, widths, merges, tab colours, hidden sheets and sheet protection without a password.
 */
import type { CellPlan, CellStyle, DataValidationPlan, SheetPlan, WorkbookPlan } from '@taizhang/core/report';
import { SHEET_PROTECTION } from '@taizhang/core/report';
import ExcelJS from 'exceljs';

/** Excel's limit on a list validation written inline (the comma-joined values). */
export const LIST_VALIDATION_LIMIT = 255;

const argb = (hex: string) => `FF${hex.replace('#', '').toUpperCase()}`;

function applyStyle(cell: ExcelJS.Cell, style: CellStyle): void {
  if (style.bold || style.color)
    cell.font = {
      ...(style.bold ? { bold: true } : {}),
      ...(style.color ? { color: { argb: argb(style.color) } } : {}),
    };
  if (style.fill) cell.fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: argb(style.fill) } };
  if (style.wrap || style.horizontal || style.vertical)
    cell.alignment = {
      ...(style.wrap ? { wrapText: true } : {}),
      ...(style.horizontal ? { horizontal: style.horizontal } : {}),
      ...(style.vertical ? { vertical: style.vertical } : {}),
    };
  if (style.border) {
    const thin = { style: 'thin' as const, color: { argb: 'FFBFBFBF' } };
    cell.border = { top: thin, left: thin, bottom: thin, right: thin };
  }
}

function writeCell(ws: ExcelJS.Worksheet, plan: CellPlan): void {
  const cell = ws.getCell(plan.address);
  if (plan.formula) cell.value = { formula: plan.formula.replace(/^=/, '') } as ExcelJS.CellFormulaValue;
  else if (plan.value !== undefined && plan.value !== null) cell.value = plan.value;
  if (plan.numberFormat) cell.numFmt = plan.numberFormat;
  if (plan.style) applyStyle(cell, plan.style);
  cell.protection = { locked: plan.locked !== false };
}

function validation(v: DataValidationPlan): ExcelJS.DataValidation {
  const common = {
    allowBlank: true,
    showErrorMessage: true,
    errorStyle: 'stop',
    errorTitle: '输入有误',
    error: v.error,
    ...(v.prompt ? { showInputMessage: true, promptTitle: '填写说明', prompt: v.prompt } : {}),
  } as const;
  switch (v.type) {
    case 'list': {
      const joined = v.values.join(',');
      if (joined.length > LIST_VALIDATION_LIMIT || v.values.some((x) => x.includes(',') || x.includes('"')))
        throw new Error(
          `list validation for ${v.range} is ${joined.length} characters or has a comma/quote in a value; Excel allows ${LIST_VALIDATION_LIMIT} (use a range instead)`,
        );
      return { ...common, type: 'list', formulae: [`"${joined}"`] };
    }
    case 'whole':
    case 'decimal':
      return { ...common, type: v.type, operator: 'between', formulae: [v.min, v.max] };
    case 'textLength':
      return { ...common, type: 'textLength', operator: 'lessThanOrEqual', formulae: [v.max] };
    case 'date':
      return {
        ...common,
        type: 'date',
        operator: 'between',
        formulae: [new Date(`${v.min}T00:00:00Z`), new Date(`${v.max}T00:00:00Z`)],
      };
  }
}

async function writeSheet(wb: ExcelJS.Workbook, sheet: SheetPlan): Promise<void> {
  const ws = wb.addWorksheet(sheet.name, {
    state: sheet.visibility,
    ...(sheet.tabColor ? { properties: { tabColor: { argb: argb(sheet.tabColor) } } } : {}),
    views: sheet.freeze ? [{ state: 'frozen', xSplit: sheet.freeze.columns, ySplit: sheet.freeze.rows }] : [],
  });
  sheet.columnWidths.forEach((width, i) => {
    ws.getColumn(i + 1).width = width;
  });
  for (const cell of sheet.cells) writeCell(ws, cell);
  for (const range of sheet.merges) ws.mergeCells(range);
  // exceljs 4.4 supports range validations at run time (`dataValidations.add`) but its typings omit them.
  const validations = (
    ws as unknown as { dataValidations: { add(range: string, v: ExcelJS.DataValidation): void } }
  ).dataValidations;
  for (const v of sheet.validations) validations.add(v.range, validation(v));
  // No password: the sheet is protected against accidental edits, and anyone can unprotect it to read or fix it.
  if (sheet.protect) await ws.protect('', { ...SHEET_PROTECTION });
}

/** The plan as an exceljs workbook (not yet serialised). */
export async function planToWorkbook(plan: WorkbookPlan): Promise<ExcelJS.Workbook> {
  const wb = new ExcelJS.Workbook();
  wb.creator = 'taizhang';
  wb.title = plan.templateId;
  wb.calcProperties.fullCalcOnLoad = true;
  for (const sheet of plan.sheets) await writeSheet(wb, sheet);
  return wb;
}

/** The plan as .xlsx bytes. */
export async function planToXlsx(plan: WorkbookPlan): Promise<Buffer> {
  const wb = await planToWorkbook(plan);
  return Buffer.from(await wb.xlsx.writeBuffer());
}
