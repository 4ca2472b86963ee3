/**
 * From workbook grids to the report's HTML: core's `progressViewOfWorkbooks` (one merge per period, so the
 * numbers are merge's and invalid workbooks are refused as merge refuses them), then the page. The command
 * and the benchmark run this same path.
 */
import { measuresOfAgency } from '@taizhang/core/data';
import type { PolicyDocument } from '@taizhang/core/document';
import { extractTargets } from '@taizhang/core/document';
import {
  goalsFromTargets,
  type ProgressView,
  progressViewOfWorkbooks,
  type ReportIndicator,
  type ReportRegion,
  type ValidationReport,
  type WorkbookGrid,
} from '@taizhang/core/report';
import { renderProgressHtml } from './page.js';

export interface ReportOptions {
  document: PolicyDocument;
  indicators: readonly ReportIndicator[];
  /** An agency by any of its names: only the measures it leads or supports. */
  agency?: string;
  region?: ReportRegion;
  /** Date printed in the report, `YYYY-MM-DD`. */
  generated: string;
}

/** The year a target's 三年 counts from: the document's. */
function documentYear(document: PolicyDocument): number {
  return Number((document.metadata.writtenDate ?? '').slice(0, 4)) || new Date().getFullYear();
}

export type ReportResult =
  | { ok: true; view: ProgressView; html: string }
  | { ok: false; notReady: ValidationReport[]; conflicts: string[] };

export function buildReport(grids: readonly WorkbookGrid[], options: ReportOptions): ReportResult {
  const { document, indicators, agency, region } = options;
  const result = progressViewOfWorkbooks(grids, {
    document,
    indicators,
    goals: goalsFromTargets(extractTargets(document), documentYear(document)),
    ...(agency
      ? {
          measures: {
            numbers: new Set(measuresOfAgency(agency, undefined, document).map((m) => m.measure.number)),
            label: agency,
          },
        }
      : {}),
    ...(region ? { region } : {}),
  });
  if (!result.ok) return result;
  return { ok: true, view: result.view, html: renderProgressHtml(result.view, options.generated) };
}
