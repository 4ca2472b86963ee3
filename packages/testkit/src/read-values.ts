import ExcelJS from 'exceljs';

/** A cell's value as a spreadsheet engine left it: formula cells give their cached result. */
export type RecalculatedValue = number | string | boolean | null | { error: string };

export interface RecalculatedSheet {
  name: string;
  /** `cells.get('C5')` → the value at C5; empty cells are absent. */
  cells: Map<string, RecalculatedValue>;
  /** Rows × columns, 1-based positions shifted to 0-based arrays; empty cells are `null`. */
  rows: RecalculatedValue[][];
}

function cellValue(cell: ExcelJS.Cell): RecalculatedValue {
  if (cell.type === ExcelJS.ValueType.Formula) {
    // `cell.value` drops a falsy result (0, false); `cell.result` keeps it. A formula whose cached
    // result is the empty string is stored as `<v></v>`, which exceljs reads as undefined.
    const result = cell.result as ExcelJS.CellValue | undefined;
    return result === undefined ? '' : plain(result);
  }
  return plain(cell.value);
}

function plain(value: ExcelJS.CellValue): RecalculatedValue {
  if (value === null || value === undefined) return null;
  if (typeof value === 'number' || typeof value === 'string' || typeof value === 'boolean') return value;
  if (value instanceof Date) return value.toISOString();
  if (typeof value === 'object') {
    if ('error' in value && typeof value.error === 'string') return { error: value.error };
    if ('richText' in value) return value.richText.map((r) => r.text).join('');
    if ('text' in value && typeof value.text === 'string') return value.text;
  }
  return String(value);
}

/**
 * Reads the cached results of a workbook saved by LibreOffice (or Excel): every formula cell
 * yields the value the engine computed, errors as `{ error: '#DIV/0!' }`, an empty-string
 * result as `''`. exceljs computes nothing itself, so what comes back is the engine's answer.
 */
export async function readRecalculatedValues(xlsxPath: string): Promise<RecalculatedSheet[]> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.readFile(xlsxPath);
  return workbook.worksheets.map((sheet) => {
    const cells = new Map<string, RecalculatedValue>();
    const rows: RecalculatedValue[][] = [];
    sheet.eachRow({ includeEmpty: false }, (row, rowNumber) => {
      const values: RecalculatedValue[] = [];
      row.eachCell({ includeEmpty: false }, (cell, colNumber) => {
        const value = cellValue(cell);
        cells.set(cell.address, value);
        values[colNumber - 1] = value;
      });
      rows[rowNumber - 1] = Array.from(values, (v) => (v === undefined ? null : v));
    });
    return { name: sheet.name, cells, rows: Array.from(rows, (r) => r ?? []) };
  });
}

/** Parses one CSV file as LibreOffice writes it (RFC 4180 quoting). Numbers stay strings: the caller knows the columns. */
export function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i];
    if (quoted) {
      if (ch === '"') {
        if (text[i + 1] === '"') {
          field += '"';
          i++;
        } else quoted = false;
      } else field += ch;
    } else if (ch === '"') quoted = true;
    else if (ch === ',') {
      row.push(field);
      field = '';
    } else if (ch === '\n' || ch === '\r') {
      if (ch === '\r' && text[i + 1] === '\n') i++;
      row.push(field);
      rows.push(row);
      row = [];
      field = '';
    } else field += ch;
  }
  if (field !== '' || row.length > 0) {
    row.push(field);
    rows.push(row);
  }
  return rows;
}
