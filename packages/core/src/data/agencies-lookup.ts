import type { Agency, Successor, SuccessorRelation } from './agencies.js';
import { agencyNameKey } from './agencies-names.js';
import { AGENCIES } from './agencies-registry.js';

/** Which of an agency's names a query matched. */
export type AgencyNameRole = 'short' | 'full' | 'alias' | SuccessorRelation;

export interface AgencyMatch {
  agency: Agency;
  via: AgencyNameRole;
  /** The successor whose name matched, when `via` is a successor relation. */
  successor?: Successor;
}

/**
 * Rank of a match: a body's own names beat a later body it became, which beats one it merged into, which
 * beats one that took only some of its functions. 中共青海省委宣传部 is therefore 省委宣传部 itself, not
 * 省文化新闻出版厅 (part of whose work went there in 2018).
 */
const RANK: Record<AgencyNameRole, number> = {
  short: 0,
  full: 0,
  alias: 0,
  reorganised: 1,
  'merged-into': 2,
  'functions-transferred': 3,
};

const byKey = new Map<string, AgencyMatch[]>();
const byId = new Map<string, Agency>();

function index(name: string, match: AgencyMatch): void {
  const key = agencyNameKey(name);
  const list = byKey.get(key) ?? [];
  if (!list.some((m) => m.agency === match.agency && RANK[m.via] <= RANK[match.via])) list.push(match);
  byKey.set(key, list);
}

for (const agency of AGENCIES) {
  byId.set(agency.id, agency);
  index(agency.short, { agency, via: 'short' });
  index(agency.full, { agency, via: 'full' });
  for (const alias of agency.aliases) index(alias, { agency, via: 'alias' });
  for (const successor of agency.successors) {
    index(successor.name, { agency, via: successor.relation, successor });
    if (successor.short !== null) index(successor.short, { agency, via: successor.relation, successor });
  }
}
for (const list of byKey.values()) list.sort((a, b) => RANK[a.via] - RANK[b.via]);

/** Every agency of the seed, in the order the document first names them. */
export function agencies(): readonly Agency[] {
  return AGENCIES;
}

export function agencyById(id: string): Agency | undefined {
  return byId.get(id);
}

/**
 * All agencies a name may mean, best first: by short name, full name or alias (with or without 青海/省/中共,
 * full- or half-width), then by the name of a later body they became or merged into.
 * 省文化和旅游厅, for instance, matches both 省旅游发展委 and 省文化新闻出版厅.
 */
export function findAgencies(name: string): AgencyMatch[] {
  const written = name.normalize('NFKC').replace(/\s+/g, '');
  return (byKey.get(agencyNameKey(name)) ?? []).map((m) => {
    if (RANK[m.via] !== 0) return m;
    // Several own names share a key (省委宣传部, 中共青海省委宣传部): report the one written, if exact.
    if (written === m.agency.full) return { agency: m.agency, via: 'full' };
    if (m.agency.aliases.includes(written)) return { agency: m.agency, via: 'alias' };
    return { agency: m.agency, via: written === m.agency.short ? 'short' : m.via };
  });
}

/**
 * The one agency a name means, or undefined when it means none or is ambiguous (two 2016 bodies merged into the
 * body named, as with 省文化和旅游厅 or 国家税务总局青海省税务局: use `findAgencies` to list them).
 */
export function findAgency(name: string): Agency | undefined {
  const matches = findAgencies(name);
  const best = matches[0];
  if (best === undefined) return undefined;
  const tied = matches.filter((m) => RANK[m.via] === RANK[best.via]);
  return tied.length === 1 ? best.agency : undefined;
}
