import type { CellValue } from '@taizhang/core/report';
import { parseCell } from './cells.js';

/**
 * Writes cell edits (core's safe fixes, or putting them back) without losing anything typed since
 * the workbook was read: each cell is read first, and an edit is written only where the cell still
 * holds what validation saw. Two round trips for any number of edits.
 *
 * Office.js writes are not on Excel's undo stack in every Excel, so the previous contents are
 * returned: writing them back with `writeEdits` is the add-in's own undo.
 */
export interface CellChange {
  sheet: string;
  cell: string;
  /** What the cell must hold now for the change to apply (formula text or constant). */
  expected: CellValue;
  /** What to write: a formula (`=…`) or a constant. */
  next: CellValue;
}

export interface EditOutcome {
  applied: CellChange[];
  /** Changed in the workbook since it was read: left alone. */
  stale: Array<CellChange & { actual: CellValue }>;
}

function same(a: CellValue, b: CellValue): boolean {
  const blank = (v: CellValue) => v === null || v === '';
  if (blank(a) && blank(b)) return true;
  if (typeof a === 'number' || typeof b === 'number') return String(a) === String(b);
  return a === b;
}

export async function writeEdits(context: Excel.RequestContext, changes: CellChange[]): Promise<EditOutcome> {
  if (changes.length === 0) return { applied: [], stale: [] };
  const worksheets = context.workbook.worksheets;
  const sheetNames = [...new Set(changes.map((c) => c.sheet))];
  const protections = sheetNames.map((name) => worksheets.getItem(name).protection.load('protected,options'));
  const current = changes.map((c) => {
    parseCell(c.cell);
    return worksheets.getItem(c.sheet).getRange(c.cell).load('formulas');
  });
  await context.sync();

  const applied: CellChange[] = [];
  const stale: EditOutcome['stale'] = [];
  changes.forEach((change, i) => {
    const actual = (current[i]?.formulas[0]?.[0] ?? '') as CellValue;
    if (same(actual, change.expected)) applied.push(change);
    else stale.push({ ...change, actual });
  });
  const touched = new Set(applied.map((c) => c.sheet));
  sheetNames.forEach((name, i) => {
    if (touched.has(name) && protections[i]?.protected) worksheets.getItem(name).protection.unprotect();
  });
  for (const change of applied) {
    const next =
      typeof change.next === 'string' && !change.next.startsWith('=') && /^[=+\-@]/.test(change.next)
        ? `'${change.next}`
        : change.next;
    worksheets.getItem(change.sheet).getRange(change.cell).formulas = [[next ?? '']];
  }
  sheetNames.forEach((name, i) => {
    const protection = protections[i];
    if (touched.has(name) && protection?.protected)
      worksheets.getItem(name).protection.protect(protection.options);
  });
  if (applied.length > 0) await context.sync();
  return { applied, stale };
}

/** The changes that put `applied` back. */
export function reverseChanges(applied: CellChange[]): CellChange[] {
  return applied.map((c) => ({ sheet: c.sheet, cell: c.cell, expected: c.next, next: c.expected }));
}
