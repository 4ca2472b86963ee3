import type { PolicyDocument } from '../document/schema.js';
/**
 * `mergeWorkbooks(grids)`: the provincial summary of the prefectures' workbooks for one period. Each
 * workbook is validated first and the merge is refused while any is not ready to send. Counts and
 * amounts are summed; ratios are recomputed from the summed inputs, never averaged; each measure's
 * status is shown across the prefectures, with who is behind; explanations (核实说明) are carried up.
 */

import { catalogueIndicators } from './catalogue.js';
import type { WorkbookGrid } from './grid.js';
import type { ReportIndicator } from './indicator.js';
import { computeIndicatorRow, type IndicatorRowResult } from './indicator-row.js';
import type { MeasureStatus } from './layout.js';
import { parsePeriod } from './period.js';
import { reportingPrefectures } from './region.js';
import type { ReportRegion } from './render-template.js';
import { type ValidationReport, validateWorkbook } from './validate.js';

export interface MergeOptions {
  indicators?: readonly ReportIndicator[];
  /** The document the workbooks must have been made from (see `ValidateOptions.document`). */
  document?: PolicyDocument;
  /** The regions expected to report; default the 8 prefectures. */
  expected?: readonly ReportRegion[];
}

export interface RegionMeasureStatus {
  region: ReportRegion;
  status: MeasureStatus | null;
  completion: number | null;
  problems: string;
}

export interface MeasureSummary {
  id: string;
  number: number | null;
  title: string;
  lead: string;
  /** One entry per reporting region that has this measure. */
  byRegion: RegionMeasureStatus[];
  /** Regions reporting the measure as 滞后 (behind). */
  behind: ReportRegion[];
  done: number;
}

export interface IndicatorSummary {
  id: string;
  name: string;
  unit: string;
  indicator: ReportIndicator;
  /** Inputs summed over the reporting regions (null when any region lacks one: a total with a gap is not a total). */
  thisPeriod: Record<string, number | null>;
  lastYear: Record<string, number | null>;
  /** Value, change and completion recomputed from the summed inputs. */
  result: IndicatorRowResult;
  byRegion: Array<{ region: ReportRegion; value: number | null }>;
}

export interface ProvincialSummary {
  period: string;
  periodLabel: string;
  regions: ReportRegion[];
  /** Expected regions with no workbook. */
  missing: ReportRegion[];
  measures: MeasureSummary[];
  indicators: IndicatorSummary[];
  behind: Array<{
    region: ReportRegion;
    measureId: string;
    title: string;
    completion: number | null;
    problems: string;
  }>;
  explanations: Array<{ region: ReportRegion; sheet: string; cell: string; code: string; text: string }>;
}

export type MergeResult =
  | { ok: true; summary: ProvincialSummary; reports: ValidationReport[] }
  | {
      ok: false;
      reports: ValidationReport[] /** Why the set cannot be merged, besides workbooks not ready (zh / en). */;
      conflicts: string[];
    };

function sumInputs(
  list: Array<Record<string, number | null>>,
  keys: string[],
): Record<string, number | null> {
  const total: Record<string, number | null> = {};
  for (const key of keys) {
    let sum = 0;
    let complete = list.length > 0;
    for (const inputs of list) {
      const v = inputs[key];
      if (typeof v === 'number') sum += v;
      else complete = false;
    }
    total[key] = complete ? Math.round(sum * 1e6) / 1e6 : null;
  }
  return total;
}

