/**
 * The spreadsheet-neutral plan: what a workbook must contain, described without any host's API.
 * The CLI renders it with exceljs, the Excel add-in with Office.js; both must produce the same workbook.
 *
 * Addresses are A1 style (`C5`, `A1:F40`); rows and columns in arrays are 0-based from A1.
 */

export type CellValue = string | number | boolean | null;

export interface CellStyle {
  bold?: boolean;
  /** Fill colour as `#RRGGBB`. */
  fill?: string;
  /** Font colour as `#RRGGBB`. */
  color?: string;
  wrap?: boolean;
  horizontal?: 'left' | 'center' | 'right';
  vertical?: 'top' | 'middle' | 'bottom';
  /** Thin border on all four sides. */
  border?: boolean;
}

export interface CellPlan {
  /** A1 address. */
  address: string;
  /** A literal value; ignored when `formula` is set. */
  value?: CellValue;
  /** An Excel formula starting with `=`, using only functions Excel 2016, WPS and LibreOffice all have. */
  formula?: string;
  /** Excel number format code, e.g. `0.00`, `0.0%`, `#,##0`, `@`. */
  numberFormat?: string;
  style?: CellStyle;
  /** Locked cells cannot be edited once the sheet is protected. Input cells are unlocked. */
  locked?: boolean;
}

export type DataValidationPlan =
  | { type: 'list'; range: string; values: string[]; prompt?: string; error: string }
  | { type: 'whole'; range: string; min: number; max: number; prompt?: string; error: string }
  | { type: 'decimal'; range: string; min: number; max: number; prompt?: string; error: string }
  | { type: 'textLength'; range: string; max: number; prompt?: string; error: string }
  /** Dates as ISO `YYYY-MM-DD`; hosts write them as date serials. */
  | { type: 'date'; range: string; min: string; max: string; prompt?: string; error: string };

/**
 * What a protected sheet still lets the person filling it do: select any cell and resize columns and rows.
 * There is no password: protection guards against accidental edits, and anyone can unprotect a sheet to read or
 * fix it. Both adapters (exceljs, Office.js) apply exactly this.
 */
export const SHEET_PROTECTION = {
  selectLockedCells: true,
  selectUnlockedCells: true,
  formatColumns: true,
  formatRows: true,
} as const;

export interface SheetPlan {
  /** Sheet name (≤ 31 characters, none of `[]:*?/\`). */
  name: string;
  /** `hidden` sheets carry the template's identity; `veryHidden` cannot be unhidden from the UI. */
  visibility: 'visible' | 'hidden' | 'veryHidden';
  cells: CellPlan[];
  /** Column widths in Excel character units, by 0-based column index. */
  columnWidths: number[];
  /** Number of header rows and columns kept in view (frozen panes). */
  freeze?: { rows: number; columns: number };
  validations: DataValidationPlan[];
  /** Merged ranges, e.g. `A1:F1`. Only on header rows: values never go into merged cells. */
  merges: string[];
  /** Protect the sheet so that locked cells cannot be edited, allowing what `SHEET_PROTECTION` allows. */
  protect: boolean;
  /** Tab colour `#RRGGBB`. */
  tabColor?: string;
}

export interface WorkbookPlan {
  /** Template id and version, also written to the hidden identity sheet. */
  templateId: string;
  templateVersion: string;
  sheets: SheetPlan[];
}
