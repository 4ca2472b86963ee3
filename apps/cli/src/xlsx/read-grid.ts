/**
 * The exceljs adapter, reading side: an .xlsx becomes core's plain WorkbookGrid — per sheet, the values
 * (a formula's cached result when the file has one) and the formulas (`=…`, or the constant), as Office.js
 * reports them. Dates become Excel date serials, errors their text (`#DIV/0!`), rich text its plain text.
 */
import type { CellValue, SheetGrid, WorkbookGrid } from '@taizhang/core/report';
import ExcelJS from 'exceljs';

/** Excel's 1900 date serial of a JavaScript Date (exceljs reads dates as UTC). */
export function dateToSerial(date: Date): number {
  return date.getTime() / 86_400_000 + 25_569;
}

function plain(value: unknown): CellValue {
  if (value === null || value === undefined) return null;
  if (typeof value === 'number' || typeof value === 'string' || typeof value === 'boolean') return value;
  if (value instanceof Date) return dateToSerial(value);
  if (typeof value === 'object') {
    const v = value as {
      error?: string;
      richText?: Array<{ text: string }>;
      text?: unknown;
      result?: unknown;
    };
    if (typeof v.error === 'string') return v.error;
    if (Array.isArray(v.richText)) return v.richText.map((r) => r.text).join('');
    if ('result' in v) return plain(v.result);
    if (v.text !== undefined) return plain(v.text);
  }
  return String(value);
}

/** Excel's last row: a row beyond it means a damaged file. */
export const EXCEL_MAX_ROWS = 1_048_576;

function readSheet(ws: ExcelJS.Worksheet): SheetGrid {
  const values: CellValue[][] = [];
  const formulas: CellValue[][] = [];
  ws.eachRow({ includeEmpty: false }, (row, rowNumber) => {
    // exceljs accepts any row number; the grid is dense, so row 99,999,999 would fill memory (found by the fuzzer).
    if (rowNumber > EXCEL_MAX_ROWS)
      throw new RangeError(
        `工作表「${ws.name}」第 ${rowNumber} 行超出 Excel 的 ${EXCEL_MAX_ROWS} 行 / sheet ${ws.name} has row ${rowNumber}, beyond Excel's ${EXCEL_MAX_ROWS} rows`,
      );
    const r = rowNumber - 1;
    const vRow: CellValue[] = [];
    const fRow: CellValue[] = [];
    row.eachCell({ includeEmpty: false }, (cell, colNumber) => {
      const c = colNumber - 1;
      while (vRow.length < c) {
        vRow.push(null);
        fRow.push(null);
      }
      if (cell.type === ExcelJS.ValueType.Merge) {
        vRow[c] = null;
        fRow[c] = null;
        return;
      }
      const raw = cell.value;
      // Formula and shared-formula cells both answer `formula` (exceljs translates shared ones); constants do not.
      const isFormula = typeof cell.formula === 'string' && cell.formula !== '';
      // `cell.value.result` loses a falsy cached result (0, false); `cell.result` keeps it.
      const value = isFormula ? plain(cell.result ?? null) : plain(raw);
      vRow[c] = value;
      fRow[c] = isFormula ? `=${cell.formula}` : value;
    });
    values[r] = vRow;
    formulas[r] = fRow;
  });
  for (let r = 0; r < values.length; r++) {
    values[r] ??= [];
    formulas[r] ??= [];
  }
  // exceljs keeps merges on the worksheet's private map; its public `model` getter would rebuild every row.
  const merges = Object.values(
    (ws as unknown as { _merges?: Record<string, { range: string }> })._merges ?? {},
  ).map((m) => m.range);
  return {
    name: ws.name,
    visibility: ws.state === 'veryHidden' ? 'veryHidden' : ws.state === 'hidden' ? 'hidden' : 'visible',
    values,
    formulas,
    merges,
  };
}

export function workbookToGrid(wb: ExcelJS.Workbook, source: string): WorkbookGrid {
  return { source, sheets: wb.worksheets.map(readSheet) };
}

/** Loads .xlsx bytes (already checked by `checkXlsxBytes`) as a grid. */
export async function xlsxToGrid(bytes: Buffer, source: string): Promise<WorkbookGrid> {
  const wb = new ExcelJS.Workbook();
  // Data validations are not part of the grid, and exceljs expands each to every cell of its range
  // (a validation over a whole sheet never finishes): skip them (found by the workbook fuzzer).
  // exceljs warns on the console about sheet names over 31 characters, before it may fail on them: the user
  // would see its lines above ours (found by the workbook fuzzer). The validator reports sheet names itself.
  const warn = console.warn;
  console.warn = () => {};
  try {
    await wb.xlsx.load(bytes as unknown as ArrayBuffer, { ignoreNodes: ['dataValidations'] } as object);
  } finally {
    console.warn = warn;
  }
  return workbookToGrid(wb, source);
}
