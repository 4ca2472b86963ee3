import type { CellValue } from '@taizhang/core/report';
import {
  addressLists,
  type CellPosition,
  parseCell,
  quoteSheet,
  type Rectangle,
  rectangleAddress,
  toRectangles,
} from './cells.js';
import {
  type FillState,
  MARKS_HEADER,
  MARKS_SHEET,
  type RecordedMark,
  readMarksTable,
  writeMarksTable,
} from './marks-table.js';
import type { SheetInfo } from './read-workbook.js';
import { jsonBytes, RequestBudget, rowBands } from './request-budget.js';
import type { HostFeatures } from './requirements.js';

/**
 * Marks the cells a validation reported — a fill colour by severity, and a note with the message
 * where the Excel has notes (ExcelApi 1.18) — and puts cells back as they were.
 *
 * Two round trips whatever the number of cells: one reads the current fills of each sheet's marked
 * area in a single `getCellProperties` call (and probes notes), one writes. (An area whose answer would
 * pass Excel on the web's 5 MB limit is read in bands of rows, one more round trip per ~4 MB.) Cells that get the same
 * fill are painted together through `getRanges`, never one call per cell.
 *
 * A cell whose fill the user changed after it was marked keeps the user's fill; a note the user
 * edited is left in place.
 */
export type MarkSeverity = 'error' | 'warning' | 'info';

export const MARK_COLORS: Record<MarkSeverity, string> = {
  error: '#FFC7CE',
  warning: '#FFEB9C',
  info: '#DDEBF7',
};

const SEVERITY_RANK: Record<MarkSeverity, number> = { error: 3, warning: 2, info: 1 };

/** Notes are one API call per cell by nature; past this many the messages stay in the task pane only. */
export const NOTE_LIMIT = 500;

export interface MarkRequest {
  sheet: string;
  /** A1 address of one cell. */
  cell: string;
  severity: MarkSeverity;
  message: string;
}

export interface MarksState {
  sheets: SheetInfo[];
  marks: RecordedMark[];
  marksSheetExists: boolean;
}

export interface MarkOutcome {
  marked: number;
  notes: number;
  /** Cells put back to their own fill. */
  restored: number;
  /** Cells whose fill the user changed after marking: left as the user made them. */
  userChanged: number;
}

/** Bytes one cell's fill properties take in Excel's answer to getCellProperties (a generous average). */
export const FILL_BYTES_PER_CELL = 160;

const FILL_PROPERTIES = {
  format: {
    fill: { color: true, pattern: true, patternColor: true, tintAndShade: true, patternTintAndShade: true },
  },
};

interface PendingCell {
  sheet: string;
  address: string;
  position: CellPosition;
  severity: MarkSeverity;
  messages: string[];
}

function cellKey(sheet: string, address: string): string {
  return `${sheet}\u0000${address.replace(/\$/g, '').toUpperCase()}`;
}

function normaliseRequests(requests: MarkRequest[], sheetNames: Set<string>): Map<string, PendingCell> {
  const cells = new Map<string, PendingCell>();
  for (const request of requests) {
    if (!sheetNames.has(request.sheet)) continue;
    const address = request.cell.replace(/\$/g, '').toUpperCase();
    const key = cellKey(request.sheet, address);
    const existing = cells.get(key);
    if (existing) {
      if (SEVERITY_RANK[request.severity] > SEVERITY_RANK[existing.severity])
        existing.severity = request.severity;
      if (!existing.messages.includes(request.message)) existing.messages.push(request.message);
    } else {
      cells.set(key, {
        sheet: request.sheet,
        address,
        position: parseCell(address),
        severity: request.severity,
        messages: [request.message],
      });
    }
  }
  return cells;
}

function boundingRectangle(positions: CellPosition[]): Rectangle {
  let top = Infinity;
  let left = Infinity;
  let bottom = -1;
  let right = -1;
  for (const p of positions) {
    top = Math.min(top, p.row);
    left = Math.min(left, p.column);
    bottom = Math.max(bottom, p.row);
    right = Math.max(right, p.column);
  }
  return { top, left, bottom, right };
}

function sameColor(a: string | undefined, b: string | undefined): boolean {
  return (a ?? '').toUpperCase() === (b ?? '').toUpperCase();
}

function fillOf(properties: Excel.CellProperties | undefined): FillState {
  const fill = properties?.format?.fill ?? {};
  const state: FillState = {};
  if (fill.color !== undefined) state.color = fill.color;
  if (fill.pattern !== undefined) state.pattern = fill.pattern;
  if (fill.patternColor !== undefined) state.patternColor = fill.patternColor;
  if (fill.tintAndShade !== undefined) state.tintAndShade = fill.tintAndShade;
  if (fill.patternTintAndShade !== undefined) state.patternTintAndShade = fill.patternTintAndShade;
  return state;
}

