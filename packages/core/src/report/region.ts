/** Which regions report: the province (青海省) and its 8 prefectures, by name, short name or GB/T 2260 code. */
import { findRegion, prefectures, regionById } from '../data/regions-lookup.js';
import { PROVINCE_CODE } from './layout.js';
import type { ReportRegion } from './render-template.js';

/** The 8 prefectures as reporting regions, in GB/T 2260 order. */
export function reportingPrefectures(): ReportRegion[] {
  return prefectures().map((r) => ({ code: r.gbCode ?? r.id, name: r.name }));
}

/** A reporting region from what a user typed (`西宁市`, `西宁`, `630100`, `海北州`, `青海省`); throws a message listing the choices. */
export function resolveReportRegion(nameOrCode: string): ReportRegion {
  const region = findRegion(nameOrCode);
  if (region && (region.level === 'prefecture' || region.level === 'province') && region.gbCode)
    return { code: region.gbCode, name: region.name };
  const choices = ['青海省', ...prefectures().map((p) => p.short)].join('、');
  const what = region ? `“${nameOrCode}”是${region.name}，不是市州或全省` : `找不到地区“${nameOrCode}”`;
  throw new RangeError(
    `${what}。请写全省或一个市州：${choices}（或 6 位区划代码，如 630100） / "${nameOrCode}" is not the province or a prefecture; use one of ${choices} or a 6-digit code such as 630100`,
  );
}

export function provinceRegion(): ReportRegion {
  const p = regionById(PROVINCE_CODE);
  return { code: PROVINCE_CODE, name: p?.name ?? '青海省' };
}
