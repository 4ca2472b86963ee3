/**
 * What a reporting template needs to know about an indicator: its inputs (the numbers a statistician
 * types), its target, and its formula both as a JavaScript evaluation and as an Excel expression.
 * Built from core's indicator catalogue (`formula/`); tests may build their own.
 */
export interface ReportIndicatorInput {
  /** Variable name in the formula, e.g. `urbanPopulation`. */
  key: string;
  /** Chinese label shown in the template, e.g. `城镇常住人口`. */
  label: string;
  unit: string;
  /** Counts of people, projects, etc. are whole numbers. */
  integer: boolean;
}

export interface ReportIndicator {
  /** Stable id, e.g. `I01`. */
  id: string;
  name: string;
  /** Unit of the indicator's value, e.g. `%`, `万人次`. */
  unit: string;
  /** How the value is computed, in Chinese, e.g. `城镇常住人口 ÷ 常住人口 × 100`. */
  definition: string;
  /** The numbers typed in, at most `MAX_INPUTS`. */
  inputs: ReportIndicatorInput[];
  /** Whether a larger value is better (`atLeast`) or a smaller one (`atMost`, e.g. a leakage rate). */
  direction: 'atLeast' | 'atMost';
  /** The target the template compares against; `year` null when the document names no year. */
  target: { value: number; year: number | null; direction: 'atLeast' | 'atMost' } | null;
  /** Decimals the value is rounded to (half away from zero, as Excel's ROUND). */
  decimals: number;
  /**
   * The value as a complete Excel formula (starting with `=`) over the input cells, rounded to `decimals`,
   * that shows `""` exactly when `evaluate` returns null (an input blank, a divisor zero).
   */
  toExcel(refs: Readonly<Record<string, string>>): string;
  /** The value from the inputs, rounded to `decimals`; null when it cannot be computed (a zero denominator). */
  evaluate(values: Readonly<Record<string, number>>): number | null;
  /** Pairs `[part, whole]` of input keys: a part can never exceed its whole (numerator ≤ denominator). */
  partOf: Array<[string, string]>;
  /** A year-on-year change of the value beyond this fraction (0.3 = ±30%) is a verification warning. */
  plausibleChange: number;
  /** Numbers of the measures the indicator tracks. */
  measures: number[];
}

/** The template has room for this many inputs per indicator. */
export const MAX_INPUTS = 3;
