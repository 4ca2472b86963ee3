/**
 * Core's indicator catalogue (`formula/`) as the reporting template sees it: the value formula is the
 * catalogue's AST wrapped in `round(…, decimals)`, compiled with `toExcel` for the sheet and evaluated
 * with `evaluate` for checks, so the spreadsheet and core compute the same number.
 */
import type { FormulaNode } from '../formula/ast.js';
import { evaluate } from '../formula/evaluate.js';
import { toExcel } from '../formula/excel.js';
import type { Indicator } from '../formula/indicator.js';
import { indicatorFormula } from '../formula/indicator-evaluate.js';
import { indicators } from '../formula/indicators.js';
import type { ReportIndicator } from './indicator.js';

/**
 * A year-on-year change of the value beyond which 核实性审核 asks the reporter to confirm it:
 * ratios move slowly (±20% of their value), counts of projects and trainees vary more (±50%).
 */
export const PLAUSIBLE_CHANGE = { ratio: 0.2, count: 0.5 } as const;

const WHOLE_UNITS = new Set(['个', '套', '户', '次', '人次', '天']);

export interface IndicatorTarget {
  value: number;
  /** Year by which the target must be reached; null when the document names none. */
  year: number | null;
  /** Overrides the indicator's own direction (a target written as 以内/控制在 is an upper bound). */
  direction?: 'atLeast' | 'atMost';
}

/** One catalogue indicator as a template row; `target` comes from the document when it states one. */
export function reportIndicator(
  indicator: Indicator,
  target: IndicatorTarget | null = null,
): ReportIndicator {
  const node: FormulaNode = {
    kind: 'call',
    fn: 'round',
    args: [indicatorFormula(indicator), { kind: 'number', value: indicator.decimals }],
  };
  const definition = indicator.definition.denominator
    ? `${indicator.definition.numerator} ÷ ${indicator.definition.denominator}${indicator.unit === '%' ? ' × 100' : ''}`
    : indicator.definition.numerator;
  return {
    id: indicator.id,
    name: indicator.name,
    unit: indicator.unit,
    definition,
    decimals: indicator.decimals,
    inputs: indicator.inputs.map((input) => ({
      key: input.id,
      label: input.label,
      unit: input.unit,
      integer: WHOLE_UNITS.has(input.unit),
    })),
    direction: indicator.direction === 'higher-is-better' ? 'atLeast' : 'atMost',
    target: target
      ? {
          value: target.value,
          year: target.year,
          direction: target.direction ?? (indicator.direction === 'higher-is-better' ? 'atLeast' : 'atMost'),
        }
      : null,
    toExcel: (refs) => toExcel(node, (variable) => refs[variable] ?? ''),
    evaluate: (values) => {
      const result = evaluate(node, values);
      return result.ok ? result.value : null;
    },
    partOf: indicator.inputs.flatMap(
      (input): Array<[string, string]> => (input.partOf ? [[input.id, input.partOf]] : []),
    ),
    plausibleChange: indicator.kind === 'ratio' ? PLAUSIBLE_CHANGE.ratio : PLAUSIBLE_CHANGE.count,
    measures: [...indicator.measures],
  };
}

/** The whole catalogue as template rows, in catalogue order; targets by indicator id where known. */
export function catalogueIndicators(
  targets: ReadonlyMap<string, IndicatorTarget> = new Map(),
): ReportIndicator[] {
  return indicators.map((i) => reportIndicator(i, targets.get(i.id) ?? null));
}
