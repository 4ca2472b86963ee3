import type {
  CellPlan,
  CellStyle,
  CellValue,
  DataValidationPlan,
  SheetPlan,
  WorkbookPlan,
} from '@taizhang/core/report';
import { SHEET_PROTECTION } from '@taizhang/core/report';
import {
  addressLists,
  type CellPosition,
  columnName,
  parseCell,
  type Rectangle,
  rectangleAddress,
  toRectangles,
} from './cells.js';
import { jsonBytes, RequestBudget, rowBands } from './request-budget.js';

/**
 * Writes a template's plan into the open workbook.
 *
 * `new-only` (the default) touches nothing when any of the plan's sheets already exists and returns
 * `conflict`, so the task pane can ask. `keep-existing` then creates the missing sheets and, in the
 * sheets that exist, writes only cells that are empty: whatever the user typed stays as it is, and
 * cells whose content differs from the template are listed in `kept`.
 *
 * Round trips: one to look the sheets up, one more to read existing sheets (keep-existing only),
 * then one per ~4 MB of data written: two (new sheets) or three (completing existing sheets) for any
 * workbook of ordinary size.
 */
export type FillMode = 'new-only' | 'keep-existing';

export interface FillOptions {
  mode?: FillMode;
  /** Bytes per request; defaults to 4 MB, under Excel on the web's 5 MB limit. */
  requestBudget?: number;
}

export interface KeptCell {
  sheet: string;
  address: string;
  /** What the user has in the cell (formula text or value). */
  existing: CellValue;
  /** What the template would have written. */
  planned: CellValue;
}

export type FillResult =
  | { status: 'conflict'; existingSheets: string[] }
  | {
      status: 'filled';
      createdSheets: string[];
      completedSheets: string[];
      cellsWritten: number;
      kept: KeptCell[];
    };

/**
 * How a template sheet is protected: core's `SHEET_PROTECTION`, the same rule `taizhang fill` applies, in
 * Office.js terms (locked and unlocked cells are always selectable in Excel's protection model).
 */
export const TEMPLATE_PROTECTION: Excel.WorksheetProtectionOptions = {
  allowFormatColumns: SHEET_PROTECTION.formatColumns,
  allowFormatRows: SHEET_PROTECTION.formatRows,
};

/** Excel column width unit is points; the plan counts characters of the default font (7 px + 5 px padding). */
export function characterWidthToPoints(characters: number): number {
  return Math.round((characters * 7 + 5) * 0.75 * 100) / 100;
}

/** What goes into `range.formulas` for a planned cell. */
export function plannedContent(cell: CellPlan): CellValue {
  if (cell.formula) return cell.formula;
  const value = cell.value ?? '';
  // A text that starts with `=` would become a formula; the apostrophe keeps it text, as in the Excel UI.
  if (typeof value === 'string' && value.startsWith('=')) return `'${value}`;
  return value;
}

function isEmptyContent(value: CellValue | undefined): boolean {
  return value === '' || value === null || value === undefined;
}

function sameContent(a: CellValue, b: CellValue): boolean {
  if (a === b) return true;
  return typeof a === 'number' || typeof b === 'number' ? String(a) === String(b) : false;
}

interface PlacedCell {
  cell: CellPlan;
  position: CellPosition;
}

function placeCells(sheet: SheetPlan): PlacedCell[] {
  return sheet.cells.map((cell) => {
    try {
      return { cell, position: parseCell(cell.address) };
    } catch {
      throw new RangeError(
        `模板工作表「${sheet.name}」中的单元格地址「${cell.address}」无效 / bad cell address in template sheet ${sheet.name}`,
      );
    }
  });
}

function extent(cells: PlacedCell[]): Rectangle | null {
  if (cells.length === 0) return null;
  const rect = { top: Infinity, left: Infinity, bottom: -1, right: -1 };
  for (const { position } of cells) {
    rect.top = Math.min(rect.top, position.row);
    rect.left = Math.min(rect.left, position.column);
    rect.bottom = Math.max(rect.bottom, position.row);
    rect.right = Math.max(rect.right, position.column);
  }
  return rect;
}

