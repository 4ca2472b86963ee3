import { z } from 'zod';
import { findRegion, prefectures } from './regions-lookup.js';

/**
 * What a local-government phrase in a responsibility clause covers.
 * - `all-prefectures`: 各市州人民政府 — every prefecture-level government (all 8);
 * - `concerned-prefectures`: 各有关市州人民政府 — those of the 8 the measure concerns. The document does not say
 *   which, so `regions` lists all 8 as the candidates; a ledger should let each prefecture report "not concerned";
 * - `named`: the regions named, e.g. 西宁、海东市人民政府;
 * - `unknown`: the phrase was not understood; `regions` is empty and `reason` says why.
 */
export const LocalGovernmentScope = z.enum(['all-prefectures', 'concerned-prefectures', 'named', 'unknown']);
export type LocalGovernmentScope = z.infer<typeof LocalGovernmentScope>;

export const LocalGovernmentExpansion = z.object({
  /** The phrase as given. */
  phrase: z.string(),
  /** GB/T 2260 codes, in the order named (for `named`) or GB/T 2260 order. */
  regions: z.array(z.string()),
  scope: LocalGovernmentScope,
  /**
   * True for 各市州、县人民政府 and 各有关市州、县人民政府: the county-level governments within those prefectures
   * answer too. `regions` still lists the prefectures — they are the ones that report to the province, and
   * they report for their counties — so this flag is what tells a ledger to collect county-level returns.
   */
  includesCounties: z.boolean(),
  /** Why the phrase was not understood; present only when `scope` is `unknown`. */
  reason: z.string().optional(),
});
export type LocalGovernmentExpansion = z.infer<typeof LocalGovernmentExpansion>;

/** 各市州 / 各有关市州 / 各市、自治州 / 各市(州), optionally followed by 、县 (or 县(市、区), 县(区), 县区, 县市区). */
const EVERY_PREFECTURE =
  /^各(有关)?(?:市州|市、自治州|市\(州\)|市\(自治州\)|州市)(、?县(?:\(市、区\)|\(市区\)|\(区\)|市区|区)?)?$/;

const GOVERNMENT_SUFFIX = /(?:人民政府|政府)$/;

/**
 * Expands a local-government phrase from a responsibility clause to the regions it covers. Full-width and
 * ASCII punctuation alike (、 , ，). Never throws: a phrase it does not understand gives no regions and a reason.
 *
 * expandLocalGovernments('西宁、海东市人民政府').regions → ['630100', '630200']
 */
export function expandLocalGovernments(phrase: string): LocalGovernmentExpansion {
  const text = phrase
    .normalize('NFKC')
    .replace(/\s+/g, '')
    .replace(/[,，、]+/g, '、')
    .replace(/^\((.*)\)$/, '$1')
    .replace(GOVERNMENT_SUFFIX, '');
  const unknown = (reason: string): LocalGovernmentExpansion => ({
    phrase,
    regions: [],
    scope: 'unknown',
    includesCounties: false,
    reason,
  });
  if (text === '')
    return unknown(`「${phrase}」里没有地方政府名称：应为如「各市州人民政府」「西宁、海东市人民政府」的写法`);

  const every = EVERY_PREFECTURE.exec(text);
  if (every !== null) {
    return {
      phrase,
      regions: prefectures().map((p) => p.gbCode ?? p.id),
      scope: every[1] === undefined ? 'all-prefectures' : 'concerned-prefectures',
      includesCounties: every[2] !== undefined,
    };
  }

  const items = text.split('、');
  const last = items[items.length - 1] ?? '';
  // 西宁、海东市: a shared suffix written once, on the last name.
  const sharedSuffix = /(市|州|县)$/.exec(last)?.[1] ?? '';
  const codes: string[] = [];
  let includesCounties = false;
  for (const item of items) {
    const region = findRegion(item) ?? (sharedSuffix === '' ? undefined : findRegion(item + sharedSuffix));
    if (region === undefined) {
      return unknown(
        `「${phrase}」中的「${item}」不是已知的青海省行政区划：请写市州或县的全称或简称，如「海北州」`,
      );
    }
    if (region.gbCode === null) {
      return unknown(
        `「${phrase}」中的「${item}」（${region.name}）没有 GB/T 2260 行政区划代码，不能作为填报地区`,
      );
    }
    if (region.level === 'county') includesCounties = true;
    if (!codes.includes(region.gbCode)) codes.push(region.gbCode);
  }
  return { phrase, regions: codes, scope: 'named', includesCounties };
}
