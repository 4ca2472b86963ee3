/** A1-style addresses ↔ 0-based row/column indices, as the plan and the grid use them. */

/** 0 → `A`, 25 → `Z`, 26 → `AA`. */
export function columnLetters(column: number): string {
  if (!Number.isInteger(column) || column < 0)
    throw new RangeError(`column index must be a non-negative integer, got ${column}`);
  let n = column + 1;
  let letters = '';
  while (n > 0) {
    const rem = (n - 1) % 26;
    letters = String.fromCharCode(65 + rem) + letters;
    n = Math.floor((n - 1) / 26);
  }
  return letters;
}

/** `A` → 0, `AA` → 26. */
export function columnIndex(letters: string): number {
  let n = 0;
  for (const ch of letters.toUpperCase()) {
    const code = ch.charCodeAt(0) - 64;
    if (code < 1 || code > 26) throw new RangeError(`not a column: ${letters}`);
    n = n * 26 + code;
  }
  return n - 1;
}

/** 0-based row and column → `C5`. */
export function a1(row: number, column: number): string {
  return `${columnLetters(column)}${row + 1}`;
}

export interface CellRef {
  row: number;
  column: number;
}

/** `C5` (or `$C$5`) → { row: 4, column: 2 }. */
export function parseA1(address: string): CellRef {
  const m = /^\$?([A-Za-z]{1,3})\$?(\d+)$/.exec(address.trim());
  if (!m?.[1] || !m[2]) throw new RangeError(`not an A1 cell address: ${address}`);
  return { row: Number(m[2]) - 1, column: columnIndex(m[1]) };
}

export interface RangeRef {
  start: CellRef;
  end: CellRef;
}

/** `A1:F3` → start/end (normalised so start ≤ end); a single cell is a 1×1 range. */
export function parseRange(range: string): RangeRef {
  const [from, to] = range.split(':');
  const a = parseA1(from ?? '');
  const b = to === undefined ? a : parseA1(to);
  return {
    start: { row: Math.min(a.row, b.row), column: Math.min(a.column, b.column) },
    end: { row: Math.max(a.row, b.row), column: Math.max(a.column, b.column) },
  };
}

export function rangeContains(range: RangeRef, cell: CellRef): boolean {
  return (
    cell.row >= range.start.row &&
    cell.row <= range.end.row &&
    cell.column >= range.start.column &&
    cell.column <= range.end.column
  );
}

/** 0-based rows/columns → `A1:F3`. */
export function a1Range(startRow: number, startColumn: number, endRow: number, endColumn: number): string {
  return `${a1(startRow, startColumn)}:${a1(endRow, endColumn)}`;
}