export async function fillWorkbook(
  context: Excel.RequestContext,
  plan: WorkbookPlan,
  options: FillOptions = {},
): Promise<FillResult> {
  const mode = options.mode ?? 'new-only';
  const worksheets = context.workbook.worksheets;
  const probes = plan.sheets.map((sheet) => {
    const probe = worksheets.getItemOrNullObject(sheet.name);
    probe.load('isNullObject');
    return probe;
  });
  await context.sync();

  const existingSheets = plan.sheets.filter((_, i) => !probes[i]?.isNullObject).map((s) => s.name);
  if (existingSheets.length > 0 && mode === 'new-only') return { status: 'conflict', existingSheets };

  const placed = new Map(plan.sheets.map((sheet) => [sheet.name, placeCells(sheet)]));

  // Existing sheets: read what is in the template's area, and whether the sheet is protected.
  const existingReads = new Map<
    string,
    { range: Excel.Range; area: Rectangle; protection: Excel.WorksheetProtection }
  >();
  for (const name of existingSheets) {
    const area = extent(placed.get(name) ?? []);
    const sheet = worksheets.getItem(name);
    sheet.protection.load('protected,options');
    if (area) {
      const range = sheet.getRange(rectangleAddress(area)).load('formulas');
      existingReads.set(name, { range, area, protection: sheet.protection });
    }
  }
  if (existingSheets.length > 0) await context.sync();

  const budget = new RequestBudget(context, options.requestBudget);
  const kept: KeptCell[] = [];
  let cellsWritten = 0;
  const createdSheets: string[] = [];

  for (const sheetPlan of plan.sheets) {
    const cells = placed.get(sheetPlan.name) ?? [];
    const isNew = !existingSheets.includes(sheetPlan.name);
    const sheet = isNew ? worksheets.add(sheetPlan.name) : worksheets.getItem(sheetPlan.name);
    if (isNew) createdSheets.push(sheetPlan.name);

    const read = existingReads.get(sheetPlan.name);
    const wasProtected = read?.protection.protected === true;
    if (wasProtected) sheet.protection.unprotect();

    let toWrite = cells;
    if (!isNew && read) {
      toWrite = [];
      for (const placedCell of cells) {
        const existing =
          read.range.formulas[placedCell.position.row - read.area.top]?.[
            placedCell.position.column - read.area.left
          ];
        const planned = plannedContent(placedCell.cell);
        if (isEmptyContent(existing)) toWrite.push(placedCell);
        else if (!isEmptyContent(planned) && !sameContent(existing as CellValue, planned)) {
          kept.push({
            sheet: sheetPlan.name,
            address: placedCell.cell.address,
            existing: existing as CellValue,
            planned,
          });
        }
      }
    }

    cellsWritten += await writeContent(sheet, toWrite, isNew, budget);
    await writeStyles(sheet, toWrite, budget);
    if (isNew) await writeSheetStructure(sheet, sheetPlan, budget);

    if (isNew && sheetPlan.protect) sheet.protection.protect(TEMPLATE_PROTECTION);
    else if (wasProtected && read) sheet.protection.protect(read.protection.options);
  }
  const firstVisible = plan.sheets.find((s) => s.visibility === 'visible' && createdSheets.includes(s.name));
  if (firstVisible) worksheets.getItem(firstVisible.name).activate();
  await budget.flush();

  return {
    status: 'filled',
    createdSheets,
    completedSheets: existingSheets,
    cellsWritten,
    kept,
  };
}

/**
 * Number formats first (so a text cell formatted `@` keeps `001` as text), then contents.
 * A new sheet gets its whole area in one write per band of rows; an existing sheet only the
 * rectangles of empty cells the template fills.
 */
async function writeContent(
  sheet: Excel.Worksheet,
  cells: PlacedCell[],
  isNew: boolean,
  budget: RequestBudget,
): Promise<number> {
  if (cells.length === 0) return 0;
  const byPosition = new Map(cells.map((c) => [`${c.position.row},${c.position.column}`, c.cell]));
  const area = extent(cells);
  const rectangles = isNew && area ? [area] : toRectangles(cells.map((c) => c.position));
  for (const rect of rectangles) {
    const formats: string[][] = [];
    const contents: CellValue[][] = [];
    for (let r = rect.top; r <= rect.bottom; r++) {
      const formatRow: string[] = [];
      const contentRow: CellValue[] = [];
      for (let c = rect.left; c <= rect.right; c++) {
        const cell = byPosition.get(`${r},${c}`);
        formatRow.push(cell?.numberFormat ?? 'General');
        contentRow.push(cell ? plannedContent(cell) : '');
      }
      formats.push(formatRow);
      contents.push(contentRow);
    }
    const rowBytes = contents.map((row, i) => jsonBytes(row) + jsonBytes(formats[i]));
    for (const [start, end] of rowBands(rowBytes, budget.limit)) {
      const band: Rectangle = {
        top: rect.top + start,
        left: rect.left,
        bottom: rect.top + end - 1,
        right: rect.right,
      };
      await budget.reserve(rowBytes.slice(start, end).reduce((a, b) => a + b, 0));
      const range = sheet.getRange(rectangleAddress(band));
      range.numberFormat = formats.slice(start, end);
      range.formulas = contents.slice(start, end) as unknown[][];
    }
  }
  return cells.length;
}

function styleKey(cell: CellPlan): string | null {
  const style = cell.style;
  if (!style || Object.keys(style).length === 0) return null;
  return JSON.stringify(
    Object.keys(style)
      .sort()
      .map((k) => [k, style[k as keyof CellStyle]]),
  );
}

