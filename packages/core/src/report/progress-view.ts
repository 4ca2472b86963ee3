/**
 * The provincial progress report as plain data: headline indicators against their targets (province and
 * each prefecture, on the straight path from the baseline), the measures × prefectures status matrix,
 * the measures behind with who to call, and this period against the same period last year.
 *
 * Every number comes from the provincial summary (`PeriodSummary`, what merging the prefectures'
 * workbooks gives); this module only selects, filters and assesses. The CLI's HTML report and the
 * Excel add-in's Progress view draw the same view.
 */
import type { PolicyDocument } from '../document/schema.js';
import { effectiveDeadline, type Target } from '../document/targets.js';
import { assessProgress, type Period, type Progress, type ProgressTarget } from '../formula/progress.js';
import type { MeasureStatus } from './layout.js';
import { type ReportPeriod, samePeriodLastYear } from './period.js';
import type { MatrixStatus } from './progress-view-status.js';
import type { ReportRegion } from './render-template.js';

/** One region's figures for one indicator in one period (after merging: the province's are recomputed from summed inputs). */
export interface IndicatorFigures {
  value: number | null;
  lastValue: number | null;
  /** Year-on-year change in percent. */
  change: number | null;
}

/** One prefecture's report on one measure. */
export interface MeasureEntry {
  status: MeasureStatus | null;
  completion: number | null;
  progress: string;
  problems: string;
  nextSteps: string;
}

/** What the provincial summary of one period says: the input of the progress view. */
export interface PeriodSummary {
  period: ReportPeriod;
  /** The prefectures whose workbooks were merged. */
  reported: ReportRegion[];
  /** Workbook file names merged, for the report's footnote. */
  sources: string[];
  measures: Array<{
    id: string;
    number: number;
    title: string;
    /** Entries by prefecture code; a prefecture whose template lacked the measure has none. */
    byRegion: Record<string, MeasureEntry>;
  }>;
  indicators: Array<{
    id: string;
    name: string;
    unit: string;
    kind: 'ratio' | 'count';
    decimals: number;
    /** Numbers of the measures the indicator tracks. */
    measures: number[];
    province: IndicatorFigures;
    byRegion: Record<string, IndicatorFigures>;
  }>;
  /** Explanations of verification warnings (核实说明), carried up from the prefectures. */
  explanations: CarriedExplanation[];
}

export interface CarriedExplanation {
  region: ReportRegion;
  sheet: string;
  cell: string;
  code: string;
  text: string;
}

/** A target an indicator is measured against (from the document's targets). */
export interface IndicatorGoal extends ProgressTarget {
  indicatorId: string;
  /** The target as the document writes it, e.g. `力争到2020年全省常住人口城镇化率达到60%左右`. */
  text: string;
}

export interface StandingPoint {
  region: ReportRegion;
  value: number | null;
  progress: Progress | null;
}

export interface HeadlineIndicator {
  id: string;
  name: string;
  unit: string;
  decimals: number;
  goal: IndicatorGoal;
  /** The value to reach (100 for a task to complete); null for a direction. */
  targetValue: number | null;
  /** Baseline: the province's value in the same period of the year before the first period reported. */
  baseline: { label: string; at: number; value: number } | null;
  /** The straight path from the baseline to the target: two points (fractional years). */
  path: Array<{ at: number; value: number }>;
  /** The province's value at the end of each period reported, oldest first. */
  trajectory: Array<{ label: string; at: number; value: number | null }>;
  /** What the straight path expects at the end of the current period. */
  expectedNow: number | null;
  province: StandingPoint;
  /** Each prefecture's standing (ratios only: a province-wide count has no per-prefecture share). */
  prefectures: StandingPoint[];
}

export interface MatrixCell {
  region: ReportRegion;
  status: MatrixStatus;
  completion: number | null;
  /** In-page anchor of the reported text, or null when there is none. */
  anchor: string | null;
}

export interface MatrixRow {
  id: string;
  number: number;
  title: string;
  lead: string[];
  supporting: string[];
  cells: MatrixCell[];
}

export interface BehindMeasure {
  id: string;
  number: number;
  title: string;
  /** Lead agencies as the clause names them. */
  lead: string[];
  supporting: string[];
  /** Agencies each answering for its own part (按照职能分工负责), when the clause names no lead. */
  joint: string[];
  /** The clause's local-government phrases, e.g. `各市州人民政府`. */
  local: string[];
  /** The prefectures that report it behind (滞后), with their completion and stated problems. */
  regions: Array<{ region: ReportRegion; completion: number | null; problems: string; anchor: string }>;
}

export interface ProgressText {
  anchor: string;
  measureId: string;
  measureNumber: number;
  title: string;
  region: ReportRegion;
  status: MeasureStatus | null;
  completion: number | null;
  progress: string;
  problems: string;
  nextSteps: string;
}

export interface YearOnYearRow {
  id: string;
  name: string;
  unit: string;
  decimals: number;
  province: IndicatorFigures;
  prefectures: Array<{ region: ReportRegion; figures: IndicatorFigures | null }>;
}

