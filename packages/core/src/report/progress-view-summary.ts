/**
 * The progress view's input from `mergeWorkbooks`: the province's figures, each measure's status and who is
 * behind are merge's, number for number. What the provincial summary does not carry — the text a prefecture
 * wrote, and a prefecture's own value of the same period last year — is read from the validated reports
 * merge returns, through the same row computation the template and merge use.
 */
import type { PolicyDocument } from '../document/schema.js';
import { indicators as catalogue } from '../formula/indicators.js';
import type { WorkbookGrid } from './grid.js';
import { findSheet, textOf, valueAt } from './grid-access.js';
import type { ReportIndicator } from './indicator.js';
import { computeIndicatorRow } from './indicator-row.js';
import { SHEET } from './layout.js';
import { mergeWorkbooks, type ProvincialSummary } from './merge.js';
import { parsePeriod } from './period.js';
import {
  buildProgressView,
  type IndicatorFigures,
  type IndicatorGoal,
  type MeasureEntry,
  type PeriodSummary,
  type ProgressView,
} from './progress-view.js';
import { provinceRegion, reportingPrefectures } from './region.js';
import type { ReportRegion } from './render-template.js';
import type { ValidationReport } from './validate.js';

/** The period a workbook says it is for (its template identity), or `''` when it has none. */
export function workbookPeriod(grid: WorkbookGrid): string {
  const identity = findSheet(grid, SHEET.identity);
  return identity ? textOf(valueAt(identity, 4, 1)) : '';
}

/** Groups workbooks by period, so that each group can be merged on its own. */
export function groupByPeriod(grids: readonly WorkbookGrid[]): WorkbookGrid[][] {
  const groups = new Map<string, WorkbookGrid[]>();
  for (const grid of grids) {
    const key = workbookPeriod(grid);
    groups.set(key, [...(groups.get(key) ?? []), grid]);
  }
  return [...groups.values()];
}

/** One period's merge as the progress view reads it. `reports` are the validated reports merge returned. */
export function periodSummaryFromMerge(
  summary: ProvincialSummary,
  reports: readonly ValidationReport[],
): PeriodSummary {
  const reportOf = new Map(reports.map((r) => [r.identity?.regionCode ?? '', r]));
  const kinds = new Map(catalogue.map((i) => [i.id, i.kind]));
  return {
    period: parsePeriod(summary.period),
    reported: summary.regions,
    sources: summary.regions.map((r) => reportOf.get(r.code)?.source ?? r.name),
    measures: summary.measures.map((m) => {
      const byRegion: Record<string, MeasureEntry> = {};
      for (const entry of m.byRegion) {
        const row = reportOf.get(entry.region.code)?.measures.find((x) => x.id === m.id);
        byRegion[entry.region.code] = {
          status: entry.status,
          completion: entry.completion,
          problems: entry.problems,
          progress: row?.progress ?? '',
          nextSteps: row?.nextSteps ?? '',
        };
      }
      return { id: m.id, number: m.number ?? Number(m.id.slice(1)), title: m.title, byRegion };
    }),
    indicators: summary.indicators.map((i) => {
      const byRegion: Record<string, IndicatorFigures> = {};
      for (const entry of i.byRegion) {
        const row = reportOf.get(entry.region.code)?.indicators.find((x) => x.id === i.id);
        const own = row ? computeIndicatorRow(i.indicator, row.thisPeriod, row.lastYear) : null;
        byRegion[entry.region.code] = {
          value: entry.value,
          lastValue: own?.lastValue ?? null,
          change: own?.change ?? null,
        };
      }
      return {
        id: i.id,
        name: i.name,
        unit: i.unit,
        kind: kinds.get(i.id) ?? (i.unit === '%' ? 'ratio' : 'count'),
        decimals: i.indicator.decimals,
        measures: [...i.indicator.measures],
        province: { value: i.result.value, lastValue: i.result.lastValue, change: i.result.change },
        byRegion,
      };
    }),
    explanations: summary.explanations.map((e) => ({
      region: e.region,
      sheet: e.sheet,
      cell: e.cell,
      code: e.code,
      text: e.text,
    })),
  };
}

export interface WorkbooksProgressOptions {
  document: PolicyDocument;
  indicators: readonly ReportIndicator[];
  /** The targets indicators are measured against: `goalsFromTargets(extractTargets(document), year)`. */
  goals: readonly IndicatorGoal[];
  /** Only these measures, e.g. those an agency leads or supports (`measuresOfAgency` in core/data), and the label to show. */
  measures?: { numbers: ReadonlySet<number>; label: string };
  /** Only this prefecture. */
  region?: ReportRegion;
}

export type WorkbooksProgress =
  | { ok: true; view: ProgressView }
  | { ok: false; notReady: ValidationReport[]; conflicts: string[] };

/**
 * From workbook grids to the progress view: one `mergeWorkbooks` per period, so every number is merge's
 * and a workbook that is not ready refuses the whole set, as merge refuses it. The CLI's report and the
 * add-in's Progress view both start here.
 */
export function progressViewOfWorkbooks(
  grids: readonly WorkbookGrid[],
  options: WorkbooksProgressOptions,
): WorkbooksProgress {
  const summaries: PeriodSummary[] = [];
  const notReady: ValidationReport[] = [];
  const conflicts: string[] = [];
  for (const group of groupByPeriod(grids)) {
    const result = mergeWorkbooks(group, { indicators: options.indicators, document: options.document });
    if (result.ok) summaries.push(periodSummaryFromMerge(result.summary, result.reports));
    else {
      notReady.push(...result.reports.filter((r) => !r.ready));
      conflicts.push(...result.conflicts);
    }
  }
  if (grids.length === 0) conflicts.push('没有填报表 / no workbook');
  if (notReady.length > 0 || conflicts.length > 0) return { ok: false, notReady, conflicts };
  const { document } = options;
  const view = buildProgressView(summaries, {
    document,
    prefectures: reportingPrefectures(),
    province: provinceRegion(),
    goals: options.goals,
    ...(options.measures ? { measures: options.measures } : {}),
    ...(options.region ? { region: options.region } : {}),
  });
  return { ok: true, view };
}
