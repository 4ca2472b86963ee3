/**
 * One indicator's row on the 指标 sheet: its Excel formulas, and the same computation in JavaScript
 * so that core can check what a spreadsheet shows (and LibreOffice tests can prove they agree).
 */

import { roundHalfAwayFromZero as roundHalfAway } from '../formula/round.js';
import { a1 } from './a1.js';
import type { ReportIndicator } from './indicator.js';
import { INDICATOR_COLUMNS as COL, INDICATOR_STATUSES } from './layout.js';

export interface IndicatorRowFormulas {
  value: string;
  lastValue: string;
  change: string;
  completion: string | null;
  status: string;
}

/** The five formulas of an indicator's row (0-based `row`), each starting with `=`. */
export function indicatorRowFormulas(indicator: ReportIndicator, row: number): IndicatorRowFormulas {
  const cell = (column: number) => a1(row, column);
  const refs = (period: 'this' | 'last') =>
    Object.fromEntries(
      indicator.inputs.map((input, i) => [
        input.key,
        cell(period === 'this' ? COL.inputThis(i) : COL.inputLast(i)),
      ]),
    );
  const p = cell(COL.value);
  const q = cell(COL.lastValue);
  const d = cell(COL.target);
  const s = INDICATOR_STATUSES;
  const target = indicator.target;
  return {
    value: indicator.toExcel(refs('this')),
    lastValue: indicator.toExcel(refs('last')),
    change: `=IF(OR(${p}="",${q}=""),"",IF(${q}=0,"",ROUND((${p}-${q})/ABS(${q})*100,1)))`,
    completion: !target
      ? null
      : target.direction === 'atLeast'
        ? `=IF(${p}="","",IF(${d}<=0,"",ROUND(MIN(${p}/${d},1)*100,1)))`
        : `=IF(${p}="","",IF(${p}<=${d},100,ROUND(${d}/${p}*100,1)))`,
    status: !target
      ? `=IF(${p}="","${s.notFilled}","${s.filled}")`
      : `=IF(${p}="","${s.notFilled}",IF(${p}${target.direction === 'atLeast' ? '>=' : '<='}${d},"${s.reached}","${s.notReached}"))`,
  };
}

export interface IndicatorRowResult {
  /** null: an input is missing, or the value cannot be computed (zero denominator). */
  value: number | null;
  lastValue: number | null;
  /** Year-on-year change in percent, rounded to 0.1. */
  change: number | null;
  /** Completion against the target in percent (capped at 100), rounded to 0.1. */
  completion: number | null;
  status: string;
}

type Inputs = Readonly<Record<string, number | null | undefined>>;

function indicatorValue(indicator: ReportIndicator, inputs: Inputs): number | null {
  const values: Record<string, number> = {};
  for (const input of indicator.inputs) {
    const v = inputs[input.key];
    if (v === null || v === undefined) return null;
    values[input.key] = v;
  }
  const v = indicator.evaluate(values);
  return v === null || !Number.isFinite(v) ? null : v;
}

/** What the row's formulas compute, from the inputs of this period and of the same period last year. */
export function computeIndicatorRow(
  indicator: ReportIndicator,
  thisPeriod: Inputs,
  lastYear: Inputs,
): IndicatorRowResult {
  const value = indicatorValue(indicator, thisPeriod);
  const lastValue = indicatorValue(indicator, lastYear);
  const change =
    value === null || lastValue === null || lastValue === 0
      ? null
      : roundHalfAway(((value - lastValue) / Math.abs(lastValue)) * 100, 1);
  const target = indicator.target;
  let completion: number | null = null;
  let status: string = value === null ? INDICATOR_STATUSES.notFilled : INDICATOR_STATUSES.filled;
  if (target && value !== null) {
    if (target.direction === 'atLeast') {
      completion = target.value <= 0 ? null : roundHalfAway(Math.min(value / target.value, 1) * 100, 1);
      status = value >= target.value ? INDICATOR_STATUSES.reached : INDICATOR_STATUSES.notReached;
    } else {
      completion = value <= target.value ? 100 : roundHalfAway((target.value / value) * 100, 1);
      status = value <= target.value ? INDICATOR_STATUSES.reached : INDICATOR_STATUSES.notReached;
    }
  }
  return { value, lastValue, change, completion, status };
}
