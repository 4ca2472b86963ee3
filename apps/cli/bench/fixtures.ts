/** Workbooks for the benchmarks, built once per run through the same path as `taizhang fill`. */
import { seedDocument } from '@taizhang/core/data';
import {
  applyEditsToPlan,
  parsePeriod,
  type ReportIndicator,
  renderTemplate,
  reportingPrefectures,
  resolveReportRegion,
  sampleFill,
} from '@taizhang/core/report';
import { indicatorsWithTargets, templatePlan } from '../src/report-context.js';
import { planToXlsx } from '../src/xlsx/write-plan.js';

/** A filled 西宁市 workbook whose 指标 sheet has `rows` indicator rows (the catalogue repeated under new ids). */
export async function bigWorkbook(rows: number): Promise<{ bytes: Buffer; indicators: ReportIndicator[] }> {
  const region = resolveReportRegion('西宁市');
  const period = parsePeriod('2017');
  const base = indicatorsWithTargets(seedDocument, region, period);
  const indicators = Array.from({ length: rows }, (_, i) => {
    const source = base[i % base.length] as ReportIndicator;
    return {
      ...source,
      id: `${source.id}-${String(i).padStart(5, '0')}`,
      name: `${source.name}（${i + 1}）`,
    };
  });
  const plan = renderTemplate({ document: seedDocument, region, period, indicators });
  return { bytes: await planToXlsx(applyEditsToPlan(plan, sampleFill(plan, indicators))), indicators };
}

/** The 8 prefectures' filled workbooks for one period. */
export async function prefectureWorkbooks(period = '2017'): Promise<Buffer[]> {
  const p = parsePeriod(period);
  return Promise.all(
    reportingPrefectures().map(async (region) => {
      const plan = templatePlan(seedDocument, region, p);
      return planToXlsx(
        applyEditsToPlan(plan, sampleFill(plan, indicatorsWithTargets(seedDocument, region, p))),
      );
    }),
  );
}