export interface ProgressView {
  title: string;
  /** What the view covers: the province, one agency's measures, or one prefecture. */
  scope: { kind: 'province' | 'agency' | 'region'; label: string };
  period: ReportPeriod;
  lastYear: ReportPeriod;
  /** The prefectures shown (all eight, or the one of `--region`). */
  regions: ReportRegion[];
  /** Shown prefectures with no workbook for the period. */
  missing: ReportRegion[];
  sources: string[];
  headline: HeadlineIndicator[];
  matrix: MatrixRow[];
  /** Counts of each matrix status over the matrix. */
  counts: Record<MatrixStatus, number>;
  behind: BehindMeasure[];
  texts: ProgressText[];
  yearOnYear: YearOnYearRow[];
  /** The prefectures' explanations of unusual figures, for the regions shown. */
  explanations: CarriedExplanation[];
}

export interface ProgressViewOptions {
  document: PolicyDocument;
  /** All the prefectures (columns of the matrix), usually `reportingPrefectures()`. */
  prefectures: readonly ReportRegion[];
  province: ReportRegion;
  goals: readonly IndicatorGoal[];
  /** Only these measures (an agency's: `measuresOfAgency`), with the label shown as the scope. */
  measures?: { numbers: ReadonlySet<number>; label: string };
  /** Only this prefecture. */
  region?: ReportRegion;
}

/**
 * The goals the headline section shows: for each indicator, the first province-wide target the document
 * links to it that progress can be measured against — a number or a task to complete with a deadline
 * (or a `withinYears` counted from `fromYear`), a yearly quota, or a direction (提高 / 降低).
 */
export function goalsFromTargets(targets: readonly Target[], fromYear: number): IndicatorGoal[] {
  const goals = new Map<string, IndicatorGoal>();
  for (const t of targets) {
    if (!t.indicatorId || goals.has(t.indicatorId) || t.scope.level !== 'province') continue;
    const deadline = effectiveDeadline(t, fromYear);
    const yearly = t.recurrence === 'yearly';
    const measurable = (t.value !== null || t.comparator === 'complete') && (deadline !== null || yearly);
    if (!measurable && t.direction === null) continue;
    goals.set(t.indicatorId, {
      indicatorId: t.indicatorId,
      text: t.text,
      value: t.value,
      comparator: t.comparator,
      direction: t.direction,
      deadline,
      recurrence: yearly ? 'yearly' : null,
      unit: t.unit,
    });
  }
  return [...goals.values()];
}

/** A report period's end as assessProgress counts it. */
export function progressPeriod(period: ReportPeriod): Period {
  if (period.kind === 'year') return { year: period.year };
  return { year: period.year, month: period.kind === 'half' ? period.part * 6 : period.part * 3 };
}

/** A period's end as a fractional year (2017 → 2018.0, 2017H1 → 2017.5): the x of the path charts. */
export function periodAt(period: ReportPeriod): number {
  const p = progressPeriod(period);
  return p.year + (p.month ?? 12) / 12;
}

/** The in-page anchor of a prefecture's text on a measure. */
export function progressAnchor(measureId: string, regionCode: string): string {
  return `p-${measureId}-${regionCode}`;
}

function byPeriod(a: PeriodSummary, b: PeriodSummary): number {
  return periodAt(a.period) - periodAt(b.period);
}

function headlineOf(
  goal: IndicatorGoal,
  summaries: readonly PeriodSummary[],
  regions: readonly ReportRegion[],
  province: ReportRegion,
): HeadlineIndicator | null {
  const current = summaries[summaries.length - 1];
  const first = summaries[0];
  if (!current || !first) return null;
  const row = current.indicators.find((i) => i.id === goal.indicatorId);
  if (!row) return null;
  const firstRow = first.indicators.find((i) => i.id === goal.indicatorId);
  const basePeriod = samePeriodLastYear(first.period);
  const baseValue = firstRow?.province.lastValue ?? null;
  const baseline =
    baseValue === null ? null : { label: basePeriod.label, at: periodAt(basePeriod), value: baseValue };
  const baseObs = (value: number | null) =>
    value === null ? null : { value, period: progressPeriod(basePeriod) };
  const now = progressPeriod(current.period);
  const indicatorDirection = goal.comparator === 'at-most' ? 'lower-is-better' : 'higher-is-better';
  const assess = (value: number | null, base: number | null): Progress =>
    assessProgress({
      target: goal,
      indicatorDirection,
      baseline: baseObs(base),
      current: value === null ? null : { value, period: now },
    });
  const targetValue = goal.value ?? (goal.comparator === 'complete' ? 100 : null);
  const path: HeadlineIndicator['path'] = [];
  if (baseline && targetValue !== null && goal.deadline !== null && goal.recurrence !== 'yearly')
    path.push({ at: baseline.at, value: baseline.value }, { at: goal.deadline + 1, value: targetValue });
  const provinceProgress = assess(row.province.value, baseValue);
  const firstByRegion = firstRow?.byRegion ?? {};
  return {
    id: row.id,
    name: row.name,
    unit: row.unit,
    decimals: row.decimals,
    goal,
    targetValue,
    baseline,
    path,
    trajectory: summaries.map((s) => ({
      label: s.period.label,
      at: periodAt(s.period),
      value: s.indicators.find((i) => i.id === goal.indicatorId)?.province.value ?? null,
    })),
    expectedNow: provinceProgress.expected,
    province: {
      region: province,
      value: row.province.value,
      progress: row.province.value === null && baseValue === null ? null : provinceProgress,
    },
    prefectures:
      row.kind === 'ratio'
        ? regions.map((region) => {
            const figures = row.byRegion[region.code];
            const value = figures?.value ?? null;
            return {
              region,
              value,
              progress: figures ? assess(value, firstByRegion[region.code]?.lastValue ?? null) : null,
            };
          })
        : [],
  };
}

