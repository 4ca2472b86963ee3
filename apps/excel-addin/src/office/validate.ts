import type { ValidationReport, WorkbookGrid } from '@taizhang/core/report';
import { applyMarks, type MarkOutcome, type MarkRequest } from './marks.js';
import { readWorkbook } from './read-workbook.js';
import type { HostFeatures } from './requirements.js';

/**
 * Validate inside Excel: read the workbook as a grid (2 round trips), run core's validation on it
 * (the same function `taizhang validate` runs on an .xlsx), and mark the reported cells (2 more).
 */
export interface ExcelValidation {
  report: ValidationReport;
  grid: WorkbookGrid;
  marks: MarkOutcome;
}

/** Problems about a whole workbook (not a taizhang workbook at all) point at a sheet that is not there: no mark. */
export function markRequests(report: ValidationReport, grid: WorkbookGrid): MarkRequest[] {
  const sheets = new Set(grid.sheets.map((s) => s.name));
  return report.problems
    .filter((p) => sheets.has(p.sheet))
    .map((p) => ({ sheet: p.sheet, cell: p.cell, severity: p.severity, message: p.message.zh }));
}

export async function validateInExcel(
  context: Excel.RequestContext,
  validate: (grid: WorkbookGrid) => ValidationReport,
  features: HostFeatures,
): Promise<ExcelValidation> {
  const snapshot = await readWorkbook(context, features);
  const report = validate(snapshot.grid);
  const marks = await applyMarks(context, snapshot, markRequests(report, snapshot.grid), features);
  return { report, grid: snapshot.grid, marks };
}

/** Selects a problem's cell, activating its sheet (one round trip). */
export async function selectCell(context: Excel.RequestContext, sheet: string, cell: string): Promise<void> {
  const worksheet = context.workbook.worksheets.getItem(sheet);
  worksheet.activate();
  worksheet.getRange(cell).select();
  await context.sync();
}
