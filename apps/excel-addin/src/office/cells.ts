import { a1, type CellRef, columnLetters, parseA1 } from '@taizhang/core/report';

/**
 * Cell addresses as the Office.js adapter needs them: grouping many cells into few rectangles,
 * so that one `getRanges` call (or one range write) covers what would otherwise be a call per cell.
 */

export type CellPosition = CellRef;

export interface Rectangle {
  top: number;
  left: number;
  bottom: number;
  right: number;
}

/** 0 → `A`, 26 → `AA` (core's A1 helpers; the adapter adds only what Office needs on top). */
export const columnName = columnLetters;

/** `C5` or `$C$5` → { row: 4, column: 2 }; throws naming the address otherwise. */
export function parseCell(address: string): CellPosition {
  return parseA1(address);
}

/** `A1:F3` or `C5` → rectangle (0-based, inclusive). */
export function parseRectangle(address: string): Rectangle {
  const [from, to] = address.split(':');
  const a = parseCell(from ?? '');
  const b = to === undefined ? a : parseCell(to);
  return {
    top: Math.min(a.row, b.row),
    left: Math.min(a.column, b.column),
    bottom: Math.max(a.row, b.row),
    right: Math.max(a.column, b.column),
  };
}

export function cellAddress(row: number, column: number): string {
  return a1(row, column);
}

export function rectangleAddress(r: Rectangle): string {
  const first = cellAddress(r.top, r.left);
  return r.top === r.bottom && r.left === r.right ? first : `${first}:${cellAddress(r.bottom, r.right)}`;
}

/** Strips a sheet prefix: `'数据 表'!B2:C3` → `B2:C3`. */
export function localAddress(address: string): string {
  const bang = address.lastIndexOf('!');
  return bang < 0 ? address : address.slice(bang + 1);
}

/** `数据表` → `'数据表'`: always quoted, inner quotes doubled, as Excel accepts in any address. */
export function quoteSheet(name: string): string {
  return `'${name.replace(/'/g, "''")}'`;
}

/**
 * Covers a set of cells with few rectangles: runs of adjacent columns in a row, then runs of rows
 * with the same columns. Exact: the rectangles hold exactly the given cells, no more.
 */
export function toRectangles(cells: Iterable<CellPosition>): Rectangle[] {
  const byRow = new Map<number, number[]>();
  for (const { row, column } of cells) {
    const list = byRow.get(row);
    if (list) list.push(column);
    else byRow.set(row, [column]);
  }
  const rows = [...byRow.keys()].sort((a, b) => a - b);
  const open = new Map<string, Rectangle>();
  const done: Rectangle[] = [];
  for (const row of rows) {
    const columns = [...new Set(byRow.get(row))].sort((a, b) => a - b);
    const runs: Array<[number, number]> = [];
    for (const c of columns) {
      const last = runs[runs.length - 1];
      if (last && last[1] === c - 1) last[1] = c;
      else runs.push([c, c]);
    }
    const seen = new Set<string>();
    for (const [left, right] of runs) {
      const key = `${left}:${right}`;
      seen.add(key);
      const rect = open.get(key);
      if (rect && rect.bottom === row - 1) rect.bottom = row;
      else {
        if (rect) done.push(rect);
        open.set(key, { top: row, left, bottom: row, right });
      }
    }
    for (const [key, rect] of open) {
      if (!seen.has(key)) {
        done.push(rect);
        open.delete(key);
      }
    }
  }
  done.push(...open.values());
  return done.sort((a, b) => a.top - b.top || a.left - b.left);
}

/**
 * Joins addresses into comma-separated lists for `worksheet.getRanges`, each list at most
 * `maxLength` characters, so no single request carries an address string Excel would refuse.
 */
export function addressLists(addresses: string[], maxLength = 2000): string[] {
  const lists: string[] = [];
  let current = '';
  for (const address of addresses) {
    if (current && current.length + 1 + address.length > maxLength) {
      lists.push(current);
      current = '';
    }
    current = current ? `${current},${address}` : address;
  }
  if (current) lists.push(current);
  return lists;
}
