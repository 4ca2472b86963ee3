/**
 * What the task pane needs from core, in one place: the reporting regions, the template for a
 * region and period, the validation, and the searchable names. The pane never re-implements a rule.
 */

import type { Agency } from '@taizhang/core/data';
import { agencies, findAgencies, findMeasure, seedDocument } from '@taizhang/core/data';
import type { Measure } from '@taizhang/core/document';
import {
  catalogueIndicators,
  parsePeriod,
  provinceRegion,
  type ReportIndicator,
  type ReportRegion,
  renderTemplate,
  reportingPrefectures,
  type ValidationReport,
  validateWorkbook,
  type WorkbookGrid,
  type WorkbookPlan,
} from '@taizhang/core/report';

let indicatorCache: ReportIndicator[] | undefined;
function reportIndicators(): ReportIndicator[] {
  indicatorCache ??= catalogueIndicators();
  return indicatorCache;
}

export function reportingRegions(): ReportRegion[] {
  return [provinceRegion(), ...reportingPrefectures()];
}

/** Throws core's bilingual message when the period is not one it reads. */
export function templateFor(regionCode: string, period: string): WorkbookPlan {
  const region = reportingRegions().find((r) => r.code === regionCode);
  if (!region) throw new RangeError(`未知地区代码 ${regionCode} / unknown region code ${regionCode}`);
  return renderTemplate({
    document: seedDocument,
    region,
    period: parsePeriod(period),
  });
}

export function validate(grid: WorkbookGrid): ValidationReport {
  // As `taizhang validate` does: the workbook must also have been made from the document (S_DOCUMENT).
  return validateWorkbook(grid, { indicators: reportIndicators(), document: seedDocument });
}

export type LookupHit =
  | { kind: 'measure'; measure: Measure; reference: string }
  | { kind: 'agency'; agency: Agency; matchedName: string; reference: string }
  | { kind: 'indicator'; indicator: ReportIndicator; reference: string };

const normalise = (s: string) => s.replace(/\s+/g, '').toLowerCase();

function agencyNames(agency: Agency): string[] {
  return [
    agency.short,
    agency.full,
    ...agency.aliases,
    ...agency.successors.flatMap((s) => (s.short ? [s.name, s.short] : [s.name])),
  ];
}

/** The name an agency goes by today: its latest reorganised or merged-into successor, else its own. */
export function currentAgencyName(agency: Agency): string {
  const later = [...agency.successors].reverse().find((s) => s.relation !== 'functions-transferred');
  return later ? (later.short ?? later.name) : agency.short;
}

/**
 * Exact names first (core's registries, so 省自然资源厅 finds 省国土资源厅), then names containing
 * the query. A measure is found by id (`M05`), number or a phrase of its title.
 */
export function lookUp(query: string, limit = 8): LookupHit[] {
  const q = normalise(query);
  if (!q) return [];
  const hits: LookupHit[] = [];

  const byRef = /^m?\d{1,2}$/i.test(q) ? findMeasure(Number(q.replace(/^m/i, ''))) : undefined;
  const measures = seedDocument.measures.filter((m) => m === byRef || normalise(m.title).includes(q));
  for (const measure of measures.slice(0, limit))
    hits.push({ kind: 'measure', measure, reference: `${measure.id} ${measure.title}` });

  const seen = new Set<string>();
  for (const match of findAgencies(query.trim())) {
    seen.add(match.agency.id);
    const matchedName = match.successor?.name ?? match.agency.short;
    hits.push({ kind: 'agency', agency: match.agency, matchedName, reference: match.agency.short });
  }
  for (const agency of agencies()) {
    if (seen.has(agency.id)) continue;
    const name = agencyNames(agency).find((n) => normalise(n).includes(q));
    if (name) hits.push({ kind: 'agency', agency, matchedName: name, reference: agency.short });
  }

  for (const indicator of reportIndicators()) {
    if (normalise(indicator.name).includes(q) || normalise(indicator.id) === q) {
      hits.push({ kind: 'indicator', indicator, reference: indicator.name });
    }
  }
  return hits.slice(0, limit * 3);
}
