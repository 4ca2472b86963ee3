import type { CellValue, SheetGrid, WorkbookGrid } from '@taizhang/core/report';
import { localAddress, parseCell } from './cells.js';
import { MARKS_SHEET, type RecordedMark, readMarksTable } from './marks-table.js';
import { type HostFeatures, NO_OPTIONAL_FEATURES } from './requirements.js';

/**
 * Reads the whole workbook in two round trips, whatever its size: the sheet list, then every
 * sheet's used range (values, formulas and number formats at once), padded so row 0, column 0
 * is A1 as core's grid expects.
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

export async function readWorkbook(
  context: Excel.RequestContext,
  features: HostFeatures = NO_OPTIONAL_FEATURES,
): Promise<WorkbookSnapshot> {
  const worksheets = context.workbook.worksheets;
  worksheets.load('items/name,items/visibility,items/protection/protected,items/protection/options');
  await context.sync();

  const used = worksheets.items.map((sheet) =>
    sheet
      .getUsedRangeOrNullObject(true)
      .load('isNullObject,address,rowIndex,columnIndex,values,formulas,numberFormat'),
  );
  // Merged areas only where Excel has them (1.13); without, the grid has no `merges` and core skips that check.
  const merged = worksheets.items.map((sheet) =>
    features.mergedAreas
      ? sheet.getRange().getMergedAreasOrNullObject().load('isNullObject,address')
      : undefined,
  );
  await context.sync();

  const sheets: SheetInfo[] = [];
  const gridSheets: SheetGrid[] = [];
  let marks: RecordedMark[] = [];
  let marksSheetExists = false;
  worksheets.items.forEach((sheet, i) => {
    const range = used[i];
    const visibility = VISIBILITY[sheet.visibility] ?? 'visible';
    if (sheet.name === MARKS_SHEET) {
      marksSheetExists = true;
      marks = range && !range.isNullObject ? readMarksTable(range.values as CellValue[][]) : [];
      return;
    }
    sheets.push({
      name: sheet.name,
      visibility,
      protected: sheet.protection.protected,
      protectionOptions: sheet.protection.options,
    });
    const grid = toSheetGrid(sheet.name, visibility, range);
    const areas = merged[i];
    if (areas)
      grid.merges = areas.isNullObject ? [] : areas.address.split(',').map((a) => localAddress(a.trim()));
    gridSheets.push(grid);
  });
  return { grid: { source: WORKBOOK_SOURCE, sheets: gridSheets }, sheets, marks, marksSheetExists };
}

function toSheetGrid(
  name: string,
  visibility: SheetInfo['visibility'],
  range: Excel.Range | undefined,
): SheetGrid {
  if (!range || range.isNullObject) return { name, visibility, values: [], formulas: [], numberFormats: [] };
  // `address` is authoritative for where the used range starts; rowIndex/columnIndex agree with it.
  const start = parseCell(localAddress(range.address).split(':')[0] ?? 'A1');
  return {
    name,
    visibility,
    values: pad(range.values as CellValue[][], start.row, start.column, ''),
    formulas: pad(range.formulas as CellValue[][], start.row, start.column, ''),
    numberFormats: pad(range.numberFormat as string[][], start.row, start.column, 'General'),
  };
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