function emptyCounts(): Record<MatrixStatus, number> {
  return { 已完成: 0, 推进中: 0, 未启动: 0, 滞后: 0, 未报送: 0, 不适用: 0 };
}

/**
 * Builds the progress view from the summaries of one or more periods (the latest is the report's period;
 * earlier ones draw the trajectory on the headline charts).
 */
export function buildProgressView(
  summaries: readonly PeriodSummary[],
  options: ProgressViewOptions,
): ProgressView {
  if (summaries.length === 0) throw new RangeError('没有可用的汇总数据 / no summary to report on');
  const sorted = [...summaries].sort(byPeriod);
  const current = sorted[sorted.length - 1] as PeriodSummary;
  const regions = options.region ? [options.region] : [...options.prefectures];
  const reportedCodes = new Set(current.reported.map((r) => r.code));
  const missing = regions.filter((r) => !reportedCodes.has(r.code));
  const measureFilter = options.measures?.numbers;
  const documentMeasures = new Map(options.document.measures.map((m) => [m.id, m]));

  const counts = emptyCounts();
  const matrix: MatrixRow[] = [];
  const texts: ProgressText[] = [];
  const behind: BehindMeasure[] = [];
  for (const measure of current.measures) {
    if (measureFilter && !measureFilter.has(measure.number)) continue;
    const doc = documentMeasures.get(measure.id);
    const answering = new Set(doc?.responsibility?.regions ?? []);
    const cells: MatrixCell[] = [];
    const late: BehindMeasure['regions'] = [];
    for (const region of regions) {
      const entry = measure.byRegion[region.code];
      let status: MatrixStatus;
      if (entry) status = entry.status ?? '未报送';
      else status = reportedCodes.has(region.code) || !answering.has(region.code) ? '不适用' : '未报送';
      counts[status]++;
      const anchor = entry ? progressAnchor(measure.id, region.code) : null;
      cells.push({ region, status, completion: entry?.completion ?? null, anchor });
      if (entry && anchor) {
        texts.push({
          anchor,
          measureId: measure.id,
          measureNumber: measure.number,
          title: measure.title,
          region,
          ...entry,
        });
        if (entry.status === '滞后')
          late.push({ region, completion: entry.completion, problems: entry.problems, anchor });
      }
    }
    const r = doc?.responsibility;
    const row = {
      id: measure.id,
      number: measure.number,
      title: measure.title,
      lead: r?.lead ?? [],
      supporting: r?.supporting ?? [],
    };
    matrix.push({ ...row, cells });
    if (late.length > 0) behind.push({ ...row, joint: r?.joint ?? [], local: r?.local ?? [], regions: late });
  }
  behind.sort((a, b) => b.regions.length - a.regions.length || a.number - b.number);

  // An agency's view keeps the indicators that track its measures.
  const indicatorsShown = current.indicators.filter(
    (i) => !measureFilter || i.measures.some((n) => measureFilter.has(n)),
  );
  const shown = (id: string) => indicatorsShown.some((i) => i.id === id);
  const headline = options.goals
    .filter((g) => shown(g.indicatorId))
    .map((g) => headlineOf(g, sorted, regions, options.province))
    .filter((h): h is HeadlineIndicator => h !== null);

  const yearOnYear: YearOnYearRow[] = indicatorsShown.map((i) => ({
    id: i.id,
    name: i.name,
    unit: i.unit,
    decimals: i.decimals,
    province: i.province,
    prefectures: regions.map((region) => ({ region, figures: i.byRegion[region.code] ?? null })),
  }));

  const scopeLabel = options.region
    ? options.region.name
    : (options.measures?.label ?? options.province.name);
  return {
    title: `《${options.document.title || '政策文件'}》${options.document.metadata.documentNumber ? `（${options.document.metadata.documentNumber}）` : ''}落实情况`,
    scope: { kind: options.region ? 'region' : options.measures ? 'agency' : 'province', label: scopeLabel },
    period: current.period,
    lastYear: samePeriodLastYear(current.period),
    regions,
    missing,
    sources: current.sources,
    headline,
    matrix,
    counts,
    behind,
    texts,
    yearOnYear,
    explanations: current.explanations.filter((e) => regions.some((r) => r.code === e.region.code)),
  };
}
