import { regionGroups } from '../data/regions-groups.js';
import { regions } from '../data/regions-lookup.js';
import type { TargetScope } from './targets.js';

interface PlaceName {
  text: string;
  regions: string[];
  /** A bare county or town name (湟中, 互助, 共和) is also an ordinary word: it counts only in a list or before 等. */
  bare: boolean;
}

let names: PlaceName[] | undefined;

function placeNames(): PlaceName[] {
  if (names) return names;
  const list: PlaceName[] = [];
  for (const region of regions()) {
    if (region.level === 'province') continue;
    for (const text of new Set([region.name, region.short, ...region.aliases])) {
      if (text.length < 2) continue;
      const bare = region.level !== 'prefecture' && !/(市|州|县|区|镇|行委|委员会)$/.test(text);
      list.push({ text, regions: [region.id], bare });
    }
  }
  for (const group of regionGroups()) {
    for (const text of [group.name, ...group.aliases])
      list.push({ text, regions: [...group.members], bare: false });
  }
  names = list.sort((a, b) => b.text.length - a.text.length);
  return names;
}

/**
 * Where the text says a target applies: 全省 (or no place at all) → the province; otherwise the
 * prefectures, counties, towns and groups (藏区六州) it names.
 */
export function scopeOf(text: string): TargetScope {
  const found: PlaceName[] = [];
  const taken: boolean[] = [];
  for (const place of placeNames()) {
    let from = 0;
    for (;;) {
      const at = text.indexOf(place.text, from);
      if (at < 0) break;
      from = at + 1;
      const end = at + place.text.length;
      if (taken.slice(at, end).some(Boolean)) continue;
      if (place.bare && !/^[、，,和与及等]/.test(text.slice(end)) && !/[、]$/.test(text.slice(0, at)))
        continue;
      for (let i = at; i < end; i++) taken[i] = true;
      found.push(place);
    }
  }
  const province = { level: 'province' as const, names: [], regions: [] };
  if (found.length === 0 || /全省/.test(text)) return province;
  // 大通县城关镇、湟中县李家山镇…等32个美丽城镇: places listed before 等 are examples of a provincial task.
  const lastEnd = Math.max(...found.map((p) => text.lastIndexOf(p.text) + p.text.length));
  if (text[lastEnd] === '等') return province;
  const ordered = found.sort((a, b) => text.indexOf(a.text) - text.indexOf(b.text));
  return {
    level: 'regions',
    names: ordered.map((p) => p.text),
    regions: [...new Set(ordered.flatMap((p) => p.regions))],
  };
}