export function mergeWorkbooks(grids: readonly WorkbookGrid[], options: MergeOptions = {}): MergeResult {
  const indicators = options.indicators ?? catalogueIndicators();
  const reports = grids.map((g) =>
    validateWorkbook(g, options.document ? { indicators, document: options.document } : { indicators }),
  );
  const conflicts: string[] = [];
  const periods = [...new Set(reports.map((r) => r.identity?.period).filter((p): p is string => Boolean(p)))];
  if (periods.length > 1)
    conflicts.push(
      `报告期不一致：${periods.join('、')}，只能合并同一报告期 / workbooks are for different periods (${periods.join(', ')}); merge one period at a time`,
    );
  const seen = new Map<string, string>();
  for (const r of reports) {
    const code = r.identity?.regionCode;
    if (!code) continue;
    const before = seen.get(code);
    if (before)
      conflicts.push(
        `${r.identity?.regionName} 有两份填报表：${before} 和 ${r.source}，请只保留一份 / two workbooks for ${r.identity?.regionName}: ${before} and ${r.source}; keep one`,
      );
    else seen.set(code, r.source);
  }
  const expected = options.expected ?? reportingPrefectures();
  // A workbook of another level (the province's own) would be counted twice if summed with the prefectures'.
  for (const r of reports) {
    const code = r.identity?.regionCode;
    if (code && !expected.some((e) => e.code === code))
      conflicts.push(
        `${r.source} 是${r.identity?.regionName ?? code}的填报表，不是要合并的市州填报表，请把它移出 / ${r.source} is ${r.identity?.regionName ?? code}'s workbook, not one of the prefectures' being merged; leave it out`,
      );
  }
  if (grids.length === 0) conflicts.push('没有可合并的填报表 / no workbooks to merge');
  if (conflicts.length > 0 || reports.some((r) => !r.ready)) return { ok: false, reports, conflicts };

  const order = new Map(expected.map((r, i) => [r.code, i]));
  const sorted = [...reports].sort(
    (a, b) =>
      (order.get(a.identity?.regionCode ?? '') ?? 99) - (order.get(b.identity?.regionCode ?? '') ?? 99),
  );
  const regionOf = (r: ValidationReport): ReportRegion => ({
    code: r.identity?.regionCode ?? '',
    name: r.identity?.regionName ?? r.source,
  });
  const regions = sorted.map(regionOf);
  const period = parsePeriod(periods[0] ?? '');

  const measureIndex = new Map<string, MeasureSummary>();
  for (const report of sorted) {
    for (const m of report.measures) {
      let entry = measureIndex.get(m.id);
      if (!entry) {
        entry = {
          id: m.id,
          number: m.number,
          title: m.title,
          lead: m.lead,
          byRegion: [],
          behind: [],
          done: 0,
        };
        measureIndex.set(m.id, entry);
      }
      entry.byRegion.push({
        region: regionOf(report),
        status: m.status,
        completion: m.completion,
        problems: m.problems,
      });
      if (m.status === '滞后') entry.behind.push(regionOf(report));
      if (m.status === '已完成') entry.done++;
    }
  }
  const measures = [...measureIndex.values()].sort((a, b) => (a.number ?? 0) - (b.number ?? 0));

  const byId = new Map(indicators.map((i) => [i.id, i]));
  const indicatorIds = [...new Set(sorted.flatMap((r) => r.indicators.map((i) => i.id)))].filter((id) =>
    byId.has(id),
  );
  const summaries: IndicatorSummary[] = indicatorIds.map((id) => {
    const indicator = byId.get(id) as ReportIndicator;
    const rows = sorted.map((r) => ({ region: regionOf(r), row: r.indicators.find((i) => i.id === id) }));
    const present = rows.filter((x) => x.row);
    const keys = indicator.inputs.map((i) => i.key);
    const thisPeriod = sumInputs(
      present.map((x) => x.row?.thisPeriod ?? {}),
      keys,
    );
    const lastYear = sumInputs(
      present.map((x) => x.row?.lastYear ?? {}),
      keys,
    );
    return {
      id,
      name: indicator.name,
      unit: indicator.unit,
      indicator,
      thisPeriod,
      lastYear,
      result: computeIndicatorRow(indicator, thisPeriod, lastYear),
      byRegion: present.map((x) => ({
        region: x.region,
        value: computeIndicatorRow(indicator, x.row?.thisPeriod ?? {}, x.row?.lastYear ?? {}).value,
      })),
    };
  });

  const behind = measures.flatMap((m) =>
    m.byRegion
      .filter((b) => b.status === '滞后')
      .map((b) => ({
        region: b.region,
        measureId: m.id,
        title: m.title,
        completion: b.completion,
        problems: b.problems,
      })),
  );
  const explanations = sorted.flatMap((r) => r.explanations.map((e) => ({ region: regionOf(r), ...e })));
  const reported = new Set(regions.map((r) => r.code));
  return {
    ok: true,
    reports,
    summary: {
      period: period.code,
      periodLabel: period.label,
      regions,
      missing: expected.filter((r) => !reported.has(r.code)),
      measures,
      indicators: summaries,
      behind,
      explanations,
    },
  };
}
