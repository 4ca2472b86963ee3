import { type FormulaNode, variablesOf } from './ast.js';
import { type EvaluationResult, evaluate, type FormulaInputs } from './evaluate.js';
import type { Indicator } from './indicator.js';
import { parseFormula } from './parse.js';

const parsed = new WeakMap<Indicator, FormulaNode>();

/** The indicator's formula as a tree (parsed once per indicator object). */
export function indicatorFormula(indicator: Indicator): FormulaNode {
  let node = parsed.get(indicator);
  if (!node) {
    node = parseFormula(indicator.formula);
    const declared = new Set(indicator.inputs.map((i) => i.id));
    const undeclared = variablesOf(node).filter((v) => !declared.has(v));
    if (undeclared.length > 0)
      throw new Error(`indicator ${indicator.id}: formula uses undeclared input(s) ${undeclared.join(', ')}`);
    parsed.set(indicator, node);
  }
  return node;
}

const inputMaps = new WeakMap<Indicator, Map<string, Indicator['inputs'][number]>>();

function inputsById(indicator: Indicator): Map<string, Indicator['inputs'][number]> {
  let map = inputMaps.get(indicator);
  if (!map) {
    map = new Map(indicator.inputs.map((i) => [i.id, i]));
    inputMaps.set(indicator, map);
  }
  return map;
}

export type IndicatorResult =
  | EvaluationResult
  | { ok: false; reason: 'unknown-input'; variable: string; message: string };

/**
 * Computes an indicator from its inputs, after checking them against what the indicator allows:
 * a name it does not have (`unknown-input`), a negative amount, or a part larger than its whole
 * (`out-of-domain`). Then `evaluate` says whether an input is missing or a divisor is zero.
 */
export function evaluateIndicator(indicator: Indicator, inputs: FormulaInputs): IndicatorResult {
  const byId = inputsById(indicator);
  for (const name of Object.keys(inputs)) {
    if (!byId.has(name)) {
      const known = indicator.inputs.map((i) => `${i.id}（${i.label}）`).join(', ');
      return {
        ok: false,
        reason: 'unknown-input',
        variable: name,
        message: `${indicator.name} 没有输入 ${name} / ${indicator.id} has no input ${name}; its inputs are ${known}`,
      };
    }
  }
  const value = (id: string): number | undefined => {
    const v = inputs[id];
    return typeof v === 'number' && Number.isFinite(v) ? v : undefined;
  };
  for (const input of indicator.inputs) {
    const v = value(input.id);
    if (v !== undefined && v < 0) {
      return {
        ok: false,
        reason: 'out-of-domain',
        variable: input.id,
        message: `${input.label} 不能为负数 / ${input.id} cannot be negative: ${v}`,
      };
    }
    const whole = input.partOf ? byId.get(input.partOf) : undefined;
    const w = input.partOf ? value(input.partOf) : undefined;
    // A zero whole is a zero divisor: `evaluate` says so, more usefully than "part exceeds whole".
    if (whole && v !== undefined && w !== undefined && w !== 0 && v > w) {
      return {
        ok: false,
        reason: 'out-of-domain',
        variable: input.id,
        message: `${input.label}（${v}）不能大于${whole.label}（${w}） / ${input.id} (${v}) cannot exceed ${whole.id} (${w})`,
      };
    }
  }
  return evaluate(indicatorFormula(indicator), inputs);
}

export interface AggregatedInputs {
  /** Summed inputs; an input is `null` when any region lacks it (a total with a gap is not a total). */
  inputs: Record<string, number | null>;
  /** Which region (index into the list) lacks which input. */
  missing: { region: number; variable: string }[];
}

/**
 * Forms the province's (or any group's) inputs from its regions' inputs: every input is summed,
 * as its `aggregation` says; a ratio is then recomputed from the sums, never averaged.
 */
export function aggregateInputs(
  indicator: Indicator,
  perRegionInputs: readonly FormulaInputs[],
): AggregatedInputs {
  const inputs: Record<string, number | null> = {};
  const missing: AggregatedInputs['missing'] = [];
  for (const input of indicator.inputs) {
    let total = 0;
    let complete = perRegionInputs.length > 0;
    perRegionInputs.forEach((region, index) => {
      const v = region[input.id];
      if (typeof v === 'number' && Number.isFinite(v)) total += v;
      else {
        complete = false;
        missing.push({ region: index, variable: input.id });
      }
    });
    inputs[input.id] = complete ? total : null;
  }
  return { inputs, missing };
}
