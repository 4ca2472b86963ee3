/**
 * Which of the document's targets a template compares an indicator against, for a region and a period.
 * A province-wide rate to reach (全覆盖, 完成 → 100%) is the reference for every prefecture too; a
 * province-wide count (每年培训7万人次, 1500个美丽乡村) is the province's alone and is not put to a prefecture.
 */

import { seedDatasetInfo } from '../data/seed-document.generated.js';
import type { PolicyDocument } from '../document/schema.js';
import { effectiveDeadline, type Target } from '../document/targets.js';
import { extractTargets } from '../document/targets-extract.js';
import { findIndicator } from '../formula/indicators.js';
import type { IndicatorTarget } from './catalogue.js';
import { catalogueIndicators } from './catalogue.js';
import type { ReportIndicator } from './indicator.js';
import { PROVINCE_CODE } from './layout.js';
import type { ReportPeriod } from './period.js';

function targetValue(target: Target, unit: string): number | null {
  if (target.comparator === 'complete' && unit === '%') return 100;
  if (target.value !== null && target.unit === unit && target.comparator !== 'complete') return target.value;
  return null;
}

/** Targets by indicator id for a region's template in a period. */
export function templateTargets(
  document: PolicyDocument,
  regionCode: string,
  period: ReportPeriod,
  targets: readonly Target[] = extractTargets(document),
): Map<string, IndicatorTarget> {
  const documentYear = Number(
    (document.metadata.writtenDate ?? document.signature.date ?? `${period.year}`).slice(0, 4),
  );
  const found = new Map<string, IndicatorTarget>();
  // A target with a year written (到2020年完成) goes before one whose year is counted (三年攻坚).
  const ordered = [...targets].sort((a, b) => Number(a.deadline === null) - Number(b.deadline === null));
  for (const t of ordered) {
    if (!t.indicatorId || found.has(t.indicatorId)) continue;
    const indicator = findIndicator(t.indicatorId);
    if (!indicator) continue;
    const applies =
      t.scope.level === 'province'
        ? regionCode === PROVINCE_CODE || indicator.unit === '%'
        : t.scope.regions.includes(regionCode) || regionCode === PROVINCE_CODE;
    if (!applies) continue;
    const value = targetValue(t, indicator.unit);
    if (value === null) continue;
    const year = effectiveDeadline(t, documentYear) ?? (t.recurrence === 'yearly' ? period.year : null);
    found.set(t.indicatorId, {
      value,
      year,
      ...(t.comparator === 'at-most' ? { direction: 'atMost' as const } : {}),
    });
  }
  return found;
}

/**
 * The indicators a template for this region and period carries: core's catalogue with the document's
 * targets. `renderTemplate` uses this when given no indicators, so every host renders the same workbook.
 */
export function templateIndicators(
  document: PolicyDocument,
  regionCode: string,
  period: ReportPeriod,
): ReportIndicator[] {
  const rows = catalogueIndicators(templateTargets(document, regionCode, period));
  if (document.source.sha256 !== null && document.source.sha256 === seedDatasetInfo.sha256) return rows;
  return rows.map((row) => ({ ...row, measures: measuresTracked(document, row.id) }));
}

/**
 * The measures of a document an indicator tracks. The catalogue names the seed's measures by number; in any
 * other document those numbers mean other things, so an indicator tracks the measures whose text uses one of
 * its phrases (棚户区改造, 城镇化率 …).
 */
export function measuresTracked(document: PolicyDocument, indicatorId: string): number[] {
  const keywords = findIndicator(indicatorId)?.keywords ?? [];
  return document.measures.filter((m) => keywords.some((k) => m.text.includes(k))).map((m) => m.number);
}
