/** Reading and editing the plain grid without a host. */
import { parseA1 } from './a1.js';
import type { SheetGrid, WorkbookGrid } from './grid.js';
import type { CellValue, WorkbookPlan } from './plan.js';

export function findSheet(grid: WorkbookGrid, name: string): SheetGrid | undefined {
  return grid.sheets.find((s) => s.name === name);
}

export function valueAt(sheet: SheetGrid, row: number, column: number): CellValue {
  return sheet.values[row]?.[column] ?? null;
}

/** The formula text at a cell, or null when it holds a constant (or nothing). */
export function formulaAt(sheet: SheetGrid, row: number, column: number): string | null {
  const f = sheet.formulas[row]?.[column];
  return typeof f === 'string' && f.startsWith('=') ? f : null;
}

/** Empty: no value, or only spaces. */
export function isBlank(value: CellValue | undefined): boolean {
  return value === null || value === undefined || (typeof value === 'string' && value.trim() === '');
}

/** Text of a cell as a person reads it (numbers as written by JavaScript). */
export function textOf(value: CellValue | undefined): string {
  if (value === null || value === undefined) return '';
  return typeof value === 'string' ? value.trim() : String(value);
}

function ensureCell(rows: CellValue[][], row: number, column: number): CellValue[] {
  while (rows.length <= row) rows.push([]);
  const r = rows[row] as CellValue[];
  while (r.length <= column) r.push(null);
  return r;
}

/** The grid a host would report for a freshly written plan: constants as values, formulas with no cached result. */
export function planToGrid(plan: WorkbookPlan, source: string): WorkbookGrid {
  return {
    source,
    sheets: plan.sheets.map((sheet) => {
      const values: CellValue[][] = [];
      const formulas: CellValue[][] = [];
      for (const cell of sheet.cells) {
        const { row, column } = parseA1(cell.address);
        const value = cell.formula ? null : (cell.value ?? null);
        ensureCell(values, row, column)[column] = value;
        ensureCell(formulas, row, column)[column] = cell.formula ?? value;
      }
      return { name: sheet.name, visibility: sheet.visibility, values, formulas, merges: [...sheet.merges] };
    }),
  };
}

/** One cell to change: a constant, or a formula (starting with `=`). */
export interface CellEdit {
  sheet: string;
  /** A1 address. */
  cell: string;
  value?: CellValue;
  formula?: string;
}

/** A copy of the grid with the edits applied; the input grid is left untouched. */
export function applyEdits(grid: WorkbookGrid, edits: readonly CellEdit[]): WorkbookGrid {
  const bySheet = new Map<string, CellEdit[]>();
  for (const e of edits) bySheet.set(e.sheet, [...(bySheet.get(e.sheet) ?? []), e]);
  return {
    ...grid,
    sheets: grid.sheets.map((sheet) => {
      const list = bySheet.get(sheet.name);
      if (!list) return sheet;
      const values = sheet.values.map((r) => [...r]);
      const formulas = sheet.formulas.map((r) => [...r]);
      for (const e of list) {
        const { row, column } = parseA1(e.cell);
        ensureCell(values, row, column)[column] = e.formula ? null : (e.value ?? null);
        ensureCell(formulas, row, column)[column] = e.formula ?? e.value ?? null;
      }
      return { ...sheet, values, formulas };
    }),
  };
}

/** A copy of the plan with the edits written into its cells (used to write sample or summary workbooks). */
export function applyEditsToPlan(plan: WorkbookPlan, edits: readonly CellEdit[]): WorkbookPlan {
  return {
    ...plan,
    sheets: plan.sheets.map((sheet) => {
      const list = edits.filter((e) => e.sheet === sheet.name);
      if (list.length === 0) return sheet;
      const cells = sheet.cells.map((c) => ({ ...c }));
      const index = new Map(cells.map((c, i) => [c.address, i]));
      for (const e of list) {
        const i = index.get(e.cell);
        const next = e.formula
          ? { formula: e.formula, value: undefined }
          : { value: e.value ?? null, formula: undefined };
        if (i === undefined) {
          index.set(e.cell, cells.length);
          cells.push({ address: e.cell, ...next });
        } else cells[i] = { ...(cells[i] as (typeof cells)[number]), ...next };
      }
      return { ...sheet, cells };
    }),
  };
}
