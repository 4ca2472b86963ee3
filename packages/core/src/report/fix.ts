/** Applying the safe fixes a validation report offers, on the plain grid (hosts write the same edits to their cells). */
import type { WorkbookGrid } from './grid.js';
import { applyEdits } from './grid-access.js';
import type { Fix, Problem } from './rules.js';

/** A copy of the grid with one fix applied. */
export function applyFix(grid: WorkbookGrid, fix: Fix): WorkbookGrid {
  return applyEdits(grid, fix.edits);
}

/** A copy of the grid with every offered fix applied (problems without a fix are left for the reporter). */
export function applyFixes(grid: WorkbookGrid, problems: readonly Problem[]): WorkbookGrid {
  return applyEdits(
    grid,
    problems.flatMap((p) => p.fix?.edits ?? []),
  );
}