/** Sets a fill back: no pattern means no fill at all (`clear`), not white. */
export function restoreFill(fill: Excel.RangeFill, state: FillState): void {
  if (!state.pattern || state.pattern === 'None') {
    fill.clear();
    return;
  }
  if (state.color !== undefined) fill.color = state.color;
  if (state.pattern !== 'Solid') fill.pattern = state.pattern as Excel.FillPattern;
  if (state.patternColor !== undefined && state.pattern !== 'Solid') fill.patternColor = state.patternColor;
  if (state.tintAndShade) fill.tintAndShade = state.tintAndShade;
  if (state.patternTintAndShade && state.pattern !== 'Solid')
    fill.patternTintAndShade = state.patternTintAndShade;
}

/** Groups cells of one sheet by a key and runs `apply` once per ~2000 characters of addresses per group. */
function forEachGroup<T>(
  sheet: Excel.Worksheet,
  cells: Array<{ position: CellPosition; key: string; payload: T }>,
  apply: (areas: Excel.RangeAreas, payload: T) => void,
): void {
  const groups = new Map<string, { payload: T; positions: CellPosition[] }>();
  for (const cell of cells) {
    const group = groups.get(cell.key);
    if (group) group.positions.push(cell.position);
    else groups.set(cell.key, { payload: cell.payload, positions: [cell.position] });
  }
  for (const { payload, positions } of groups.values()) {
    for (const list of addressLists(toRectangles(positions).map(rectangleAddress)))
      apply(sheet.getRanges(list), payload);
  }
}

/**
 * Replaces the workbook's marks with marks for `requests` (an empty list just clears them).
 * `state` comes from `readWorkbook` (or `readMarksState`) in the same `Excel.run`.
 */
