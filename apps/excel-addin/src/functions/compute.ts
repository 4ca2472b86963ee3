/**
 * What the custom functions compute, without the Office runtime: plain inputs in, a number or a
 * message out. `functions.ts` turns a message into an Excel error value.
 */
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
