import type { CellValue, SheetGrid, WorkbookGrid } from '@taizhang/core/report';
import { localAddress, parseCell, rectangleAddress } from './cells.js';
import { MARKS_SHEET, type RecordedMark, readMarksTable } from './marks-table.js';
import { DEFAULT_REQUEST_BUDGET } from './request-budget.js';
import { type HostFeatures, NO_OPTIONAL_FEATURES } from './requirements.js';

/**
 * Reads the whole workbook as core's grid: every sheet from A1 (row 0, column 0), values, formulas
 * and number formats, whatever the size, in a constant number of round trips (see `readWorkbook`).
 */
export interface SheetInfo {
  name: string;
  visibility: 'visible' | 'hidden' | 'veryHidden';
  protected: boolean;
  protectionOptions: Excel.WorksheetProtectionOptions | undefined;
}

export interface WorkbookSnapshot {
  grid: WorkbookGrid;
  sheets: SheetInfo[];
  /** Marks left by an earlier Validate, read from the add-in's own hidden sheet. */
  marks: RecordedMark[];
  marksSheetExists: boolean;
}

export const WORKBOOK_SOURCE = '当前工作簿';

const VISIBILITY: Record<string, SheetInfo['visibility']> = {
  Visible: 'visible',
  Hidden: 'hidden',
  VeryHidden: 'veryHidden',
};

/** Bytes a read cell takes in Excel's response, for the three arrays read (a generous average). */
export const READ_BYTES_PER_CELL = 48;

interface Band {
  sheet: number;
  top: number;
  bottom: number;
  range: Excel.Range;
}

/**
 * Three round trips for a workbook of ordinary size: the sheet list; each sheet's used-range extent
 * (and merged areas); then every sheet's values, formulas and number formats at once. A workbook
 * whose cells would not fit in one response under Excel on the web's 5 MB limit is read in bands of
 * rows, one more round trip per ~4 MB.
 */
export async function readWorkbook(
  context: Excel.RequestContext,
  features: HostFeatures = NO_OPTIONAL_FEATURES,
  responseBudget: number = DEFAULT_REQUEST_BUDGET,
): Promise<WorkbookSnapshot> {
  const worksheets = context.workbook.worksheets;
  worksheets.load('items/name,items/visibility,items/protection/protected,items/protection/options');
  await context.sync();

  const used = worksheets.items.map((sheet) =>
    sheet.getUsedRangeOrNullObject(true).load('isNullObject,address,rowCount,columnCount'),
  );
  // Merged areas only where Excel has them (1.13); without, the grid has no `merges` and core skips that check.
  const merged = worksheets.items.map((sheet) =>
    features.mergedAreas
      ? sheet.getRange().getMergedAreasOrNullObject().load('isNullObject,address')
      : undefined,
  );
  await context.sync();

  // Bands of rows, each under the budget; bands are sent together until a request would pass it.
  const bands: Band[] = [];
  let queued = 0;
  for (const [i, range] of used.entries()) {
    const sheet = worksheets.items[i];
    if (range.isNullObject || !sheet) continue;
    const start = parseCell(localAddress(range.address).split(':')[0] ?? 'A1');
    const rowBytes = range.columnCount * READ_BYTES_PER_CELL;
    const rowsPerBand = Math.max(1, Math.floor(responseBudget / rowBytes));
    for (let top = 0; top < range.rowCount; top += rowsPerBand) {
      const bottom = Math.min(range.rowCount, top + rowsPerBand) - 1;
      const bytes = (bottom - top + 1) * rowBytes;
      if (queued > 0 && queued + bytes > responseBudget) {
        await context.sync();
        queued = 0;
      }
      queued += bytes;
      const address = rectangleAddress({
        top: start.row + top,
        left: start.column,
        bottom: start.row + bottom,
        right: start.column + range.columnCount - 1,
      });
      bands.push({
        sheet: i,
        top: start.row + top,
        bottom: start.row + bottom,
        range: sheet.getRange(address).load('values,formulas,numberFormat'),
      });
    }
  }
  if (queued > 0) await context.sync();

  const sheets: SheetInfo[] = [];
  const gridSheets: SheetGrid[] = [];
  let marks: RecordedMark[] = [];
  let marksSheetExists = false;
  worksheets.items.forEach((sheet, i) => {
    const range = used[i];
    const visibility = VISIBILITY[sheet.visibility] ?? 'visible';
    const own = bands.filter((b) => b.sheet === i);
    const start =
      range && !range.isNullObject
        ? parseCell(localAddress(range.address).split(':')[0] ?? 'A1')
        : { row: 0, column: 0 };
    const join = <K extends 'values' | 'formulas' | 'numberFormat'>(key: K) =>
      own.flatMap((b) => b.range[key] as Excel.Range[K]);
    if (sheet.name === MARKS_SHEET) {
      marksSheetExists = true;
      marks = readMarksTable(pad(join('values') as CellValue[][], start.row, start.column, ''));
      return;
    }
    sheets.push({
      name: sheet.name,
      visibility,
      protected: sheet.protection.protected,
      protectionOptions: sheet.protection.options,
    });
    const grid: SheetGrid = {
      name: sheet.name,
      visibility,
      values: pad(join('values') as CellValue[][], start.row, start.column, ''),
      formulas: pad(join('formulas') as CellValue[][], start.row, start.column, ''),
      numberFormats: pad(join('numberFormat') as string[][], start.row, start.column, 'General'),
    };
    const areas = merged[i];
    if (areas)
      grid.merges = areas.isNullObject ? [] : areas.address.split(',').map((a) => localAddress(a.trim()));
    gridSheets.push(grid);
  });
  return { grid: { source: WORKBOOK_SOURCE, sheets: gridSheets }, sheets, marks, marksSheetExists };
}

/** Puts a block read at (top, left) into a grid that starts at A1, filling the gap with `empty`. */
export function pad<T>(block: T[][], top: number, left: number, empty: T): T[][] {
  if (top === 0 && left === 0) return block;
  const prefix = new Array<T>(left).fill(empty);
  const width = left + (block[0]?.length ?? 0);
  const rows: T[][] = [];
  for (let r = 0; r < top; r++) rows.push(new Array<T>(width).fill(empty));
  for (const row of block) rows.push(left === 0 ? row : [...prefix, ...row]);
  return rows;
}
