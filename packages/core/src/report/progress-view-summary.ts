/**
 * The provincial summary of one period from validated prefecture workbooks: each measure's entries by
 * prefecture, and each indicator's figures by prefecture and for the province — inputs summed over the
 * prefectures that report the indicator, the ratio then recomputed from the sums with the same rounded
 * formula the template uses (never an average of ratios).
 */
import { indicators as catalogue } from '../formula/indicators.js';
import { aggregateInputs } from '../formula/indicator-evaluate.js';
import type { ReportIndicator } from './indicator.js';
import { computeIndicatorRow } from './indicator-row.js';
import { parsePeriod } from './period.js';
import type { IndicatorFigures, PeriodSummary } from './progress-view.js';
import type { ValidationReport } from './validate.js';

/** Groups validated reports by their period code (from the template identity), oldest first. */
export function reportsByPeriod(reports: readonly ValidationReport[]): Map<string, ValidationReport[]> {
  const groups = new Map<string, ValidationReport[]>();
  for (const r of reports) {
    const code = r.identity?.period ?? '';
    const list = groups.get(code) ?? [];
    list.push(r);
    groups.set(code, list);
  }
  return groups;
}

function figures(row: ReturnType<typeof computeIndicatorRow>): IndicatorFigures {
  return { value: row.value, lastValue: row.lastValue, change: row.change };
}

/**
 * Summarises one period's validated reports (one per prefecture). Throws when they are of different periods
 * or when two are from the same prefecture: a summary adds each prefecture once.
 */
export function summarizePeriod(reports: readonly ValidationReport[], indicators: readonly ReportIndicator[]): PeriodSummary {
  const first = reports[0]?.identity;
  if (!first) throw new RangeError('没有可汇总的填报表 / no workbook to summarise');
  const seen = new Map<string, string>();
  for (const r of reports) {
    if (r.identity?.period !== first.period) throw new RangeError(`${r.source} 的报告期是 ${r.identity?.period}，其他表是 ${first.period}；一次汇总只能包含同一报告期 / one summary covers one period`);
    const code = r.identity.regionCode;
    const other = seen.get(code);
    if (other !== undefined) throw new RangeError(`${r.source} 与 ${other} 都是${r.identity.regionName}的${first.period}填报表，请只保留一份 / two workbooks of the same prefecture and period; keep one`);
    seen.set(code, r.source);
  }
  const reported = reports.map((r) => ({ code: r.identity?.regionCode ?? '', name: r.identity?.regionName ?? '' }));

  const measures = new Map<string, PeriodSummary['measures'][number]>();
  reports.forEach((r, i) => {
    const region = reported[i]?.code ?? '';
    for (const m of r.measures) {
      const row = measures.get(m.id) ?? { id: m.id, number: m.number ?? Number(m.id.slice(1)), title: m.title, byRegion: {} };
      row.byRegion[region] = { status: m.status, completion: m.completion, progress: m.progress, problems: m.problems, nextSteps: m.nextSteps };
      measures.set(m.id, row);
    }
  });

  const kinds = new Map(catalogue.map((i) => [i.id, i]));
  const summaryIndicators: PeriodSummary['indicators'] = [];
  for (const indicator of indicators) {
    const rows = reports.flatMap((r, i) => {
      const row = r.indicators.find((x) => x.id === indicator.id);
      return row ? [{ region: reported[i]?.code ?? '', row }] : [];
    });
    if (rows.length === 0) continue;
    const formula = kinds.get(indicator.id);
    const sum = (pick: 'thisPeriod' | 'lastYear') => {
      const perRegion = rows.map(({ row }) => Object.fromEntries(Object.entries(row[pick]).filter((e): e is [string, number] => e[1] !== null)));
      if (formula) return aggregateInputs(formula, perRegion).inputs;
      const totals: Record<string, number | null> = {};
      for (const input of indicator.inputs) totals[input.key] = perRegion.every((v) => typeof v[input.key] === 'number') ? perRegion.reduce((s, v) => s + (v[input.key] ?? 0), 0) : null;
      return totals;
    };
    const byRegion: Record<string, IndicatorFigures> = {};
    for (const { region, row } of rows) byRegion[region] = figures(computeIndicatorRow(indicator, row.thisPeriod, row.lastYear));
    summaryIndicators.push({
      id: indicator.id,
      name: indicator.name,
      unit: indicator.unit,
      kind: formula?.kind ?? (indicator.unit === '%' ? 'ratio' : 'count'),
      decimals: indicator.decimals,
      province: figures(computeIndicatorRow(indicator, sum('thisPeriod'), sum('lastYear'))),
      byRegion,
    });
  }
  return {
    period: parsePeriod(first.period),
    reported,
    sources: reports.map((r) => r.source),
    measures: [...measures.values()].sort((a, b) => a.number - b.number),
    indicators: summaryIndicators,
  };
}
