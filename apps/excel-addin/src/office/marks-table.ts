import type { CellValue } from '@taizhang/core/report';

/**
 * Where Validate remembers what it changed, so Clear can put every cell back exactly: a very hidden
 * sheet saved with the workbook (Clear works after closing and reopening it), one row per marked cell.
 */
export const MARKS_SHEET = 'taizhang_marks';

/** A cell's fill as `getCellProperties` reports it; restoring sets these same properties back. */
export interface FillState {
  color?: string;
  pattern?: string;
  patternColor?: string;
  tintAndShade?: number;
  patternTintAndShade?: number;
}

export interface RecordedMark {
  sheet: string;
  /** A1 address of one cell. */
  address: string;
  /** The fill the cell had before it was marked. */
  original: FillState;
  /** The colour the mark painted, to tell whether the user has since changed the cell's fill. */
  markColor: string;
  /** The note text the add-in attached, or '' when it attached none. */
  note: string;
}

export const MARKS_HEADER = ['sheet', 'cell', 'originalFill', 'markColor', 'note'] as const;

export function writeMarksTable(marks: RecordedMark[]): CellValue[][] {
  return [
    [...MARKS_HEADER],
    ...marks.map((m) => [m.sheet, m.address, JSON.stringify(m.original), m.markColor, m.note]),
  ];
}

/** Reads the table back; rows that are not ours (someone edited the hidden sheet) are skipped. */
export function readMarksTable(rows: CellValue[][]): RecordedMark[] {
  const marks: RecordedMark[] = [];
  for (const row of rows.slice(1)) {
    const [sheet, address, original, markColor, note] = row;
    if (typeof sheet !== 'string' || typeof address !== 'string' || typeof original !== 'string') continue;
    try {
      marks.push({
        sheet,
        address,
        original: JSON.parse(original) as FillState,
        markColor: String(markColor ?? ''),
        note: String(note ?? ''),
      });
    } catch {
      // A damaged row: leave that cell as it is rather than guess its fill.
    }
  }
  return marks;
}
