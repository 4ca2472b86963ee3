import { z } from 'zod';
import { TextSpan } from './schema.js';

/**
 * How a target's value is to be read: `at-least` (以上, 不低于, a quota to reach), `at-most`
 * (以内, 控制在, within 1 hour), `about` (左右), `complete` (完成, 全覆盖, 所有: the whole task).
 */
export const TargetComparator = z.enum(['at-least', 'at-most', 'about', 'complete']);
export type TargetComparator = z.infer<typeof TargetComparator>;

/** Where a target applies: the whole province, or the regions (and groups, e.g. 藏区六州) it names. */
export const TargetScope = z.object({
  level: z.enum(['province', 'regions']),
  /** Region and group names as written, e.g. `西宁市`, `藏区六州`. */
  names: z.array(z.string()),
  /** Region ids (GB/T 2260 codes for prefectures and counties) the names denote. */
  regions: z.array(z.string()),
});
export type TargetScope = z.infer<typeof TargetScope>;

/** Every quantified or dated commitment a measure makes. */
export const Target = z.object({
  /** `M05-T2`: the measure's id and the target's place in it. */
  id: z.string().regex(/^M\d{2,}-T\d+$/),
  /** The measure's number. */
  measure: z.number().int().positive(),
  /** What is measured or to be done, as written, e.g. `常住人口城镇化率`, `现有城镇棚户区、城中村和危房改造`. */
  subject: z.string().min(1),
  /** The catalogue indicator that measures it, when there is one. */
  indicatorId: z.string().nullable(),
  /** In base units: 7万人(次) → 70000 with unit `人次`. Null for a task to complete or a direction. */
  value: z.number().nullable(),
  unit: z.string().nullable(),
  /**
   * Set when the value is a change from a baseline rather than a level to reach: 下降18% →
   * `decrease` with value 18; 提高3个百分点 → `increase` with value 3 and unit `个百分点`.
   */
  change: z.enum(['increase', 'decrease']).nullable(),
  /** Null for a qualitative target, which has a direction instead. */
  comparator: TargetComparator.nullable(),
  /** For a qualitative target: 提高 → up, 降低 → down. */
  direction: z.enum(['up', 'down']).nullable(),
  /** Year by whose end the target is due (到2020年, 2017年基本完成). */
  deadline: z.number().int().nullable(),
  /** Years the target is given (三年攻坚, 通过三年建设, 五年完善), when the text counts them rather than naming a year. */
  withinYears: z.number().int().positive().nullable(),
  /** Due every period (每年 → yearly). */
  recurrence: z.enum(['yearly', 'quarterly', 'monthly']).nullable(),
  /** First year it applies (从2016年起). */
  startYear: z.number().int().nullable(),
  scope: TargetScope,
  /** The clause the target was read from, as written, and its span in the source text. */
  text: z.string(),
  span: TextSpan,
  /** The number, date or verb that makes it a target (`60%左右`, `到2020年`, `全覆盖`) and its span. */
  expression: z.object({ text: z.string(), span: TextSpan }),
});
export type Target = z.infer<typeof Target>;

/**
 * The year a target is due: its deadline, or — for one given in years (三年攻坚) — that many years
 * counted from `fromYear` (usually the document's year; the text leaves the count's start open).
 */
export function effectiveDeadline(
  target: Pick<Target, 'deadline' | 'withinYears'>,
  fromYear: number,
): number | null {
  if (target.deadline !== null) return target.deadline;
  return target.withinYears === null ? null : fromYear + target.withinYears;
}
