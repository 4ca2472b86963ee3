import { seedDocument } from '../../src/data/index.js';
import {
  applyEdits,
  catalogueIndicators,
  parsePeriod,
  planToGrid,
  renderTemplate,
  resolveReportRegion,
  sampleFill,
  templateTargets,
  type WorkbookGrid,
  type WorkbookPlan,
} from '../../src/report/index.js';

export const indicators = catalogueIndicators();

/** The template with the document's targets for the region and period, as the CLI renders it. */
export function template(region = '西宁市', period = '2017'): WorkbookPlan {
  const r = resolveReportRegion(region);
  const targets = templateTargets(seedDocument, r.code, parsePeriod(period));
  return renderTemplate({
    document: seedDocument,
    region: r,
    period,
    indicators: catalogueIndicators(targets),
  });
}

/** A clean, filled sample workbook as a plain grid. */
export function filledGrid(region = '西宁市', period = '2017'): WorkbookGrid {
  const plan = template(region, period);
  return applyEdits(planToGrid(plan, `${region}-${period}.xlsx`), sampleFill(plan, indicators));
}

/** Excel row number (1-based) of the row whose key column holds `key`. */
export function rowOf(grid: WorkbookGrid, sheet: '措施' | '指标', key: string): number {
  const s = grid.sheets.find((x) => x.name === sheet);
  const column = sheet === '措施' ? 1 : 0;
  const index = s?.values.findIndex((row) => row[column] === key) ?? -1;
  if (index < 0) throw new Error(`no row ${key} on ${sheet}`);
  return index + 1;
}

/** Problems as compact `sheet!cell code` strings, sorted. */
export function codes(problems: ReadonlyArray<{ sheet: string; cell: string; code: string }>): string[] {
  return problems.map((p) => `${p.sheet}!${p.cell} ${p.code}`).sort();
}
