/**
 * Reporting templates as a spreadsheet-neutral plan (`renderTemplate`), validation of a filled grid
 * (`validateWorkbook`, `applyFix`), and the provincial summary of eight prefectures (`mergeWorkbooks`).
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
export type * from './plan.js';
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
