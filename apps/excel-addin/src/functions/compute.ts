/**
 * What the custom functions compute, without the Office runtime: plain inputs in, a number or a
 * message out. `functions.ts` turns a message into an Excel error value.
 */
import { findMeasure, seedDocument } from '@taizhang/core/data';
import { extractTargets, type Target } from '@taizhang/core/document';
import { evaluateIndicator, findIndicator, roundHalfAwayFromZero } from '@taizhang/core/formula';

export type Computed =
  | { ok: true; value: number }
  | { ok: false; reason: 'invalid' | 'not-available' | 'division-by-zero'; message: string };

/**
 * An indicator of the catalogue from its inputs, in the order the indicator lists them, rounded as
 * the reporting template rounds it. A blank input makes the value unavailable (#N/A), like the
 * template's formula showing nothing.
 */
export function computeIndicator(
  nameOrId: string,
  inputs: ReadonlyArray<number | string | boolean | null | undefined>,
): Computed {
  const indicator = findIndicator(String(nameOrId ?? ''));
  if (!indicator) {
    return {
      ok: false,
      reason: 'invalid',
      message: `没有名为“${nameOrId}”的指标 / no indicator named "${nameOrId}"`,
    };
  }
  if (inputs.length !== indicator.inputs.length) {
    const expected = indicator.inputs.map((i) => `${i.label}（${i.unit}）`).join('、');
    return {
      ok: false,
      reason: 'invalid',
      message: `${indicator.name}需要 ${indicator.inputs.length} 个输入：${expected} / ${indicator.nameEn} takes ${indicator.inputs.length} inputs`,
    };
  }
  const values: Record<string, number | null> = {};
  for (const [i, input] of indicator.inputs.entries()) {
    const raw = inputs[i];
    if (raw === null || raw === undefined || raw === '') values[input.id] = null;
    else if (typeof raw === 'number' && Number.isFinite(raw)) values[input.id] = raw;
    else
      return {
        ok: false,
        reason: 'invalid',
        message: `${input.label}应为数值，得到“${String(raw)}” / ${input.labelEn} must be a number`,
      };
  }
  const result = evaluateIndicator(indicator, values);
  if (!result.ok) {
    const reason =
      result.reason === 'missing-input'
        ? 'not-available'
        : result.reason === 'division-by-zero'
          ? 'division-by-zero'
          : 'invalid';
    return { ok: false, reason, message: result.message };
  }
  return { ok: true, value: roundHalfAwayFromZero(result.value, indicator.decimals) };
}

let seedTargets: Target[] | undefined;
function targets(): Target[] {
  seedTargets ??= extractTargets(seedDocument);
  return seedTargets;
}

export type TargetComputed = { ok: true; value: number | string } | Extract<Computed, { ok: false }>;

/**
 * The `n`-th target (1-based) a measure of the seed document sets, as core's extractor reads it: the
 * number for a quantified target (`60%左右` → 60, `7万人(次)` → 70000), otherwise the commitment as
 * written (`城镇基本公共服务常住人口全覆盖：全覆盖`).
 */
export function computeTarget(measureRef: string | number, n = 1): TargetComputed {
  const ref = String(measureRef ?? '')
    .trim()
    .toUpperCase();
  const measure = findMeasure(/^\d+$/.test(ref) ? Number(ref) : ref);
  if (!measure) {
    return {
      ok: false,
      reason: 'invalid',
      message: `文件中没有措施“${measureRef}”（应为 M01…M39） / no measure "${measureRef}" (M01…M39)`,
    };
  }
  const list = targets().filter((t) => t.measure === measure.number);
  if (list.length === 0) {
    return {
      ok: false,
      reason: 'not-available',
      message: `${measure.id} 没有量化或限期的目标 / ${measure.id} sets no quantified or dated target`,
    };
  }
  const index = Math.trunc(n);
  const target = list[index - 1];
  if (!target) {
    return {
      ok: false,
      reason: 'invalid',
      message: `${measure.id} 有 ${list.length} 个目标，序号应为 1…${list.length} / ${measure.id} has ${list.length} targets`,
    };
  }
  return { ok: true, value: target.value ?? `${target.subject}：${target.expression.text}` };
}
