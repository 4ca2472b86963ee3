import type { Agency } from '../data/agencies.js';
import type { Region } from '../data/regions.js';
import type { AgencyNames, RegionNames } from './referent.js';

/**
 * Every name an agency goes by: short, full, aliases, and the names of the bodies it later became
 * (a 2020 page names 省自然资源厅 where the document says 省国土资源厅). A successor name two 2016
 * bodies share (省文化和旅游厅) is listed for both; the matcher then refers it to both.
 */
export function agencyNames(agencies: readonly Agency[]): AgencyNames[] {
  return agencies.map((a) => ({
    id: a.id,
    names: unique([
      a.short,
      a.full,
      ...a.aliases,
      ...a.successors.flatMap((s) => (s.short ? [s.name, s.short] : [s.name])),
    ]),
  }));
}

/** Every name a region goes by, including names after a later change (撤县设区: 湟中县 → 湟中区). */
export function regionNames(regions: readonly Region[]): RegionNames[] {
  return regions.map((r) => ({
    code: r.gbCode ?? r.id,
    names: unique([r.name, r.short, ...r.aliases, ...r.changes.flatMap((c) => (c.name ? [c.name] : []))]),
  }));
}

function unique(names: string[]): string[] {
  return [...new Set(names.filter((n) => n.length > 0))];
}