export async function applyMarks(
  context: Excel.RequestContext,
  state: MarksState,
  requests: MarkRequest[],
  features: HostFeatures,
  requestBudget?: number,
): Promise<MarkOutcome> {
  const sheetNames = new Set(state.sheets.map((s) => s.name));
  const pending = normaliseRequests(requests, sheetNames);
  const oldMarks = new Map(
    state.marks.filter((m) => sheetNames.has(m.sheet)).map((m) => [cellKey(m.sheet, m.address), m]),
  );
  const worksheets = context.workbook.worksheets;

  // Read: the current fill of every cell involved, one getCellProperties per sheet.
  const positionsBySheet = new Map<string, CellPosition[]>();
  for (const m of oldMarks.values())
    positionsBySheet.set(m.sheet, [...(positionsBySheet.get(m.sheet) ?? []), parseCell(m.address)]);
  for (const p of pending.values()) {
    const list = positionsBySheet.get(p.sheet);
    if (list) list.push(p.position);
    else positionsBySheet.set(p.sheet, [p.position]);
  }
  // One getCellProperties per sheet, in bands of rows when the area's answer would pass ~4 MB.
  const budget = new RequestBudget(context, requestBudget);
  const reads = new Map<
    string,
    Array<{ area: Rectangle; result: OfficeExtension.ClientResult<Excel.CellProperties[][]> }>
  >();
  for (const [sheet, positions] of positionsBySheet) {
    const box = boundingRectangle(positions);
    const rowBytes = (box.right - box.left + 1) * FILL_BYTES_PER_CELL;
    const rowsPerBand = Math.max(1, Math.floor(budget.limit / rowBytes));
    const bands: Array<{ area: Rectangle; result: OfficeExtension.ClientResult<Excel.CellProperties[][]> }> =
      [];
    for (let top = box.top; top <= box.bottom; top += rowsPerBand) {
      const area = { ...box, top, bottom: Math.min(box.bottom, top + rowsPerBand - 1) };
      await budget.reserve((area.bottom - area.top + 1) * rowBytes);
      const range = worksheets.getItem(sheet).getRange(rectangleAddress(area));
      bands.push({ area, result: range.getCellProperties(FILL_PROPERTIES) });
    }
    reads.set(sheet, bands);
  }
  const noteProbes = new Map<string, Excel.Note>();
  if (features.notes) {
    const probeKeys = [
      ...[...oldMarks.values()]
        .filter((m) => m.note !== '')
        .map((m) => ({ sheet: m.sheet, address: m.address })),
      ...[...pending.values()].slice(0, NOTE_LIMIT),
    ];
    for (const { sheet, address } of probeKeys) {
      const key = cellKey(sheet, address);
      if (!noteProbes.has(key)) {
        noteProbes.set(
          key,
          context.workbook.notes
            .getItemOrNullObject(`${quoteSheet(sheet)}!${address}`)
            .load('isNullObject,content'),
        );
      }
    }
  }
  if (positionsBySheet.size === 0 && !state.marksSheetExists)
    return { marked: 0, notes: 0, restored: 0, userChanged: 0 };
  await budget.flush();

  const currentFill = (sheet: string, position: CellPosition): FillState => {
    const read = reads.get(sheet)?.find((b) => position.row >= b.area.top && position.row <= b.area.bottom);
    if (!read) return {};
    return fillOf(read.result.value[position.row - read.area.top]?.[position.column - read.area.left]);
  };

  // Protected sheets (a filled template is) refuse format changes: lift protection around the writes.
  const touched = new Set(positionsBySheet.keys());
  const protectedSheets = state.sheets.filter((s) => s.protected && touched.has(s.name));
  for (const s of protectedSheets) worksheets.getItem(s.name).protection.unprotect();

  let restored = 0;
  let userChanged = 0;
  const trueOriginal = new Map<string, FillState>();
  const restoreBySheet = new Map<
    string,
    Array<{ position: CellPosition; key: string; payload: FillState }>
  >();
  for (const [key, mark] of oldMarks) {
    const position = parseCell(mark.address);
    const current = currentFill(mark.sheet, position);
    const stillOurs = current.pattern === 'Solid' && sameColor(current.color, mark.markColor);
    if (!stillOurs) {
      userChanged++;
      trueOriginal.set(key, current);
      continue;
    }
    trueOriginal.set(key, mark.original);
    if (pending.has(key)) continue;
    restored++;
    const list = restoreBySheet.get(mark.sheet) ?? [];
    list.push({ position, key: JSON.stringify(mark.original), payload: mark.original });
    restoreBySheet.set(mark.sheet, list);
  }
  for (const [sheet, cells] of restoreBySheet)
    forEachGroup(worksheets.getItem(sheet), cells, (areas, fill) => restoreFill(areas.format.fill, fill));

  // Old notes come off only if they still say what we wrote.
  for (const [key, mark] of oldMarks) {
    if (mark.note === '') continue;
    const probe = noteProbes.get(key);
    if (probe && !probe.isNullObject && probe.content === mark.note) probe.delete();
  }

  const recorded: RecordedMark[] = [];
  const paintBySheet = new Map<string, Array<{ position: CellPosition; key: string; payload: string }>>();
  let notes = 0;
  for (const [key, cell] of pending) {
    const original = trueOriginal.get(key) ?? currentFill(cell.sheet, cell.position);
    const markColor = MARK_COLORS[cell.severity];
    const list = paintBySheet.get(cell.sheet) ?? [];
    list.push({ position: cell.position, key: markColor, payload: markColor });
    paintBySheet.set(cell.sheet, list);

    let note = '';
    const probe = noteProbes.get(key);
    const old = oldMarks.get(key);
    const freeForNote =
      probe && (probe.isNullObject || (old !== undefined && old.note !== '' && probe.content === old.note));
    if (features.notes && freeForNote) {
      note = cell.messages.join('\n');
      context.workbook.notes.add(`${quoteSheet(cell.sheet)}!${cell.address}`, note);
      notes++;
    }
    recorded.push({ sheet: cell.sheet, address: cell.address, original, markColor, note });
  }
  for (const [sheet, cells] of paintBySheet) {
    forEachGroup(worksheets.getItem(sheet), cells, (areas, color) => {
      areas.format.fill.color = color;
      // A cell with a pattern keeps it when only the colour is set; a mark is always a solid fill.
      areas.format.fill.pattern = 'Solid';
    });
  }

  for (const s of protectedSheets) worksheets.getItem(s.name).protection.protect(s.protectionOptions);

  if (state.marksSheetExists) worksheets.getItem(MARKS_SHEET).delete();
  if (recorded.length > 0) {
    const table = writeMarksTable(recorded);
    const marksSheet = worksheets.add(MARKS_SHEET);
    marksSheet.visibility = 'VeryHidden';
    await budget.reserve(recorded.length * 32);
    const rowBytes = table.map(jsonBytes);
    for (const [start, end] of rowBands(rowBytes, budget.limit)) {
      await budget.reserve(rowBytes.slice(start, end).reduce((a, b) => a + b, 0));
      const area = { top: start, left: 0, bottom: end - 1, right: MARKS_HEADER.length - 1 };
      marksSheet.getRange(rectangleAddress(area)).values = table.slice(start, end);
    }
  }
  await context.sync();
  return { marked: recorded.length, notes, restored, userChanged };
}

/** The marks state on its own, for Clear: the sheet list, then the marks table if there is one (two round trips). */
export async function readMarksState(context: Excel.RequestContext): Promise<MarksState> {
  const worksheets = context.workbook.worksheets;
  worksheets.load('items/name,items/visibility,items/protection/protected,items/protection/options');
  await context.sync();
  const marksSheet = worksheets.items.find((s) => s.name === MARKS_SHEET);
  const table = marksSheet?.getUsedRangeOrNullObject(true).load('isNullObject,values');
  if (table) await context.sync();
  return {
    sheets: worksheets.items
      .filter((s) => s.name !== MARKS_SHEET)
      .map((s) => ({
        name: s.name,
        visibility:
          s.visibility === 'Hidden' ? 'hidden' : s.visibility === 'VeryHidden' ? 'veryHidden' : 'visible',
        protected: s.protection.protected,
        protectionOptions: s.protection.options,
      })),
    marks: table && !table.isNullObject ? readMarksTable(table.values as CellValue[][]) : [],
    marksSheetExists: marksSheet !== undefined,
  };
}

export async function clearMarks(
  context: Excel.RequestContext,
  features: HostFeatures,
): Promise<MarkOutcome> {
  return applyMarks(context, await readMarksState(context), [], features);
}
