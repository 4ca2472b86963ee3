/**
 * From workbook grids to the report: one merge per period (so the numbers are merge's and invalid
 * workbooks are refused as merge refuses them), the progress view, and the HTML. The command and the
 * benchmark run this same path.
 */
import { measuresOfAgency } from '@taizhang/core/data';
import type { PolicyDocument } from '@taizhang/core/document';
import { extractTargets } from '@taizhang/core/document';
import {
  buildProgressView,
  goalsFromTargets,
  groupByPeriod,
  mergeWorkbooks,
  type PeriodSummary,
  periodSummaryFromMerge,
  type ProgressView,
  provinceRegion,
  type ReportIndicator,
  type ReportRegion,
  reportingPrefectures,
  type ValidationReport,
  type WorkbookGrid,
} from '@taizhang/core/report';
import { renderProgressHtml } from './page.js';

export interface ReportOptions {
  document: PolicyDocument;
  indicators: readonly ReportIndicator[];
  /** An agency name as the user typed it: only the measures it leads or supports (checked by the caller). */
  agency?: string;
  region?: ReportRegion;
  /** Date printed in the report, `YYYY-MM-DD`. */
  generated: string;
}

export type ReportResult =
  | { ok: true; view: ProgressView; html: string }
  | { ok: false; notReady: ValidationReport[]; conflicts: string[] };

export function buildReport(grids: readonly WorkbookGrid[], options: ReportOptions): ReportResult {
  const summaries: PeriodSummary[] = [];
  const notReady: ValidationReport[] = [];
  const conflicts: string[] = [];
  for (const group of groupByPeriod(grids)) {
    const result = mergeWorkbooks(group, { indicators: options.indicators });
    if (result.ok) summaries.push(periodSummaryFromMerge(result.summary, result.reports));
    else {
      notReady.push(...result.reports.filter((r) => !r.ready));
      conflicts.push(...result.conflicts);
    }
  }
  if (notReady.length > 0 || conflicts.length > 0) return { ok: false, notReady, conflicts };
  const { document } = options;
  const fromYear = Number((document.metadata.writtenDate ?? '').slice(0, 4)) || (summaries[0]?.period.year ?? 2016);
  const agencyMeasures = options.agency ? measuresOfAgency(options.agency, undefined, document) : [];
  const view = buildProgressView(summaries, {
    document,
    prefectures: reportingPrefectures(),
    province: provinceRegion(),
    goals: goalsFromTargets(extractTargets(document), fromYear),
    ...(options.agency ? { measures: { numbers: new Set(agencyMeasures.map((m) => m.measure.number)), label: options.agency } } : {}),
    ...(options.region ? { region: options.region } : {}),
  });
  return { ok: true, view, html: renderProgressHtml(view, options.generated) };
}
