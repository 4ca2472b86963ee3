/**
 * The open workbook's progress: read it as core's grid (the Validate path's reader), then core's
 * `progressViewOfWorkbooks` — the same merge and view the CLI's report uses — for the workbook's own region.
 */
import { seedDocument } from '@taizhang/core/data';
import { extractTargets } from '@taizhang/core/document';
import {
  catalogueIndicators,
  findSheet,
  goalsFromTargets,
  type IndicatorGoal,
  progressViewOfWorkbooks,
  type ReportIndicator,
  SHEET,
  textOf,
  valueAt,
  type WorkbookGrid,
  type WorkbooksProgress,
} from '@taizhang/core/report';
import { readWorkbook } from '../office/read-workbook.js';
import type { HostFeatures } from '../office/requirements.js';

let indicators: ReportIndicator[] | undefined;
let goals: IndicatorGoal[] | undefined;

/** The seed document's year: a target's 三年 counts from it. */
const DOCUMENT_YEAR = Number((seedDocument.metadata.writtenDate ?? '2016').slice(0, 4));

/** The progress of one workbook grid (pure: tests call it without Excel). */
export function progressOfGrid(grid: WorkbookGrid): WorkbooksProgress {
  indicators ??= catalogueIndicators();
  goals ??= goalsFromTargets(extractTargets(seedDocument), DOCUMENT_YEAR);
  const identity = findSheet(grid, SHEET.identity);
  const code = identity ? textOf(valueAt(identity, 2, 1)) : '';
  const name = identity ? textOf(valueAt(identity, 3, 1)) : '';
  return progressViewOfWorkbooks([grid], {
    document: seedDocument,
    indicators,
    goals,
    ...(code ? { region: { code, name } } : {}),
  });
}

/** Reads the open workbook (a constant number of round trips) and computes its progress. */
export async function progressInExcel(
  context: Excel.RequestContext,
  features: HostFeatures,
): Promise<WorkbooksProgress> {
  const snapshot = await readWorkbook(context, features);
  return progressOfGrid(snapshot.grid);
}
