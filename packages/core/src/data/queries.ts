import type { Measure, PolicyDocument, Section } from '../document/schema.js';
import type { Agency } from './agencies.js';
import { agencyById, findAgencies, findAgency } from './agencies-lookup.js';
import { findRegion, prefectureOf } from './regions-lookup.js';
import { seedDocument } from './seed-document.generated.js';

/** The part an agency plays in a measure: 牵头 lead, 配合 supporting, 按照职能分工负责 joint. */
export type AgencyRole = 'lead' | 'supporting' | 'joint';
export const AGENCY_ROLES: readonly AgencyRole[] = ['lead', 'supporting', 'joint'];

/** A measure by its number (`5`), its id (`M05`) or its numeral (`五`); the seed's unless another document is given. */
export function findMeasure(ref: number | string, doc: PolicyDocument = seedDocument): Measure | undefined {
  if (typeof ref === 'number') return doc.measures.find((m) => m.number === ref);
  const key = ref.trim().replace(/^[(（]|[)）]$/g, '');
  if (/^\d+$/.test(key)) return findMeasure(Number(key), doc);
  return doc.measures.find((m) => m.id.toUpperCase() === key.toUpperCase() || m.numeral === key);
}

export function findSection(number: number, doc: PolicyDocument = seedDocument): Section | undefined {
  return doc.sections.find((s) => s.number === number);
}

export function measuresOfSection(number: number, doc: PolicyDocument = seedDocument): Measure[] {
  const section = findSection(number, doc);
  return section ? doc.measures.filter((m) => section.measures.includes(m.number)) : [];
}

/** The agency a name in a clause refers to, by any name it is known by; undefined for a body the registry lacks. */
export function agencyOfName(name: string): Agency | undefined {
  return findAgency(name);
}

/** The roles an agency plays in a measure (usually one; empty when it is not named). */
export function rolesOf(agency: Agency, measure: Measure): AgencyRole[] {
  const r = measure.responsibility;
  if (!r) return [];
  return AGENCY_ROLES.filter((role) => r[role].some((name) => agencyOfName(name)?.id === agency.id));
}

export interface AgencyMeasure {
  measure: Measure;
  roles: AgencyRole[];
}

/**
 * The measures an agency is named in, with its roles; `role` keeps only those where it plays that role.
 * The agency may be given by id or by any name (short, full, alias, successor: 省自然资源厅 finds 省国土资源厅's).
 * A later body that two 2016 bodies merged into (省文化和旅游厅) finds the measures of both.
 */
export function measuresOfAgency(
  agencyRef: string,
  role?: AgencyRole,
  doc: PolicyDocument = seedDocument,
): AgencyMeasure[] {
  const byId = agencyById(agencyRef);
  // Only the best-ranked matches: a body's own name beats a body that took over part of its work.
  const candidates = byId ? [byId] : bestMatches(agencyRef);
  if (candidates.length === 0) return [];
  return doc.measures
    .map((measure) => ({
      measure,
      roles: AGENCY_ROLES.filter((r) => candidates.some((agency) => rolesOf(agency, measure).includes(r))),
    }))
    .filter((x) => x.roles.length > 0 && (!role || x.roles.includes(role)));
}

function bestMatches(name: string): Agency[] {
  const one = findAgency(name);
  if (one) return [one];
  const all = findAgencies(name);
  const first = all[0];
  return first ? all.filter((m) => m.via === first.via).map((m) => m.agency) : [];
}

/**
 * The measures a region's government answers for, which it reports on. The region may be given by GB/T 2260
 * code (also an old one), by name or short name; a county, 行委 or town reports through its prefecture.
 */
export function measuresOfRegion(region: string, doc: PolicyDocument = seedDocument): Measure[] {
  const found = findRegion(region);
  const code = found ? (prefectureOf(found)?.gbCode ?? found.gbCode) : region;
  if (!code) return [];
  return doc.measures.filter((m) => m.responsibility?.regions.includes(code));
}
