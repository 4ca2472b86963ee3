import type { Region } from './regions.js';
import { REGIONS } from './regions-registry.js';

function regionNameKey(name: string): string {
  const key = name.normalize('NFKC').replace(/\s+/g, '');
  const stripped = key.replace(/^青海省?/, '');
  return stripped === '' ? key : stripped;
}

/** How strongly a name points at a region: its own names, then what it became, then what it merged into. */
const OWN = 0;
const BECAME = 1;
const MERGED = 2;

const byName = new Map<string, { region: Region; rank: number }[]>();
const byCode = new Map<string, { region: Region; rank: number }[]>();
const byId = new Map<string, Region>();

function add(map: typeof byName, key: string, region: Region, rank: number): void {
  const list = map.get(key) ?? [];
  const existing = list.find((e) => e.region === region);
  if (existing === undefined) list.push({ region, rank });
  else existing.rank = Math.min(existing.rank, rank);
  list.sort((a, b) => a.rank - b.rank);
  map.set(key, list);
}

for (const region of REGIONS) {
  byId.set(region.id, region);
  for (const name of [region.name, region.short, ...region.aliases])
    add(byName, regionNameKey(name), region, OWN);
  if (region.gbCode !== null) add(byCode, region.gbCode, region, OWN);
  if (region.statisticalCode !== null) add(byCode, region.statisticalCode, region, OWN);
  for (const change of region.changes) {
    const rank = change.kind === 'merged' ? MERGED : BECAME;
    if (change.name !== null) add(byName, regionNameKey(change.name), region, rank);
    if (change.gbCode !== null) add(byCode, change.gbCode, region, rank);
  }
}

const PREFECTURES = REGIONS.filter((r) => r.level === 'prefecture');

function best(list: { region: Region; rank: number }[] | undefined): Region | undefined {
  const first = list?.[0];
  if (first === undefined || list === undefined) return undefined;
  return list.filter((e) => e.rank === first.rank).length === 1 ? first.region : undefined;
}

/** Every region in the registry: the province, then prefectures, counties (and 行委) and towns. */
export function regions(): readonly Region[] {
  return REGIONS;
}

/** The 8 prefecture-level divisions of Qinghai, in GB/T 2260 order. */
export function prefectures(): readonly Region[] {
  return PREFECTURES;
}

export function regionById(id: string): Region | undefined {
  return byId.get(id);
}

/**
 * The region a six-digit code denotes: its 2016 GB/T 2260 code, a later code it took (湟中县's 630106 after
 * 2019), or, for the 行委 that have no GB/T 2260 code, the NBS statistical code.
 */
export function regionByCode(code: string): Region | undefined {
  return best(byCode.get(code.normalize('NFKC').trim()));
}

/**
 * The region a name or code denotes: code, official name, short name or alias (海北藏族自治州, 海北州, 海北),
 * with or without 青海/青海省 before it or its prefecture's name (西宁市湟中区), full- or half-width; or a later
 * name (湟中区, 同仁市) — the result is the region as it was in 2016, whose `changes` say what it became.
 * Undefined when nothing matches or the name is ambiguous.
 */
export function findRegion(nameOrCode: string): Region | undefined {
  const query = nameOrCode.normalize('NFKC').trim();
  if (/^\d{6}$/.test(query)) return regionByCode(query);
  const key = regionNameKey(query);
  const direct = best(byName.get(key));
  if (direct !== undefined) return direct;
  // 西宁市湟中区, 海北州门源县: a prefecture's name, then one of its own divisions.
  for (const prefecture of PREFECTURES) {
    for (const name of [prefecture.name, prefecture.short, ...prefecture.aliases]) {
      if (!key.startsWith(name) || key.length === name.length) continue;
      const child = best(byName.get(key.slice(name.length)));
      if (child !== undefined && isWithin(child, prefecture)) return child;
    }
  }
  return undefined;
}

/** Whether `region` is `ancestor` or lies inside it. */
export function isWithin(region: Region, ancestor: Region): boolean {
  for (
    let r: Region | undefined = region;
    r !== undefined;
    r = r.parent === null ? undefined : byId.get(r.parent)
  ) {
    if (r === ancestor) return true;
  }
  return false;
}

/**
 * The prefecture-level division a region reports through: itself for a prefecture, its prefecture for a
 * county, 行委 or town; undefined for the province. Responsibility clauses name prefectures, so this is how a
 * county's ledger finds its measures.
 */
export function prefectureOf(region: Region): Region | undefined {
  return PREFECTURES.find((p) => isWithin(region, p));
}
