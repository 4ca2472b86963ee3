/**
 * Excel custom functions, namespace TAIZHANG (manifest.xml). The JSDoc tags below are read by
 * custom-functions-metadata at build time to write dist/functions.json.
 */
import { type Computed, computeIndicator, computeTarget, type TargetComputed } from './compute.js';

function toExcel<T extends Computed | TargetComputed>(result: T): Extract<T, { ok: true }>['value'] {
  if (result.ok) return result.value;
  const codes = CustomFunctions.ErrorCode;
  const code =
    result.reason === 'not-available'
      ? codes.notAvailable
      : result.reason === 'division-by-zero'
        ? codes.divisionByZero
        : codes.invalidValue;
  throw new CustomFunctions.Error(code, result.message);
}

/**
 * 按青政〔2016〕76号指标目录的公式计算指标值，如 =TAIZHANG.INDICATOR("常住人口城镇化率", C5, D5)。
 * Computes an indicator of the catalogue from its inputs, in the order the indicator lists them.
 * @customfunction INDICATOR
 * @param name 指标名称或编号 / indicator name or id, e.g. "常住人口城镇化率"
 * @param inputs 输入值，按指标定义的顺序；空单元格得 #N/A / the inputs, in the indicator's order; a blank cell gives #N/A
 * @returns 指标值（按模板的小数位数四舍五入） / the value, rounded as the template rounds it
 */
// `any`, not `number`: Excel passes a blank cell to a number parameter as 0, which would hide a missing input.
// biome-ignore lint/suspicious/noExplicitAny: custom-functions-metadata reads `any` as Excel's "any" type.
export function indicator(name: string, ...inputs: any[]): number {
  return toExcel(computeIndicator(name, inputs));
}

/**
 * 措施的目标（按核心库从文件中提取的目标），如 =TAIZHANG.TARGET("M01") 返回 60（常住人口城镇化率 60% 左右）。
 * A measure's target as core extracts it from the document: a number, or the commitment as written.
 * @customfunction TARGET
 * @param measure 措施编号，如 "M01" 或 1 / measure id such as "M01", or its number
 * @param [n] 第几个目标，默认 1 / which of the measure's targets, 1 by default
 * @returns 目标值或目标表述 / the target value, or the commitment as written
 */
export function target(measure: string, n?: number): number | string {
  return toExcel(computeTarget(measure, n ?? 1));
}
