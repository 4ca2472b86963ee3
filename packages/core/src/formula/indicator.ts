import { z } from 'zod';

/**
 * One input of an indicator, as a prefecture reports it. Inputs are amounts or counts and are
 * summed across regions; a ratio is never averaged, it is recomputed from the summed inputs.
 */
export const IndicatorInput = z.object({
  /** Variable name used in the formula: ASCII camelCase, e.g. `urbanResidents`. */
  id: z.string().regex(/^[a-z][A-Za-z0-9]*$/),
  /** Chinese label as on a reporting form, e.g. `城镇常住人口`. */
  label: z.string().min(1),
  labelEn: z.string().min(1),
  /** Unit as reported, e.g. `万人`, `套`, `天`, `人次`. */
  unit: z.string().min(1),
  /** How a province total is formed from the prefectures' values. */
  aggregation: z.literal('sum'),
  /** The id of another input this one is a part of: it may not exceed it (e.g. urban residents ≤ residents). */
  partOf: z.string().optional(),
});
export type IndicatorInput = z.infer<typeof IndicatorInput>;

/** Where a definition comes from. `project` says honestly that no national convention was found and the definition is this project's own. */
export const DefinitionSource = z.object({
  kind: z.enum(['national-statistics', 'national-plan', 'ministry-standard', 'project']),
  /** The publication, e.g. `国家新型城镇化规划（2014—2020年）专栏1 新型城镇化主要指标`. */
  citation: z.string().min(1),
  note: z.string().optional(),
});
export type DefinitionSource = z.infer<typeof DefinitionSource>;

export const Indicator = z.object({
  /** Stable ASCII id, e.g. `urbanization-rate-resident`. */
  id: z.string().regex(/^[a-z][a-z0-9]*(?:-[a-z0-9]+)*$/),
  name: z.string().min(1),
  nameEn: z.string().min(1),
  /** Unit of the indicator's value: `%` for ratios, or a count unit. */
  unit: z.string().min(1),
  direction: z.enum(['higher-is-better', 'lower-is-better']),
  kind: z.enum(['ratio', 'count']),
  definition: z.object({
    /** Numerator in words (for counts: what is counted). */
    numerator: z.string().min(1),
    /** Denominator in words; null for counts. */
    denominator: z.string().nullable(),
    en: z.string().min(1),
  }),
  source: DefinitionSource,
  inputs: z.array(IndicatorInput).min(1),
  /** Formula text in the formula language, over the input ids. */
  formula: z.string().min(1),
  /** Decimals to show. */
  decimals: z.number().int().min(0).max(4),
  /** Numbers of the measures of the seed document this indicator tracks. */
  measures: z.array(z.number().int().positive()).min(1),
  /**
   * Phrases a policy text uses for what this indicator measures (e.g. `城镇化率`, `培训`):
   * how a target extracted from the text is linked to the indicator.
   */
  keywords: z.array(z.string().min(1)).min(1),
});
export type Indicator = z.infer<typeof Indicator>;
