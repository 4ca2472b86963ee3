import { z } from 'zod';
import { Provenance } from './provenance.js';

/** GB/T 2260 administrative division code: six digits, e.g. `630100` for 西宁市. */
export const GbCode = z.string().regex(/^\d{6}$/);
export type GbCode = z.infer<typeof GbCode>;

export const RegionLevel = z.enum(['province', 'prefecture', 'county', 'town']);
export type RegionLevel = z.infer<typeof RegionLevel>;

/** The division's type in Chinese administrative terms. */
export const RegionType = z.enum([
  '省',
  '地级市',
  '自治州',
  '县',
  '自治县',
  '县级市',
  '市辖区',
  '行政委员会',
  '镇',
]);
export type RegionType = z.infer<typeof RegionType>;

/** A later (or, where it explains a 2016 code, earlier) change to a division. */
export const RegionChange = z.object({
  /** `2019-11-06`, or just the year. */
  date: z.string().regex(/^\d{4}(-\d{2}-\d{2})?$/),
  /** `reclassified`: 撤县设市 / 撤县设区, the division changes type and name (and code). */
  kind: z.enum(['established', 'reclassified', 'recoded', 'merged']),
  /** The name after the change, when it has one. */
  name: z.string().nullable(),
  /** The GB/T 2260 code after the change, when it has one. */
  gbCode: GbCode.nullable(),
  /** The approval, e.g. `国函〔2019〕106号`, when the source names one. */
  authority: z.string().nullable(),
  /** The change in words, in the source's terms. */
  description: z.string(),
  provenance: Provenance,
});
export type RegionChange = z.infer<typeof RegionChange>;

/** An administrative division as it was in 2016, when the document was written. */
export const Region = z.object({
  /** Stable id: the 2016 GB/T 2260 code when there is one, otherwise `<parent code>-<pinyin>`. */
  id: z.string().regex(/^\d{6}(-[a-z]+)?$/),
  /** Official name in 2016, e.g. `湟中县`, `门源回族自治县`. */
  name: z.string().min(1),
  /** The usual short form, e.g. `海北州`, `门源县`, `西宁`. */
  short: z.string().min(1),
  /** Other ways the document or people write it, e.g. `海北`, `门源`. Never includes `name` or `short`. */
  aliases: z.array(z.string().min(1)),
  level: RegionLevel,
  type: RegionType,
  /**
   * GB/T 2260 code in 2016. Null for towns (GB/T 2260 stops at county level) and for the 行政委员会 of 海西州,
   * which are agencies of the prefecture (派出机构), not divisions, and have no GB/T 2260 code.
   */
  gbCode: GbCode.nullable(),
  /** The National Bureau of Statistics' 统计用区划代码, given only where there is no GB/T 2260 code. */
  statisticalCode: z
    .string()
    .regex(/^\d{6}$/)
    .nullable(),
  /** Id of the division it belongs to; null for the province. */
  parent: z.string().nullable(),
  changes: z.array(RegionChange),
  provenance: z.object({
    /** Name, level and parent. */
    name: Provenance,
    short: Provenance,
    gbCode: Provenance.nullable(),
    statisticalCode: Provenance.nullable(),
    aliases: Provenance,
  }),
});
export type Region = z.infer<typeof Region>;
