/**
 * Reporting: templates, validation and merging, spreadsheet-neutral so the CLI (exceljs) and the Excel
 * add-in (Office.js) produce the same workbook and the same report.
 *
 * - `resolveReportRegion('西宁市')`, `parsePeriod('2017Q3')` → what a template is for;
 * - `renderTemplate({ document, region, period })` → `WorkbookPlan` (indicators default to
 *   `templateIndicators(document, region.code, period)`: the catalogue with the document's targets);
 * - `validateWorkbook(grid)` → `ValidationReport` (problems with sheet, A1 cell, rule code, severity,
 *   zh/en message, safe `fix`; `ready`); `applyFix(grid, fix)` / `applyFixes(grid, problems)`;
 * - `mergeWorkbooks(grids)` → the provincial summary, `renderSummary(summary)` → `WorkbookPlan`;
 * - `sampleFill(plan, indicators)` → the edits of a plausibly filled workbook (demos, tests, benchmarks).
 */

export * from './a1.js';
export * from './catalogue.js';
export * from './checksum.js';
export * from './fix.js';
export type * from './grid.js';
export * from './grid-access.js';
export * from './indicator.js';
export * from './indicator-row.js';
export * from './layout.js';
export * from './merge.js';
export * from './normalise.js';
export * from './period.js';
export * from './plan.js';
export * from './progress-view.js';
export * from './progress-view-charts.js';
export * from './progress-view-status.js';
export * from './progress-view-summary.js';
export * from './read-cell.js';
export * from './region.js';
export * from './render-summary.js';
export * from './render-template.js';
export * from './rules.js';
export * from './sample.js';
export * from './targets.js';
export * from './validate.js';
