import { seedDocument } from '../../src/data/index.js';
import {
  applyEdits,
  catalogueIndicators,
  planToGrid,
  renderTemplate,
  resolveReportRegion,
  sampleFill,
  type WorkbookGrid,
  type WorkbookPlan,
} from '../../src/report/index.js';

export const indicators = catalogueIndicators();

export function template(region = '西宁市', period = '2017'): WorkbookPlan {
  return renderTemplate({ document: seedDocument, region: resolveReportRegion(region), period, indicators });
}

/** A clean, filled sample workbook as a plain grid. */
export function filledGrid(region = '西宁市', period = '2017'): WorkbookGrid {
  const plan = template(region, period);
  return applyEdits(planToGrid(plan, `${region}-${period}.xlsx`), sampleFill(plan, indicators));
}
