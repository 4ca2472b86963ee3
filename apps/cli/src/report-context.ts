/** What the report commands share: resolving the region and period a user typed, and the template plan. */

import type { PolicyDocument } from '@taizhang/core/document';
import {
  catalogueIndicators,
  parsePeriod,
  type ReportIndicator,
  type ReportPeriod,
  type ReportRegion,
  renderTemplate,
  resolveReportRegion,
  templateIndicators,
  type WorkbookPlan,
} from '@taizhang/core/report';
import { UserError } from './command.js';

export function regionArg(value: string | undefined, usage: string): ReportRegion {
  if (!value)
    throw new UserError(
      `缺少 --region（市州名称或代码，如 西宁市、630100） / --region is required (a prefecture's name or code)\n用法 / usage: ${usage}`,
    );
  try {
    return resolveReportRegion(value);
  } catch (error) {
    throw new UserError((error as Error).message);
  }
}

export function periodArg(value: string | undefined, usage: string): ReportPeriod {
  if (!value)
    throw new UserError(
      `缺少 --period（如 2017、2017H1、2017Q3） / --period is required (2017, 2017H1, 2017Q3)\n用法 / usage: ${usage}`,
    );
  try {
    return parsePeriod(value);
  } catch (error) {
    throw new UserError((error as Error).message);
  }
}

let cached: ReportIndicator[] | undefined;
/** Core's indicator catalogue as template rows. */
export function reportIndicators(): ReportIndicator[] {
  cached ??= catalogueIndicators();
  return cached;
}

/** The catalogue with the document's targets for a region and period (the province's for the summary). */
export function indicatorsWithTargets(
  document: PolicyDocument,
  region: ReportRegion,
  period: ReportPeriod,
): ReportIndicator[] {
  return templateIndicators(document, region.code, period);
}

export function templatePlan(
  document: PolicyDocument,
  region: ReportRegion,
  period: ReportPeriod,
): WorkbookPlan {
  try {
    return renderTemplate({
      document,
      region,
      period,
      indicators: indicatorsWithTargets(document, region, period),
    });
  } catch (error) {
    throw new UserError((error as Error).message);
  }
}

/** Default file name of a template: `西宁市-2017-台账填报.xlsx`. */
export function templateFileName(region: ReportRegion, period: ReportPeriod): string {
  return `${region.name}-${period.code}-台账填报.xlsx`;
}
