import type { CellValue } from './plan.js';

/**
 * A plain grid: what Office.js (`range.values` / `range.formulas`) and exceljs both give for a sheet's used range.
 * Row 0, column 0 is cell A1. `formulas[r][c]` is the formula text (starting with `=`) or the same as `values[r][c]`
 * when the cell holds a constant, as Office.js reports it. Error cells hold their error text, e.g. `#DIV/0!`.
 */
export interface SheetGrid {
  name: string;
  visibility?: 'visible' | 'hidden' | 'veryHidden';
  values: CellValue[][];
  formulas: CellValue[][];
  /** Merged ranges in A1 style, when the host reports them. */
  merges?: string[];
  /** Number formats, when the host reports them (used to recognise dates typed as text). */
  numberFormats?: string[][];
}

export interface WorkbookGrid {
  /** Where the grid came from, for messages: a file name, or `当前工作簿` in Excel. */
  source: string;
  sheets: SheetGrid[];
}