/** Cells sharing a style are formatted together through one `getRanges` per ~2000 characters of addresses. */
async function writeStyles(
  sheet: Excel.Worksheet,
  cells: PlacedCell[],
  budget: RequestBudget,
): Promise<void> {
  const groups = new Map<string, { style: CellStyle; positions: CellPosition[] }>();
  const unlocked: CellPosition[] = [];
  for (const { cell, position } of cells) {
    if (cell.locked === false) unlocked.push(position);
    const key = styleKey(cell);
    if (!key || !cell.style) continue;
    const group = groups.get(key);
    if (group) group.positions.push(position);
    else groups.set(key, { style: cell.style, positions: [position] });
  }
  for (const { style, positions } of groups.values()) {
    const addresses = toRectangles(positions).map(rectangleAddress);
    for (const list of addressLists(addresses)) {
      await budget.reserve(list.length + 200);
      applyStyle(sheet.getRanges(list).format, style);
    }
  }
  if (unlocked.length > 0) {
    for (const list of addressLists(toRectangles(unlocked).map(rectangleAddress))) {
      await budget.reserve(list.length + 100);
      sheet.getRanges(list).format.protection.locked = false;
    }
  }
}

const HORIZONTAL = { left: 'Left', center: 'Center', right: 'Right' } as const;
const VERTICAL = { top: 'Top', middle: 'Center', bottom: 'Bottom' } as const;
const BORDER_EDGES = [
  'EdgeTop',
  'EdgeBottom',
  'EdgeLeft',
  'EdgeRight',
  'InsideVertical',
  'InsideHorizontal',
] as const;

export function applyStyle(format: Excel.RangeFormat, style: CellStyle): void {
  if (style.fill) format.fill.color = style.fill;
  if (style.bold !== undefined) format.font.bold = style.bold;
  if (style.color) format.font.color = style.color;
  if (style.wrap !== undefined) format.wrapText = style.wrap;
  if (style.horizontal) format.horizontalAlignment = HORIZONTAL[style.horizontal];
  if (style.vertical) format.verticalAlignment = VERTICAL[style.vertical];
  if (style.border) {
    for (const edge of BORDER_EDGES) {
      const border = format.borders.getItem(edge);
      border.style = 'Continuous';
      border.weight = 'Thin';
    }
  }
}

/** Only on sheets the add-in creates: widths, merges, validation lists, frozen panes, tab colour, visibility. */
async function writeSheetStructure(
  sheet: Excel.Worksheet,
  plan: SheetPlan,
  budget: RequestBudget,
): Promise<void> {
  await budget.reserve(
    jsonBytes(plan.validations) + jsonBytes(plan.merges) + 100 * (plan.columnWidths.length + 4),
  );
  plan.columnWidths.forEach((width, column) => {
    if (width > 0) {
      const letter = columnName(column);
      sheet.getRange(`${letter}:${letter}`).format.columnWidth = characterWidthToPoints(width);
    }
  });
  for (const merge of plan.merges) sheet.getRange(merge).merge(false);
  for (const validation of plan.validations)
    applyValidation(sheet.getRange(validation.range).dataValidation, validation);
  if (plan.freeze) {
    const { rows, columns } = plan.freeze;
    if (rows > 0 && columns > 0)
      sheet.freezePanes.freezeAt(
        sheet.getRange(rectangleAddress({ top: 0, left: 0, bottom: rows - 1, right: columns - 1 })),
      );
    else if (rows > 0) sheet.freezePanes.freezeRows(rows);
    else if (columns > 0) sheet.freezePanes.freezeColumns(columns);
  }
  if (plan.tabColor) sheet.tabColor = plan.tabColor;
  if (plan.visibility === 'hidden') sheet.visibility = 'Hidden';
  if (plan.visibility === 'veryHidden') sheet.visibility = 'VeryHidden';
}

/** A list's items go into the rule as one comma-separated source, as Excel's own dialog writes them. */
export function validationRule(validation: DataValidationPlan): Excel.DataValidationRule {
  switch (validation.type) {
    case 'list':
      return { list: { inCellDropDown: true, source: validation.values.join(',') } };
    case 'whole':
      return { wholeNumber: { formula1: validation.min, formula2: validation.max, operator: 'Between' } };
    case 'decimal':
      return { decimal: { formula1: validation.min, formula2: validation.max, operator: 'Between' } };
    case 'textLength':
      return { textLength: { formula1: validation.max, operator: 'LessThanOrEqualTo' } };
    case 'date':
      // Office.js takes ISO 8601 date strings for date rules and stores them as date serials.
      return { date: { formula1: validation.min, formula2: validation.max, operator: 'Between' } };
    default:
      throw new RangeError(`未知的数据验证类型 / unknown validation type: ${JSON.stringify(validation)}`);
  }
}

function applyValidation(target: Excel.DataValidation, validation: DataValidationPlan): void {
  target.clear();
  target.rule = validationRule(validation);
  target.errorAlert = { showAlert: true, style: 'Stop', title: '输入有误', message: validation.error };
  if (validation.prompt) target.prompt = { showPrompt: true, title: '填写说明', message: validation.prompt };
}
