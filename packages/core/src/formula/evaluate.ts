import { type FormulaNode, variablesOf } from './ast.js';
import { parseFormula } from './parse.js';
import { roundHalfAwayFromZero } from './round.js';

/** Why a formula has no value. */
export type NoValueReason =
  /** A variable the formula reads has no value (absent, null or blank). */
  | 'missing-input'
  /** An input is not a finite number. */
  | 'invalid-input'
  /** A divisor is zero. */
  | 'division-by-zero'
  /** An input lies outside what the indicator allows (e.g. a negative count, a part larger than its whole). */
  | 'out-of-domain'
  /** The result is too large for a double (a spreadsheet shows #NUM!). */
  | 'overflow';

export type EvaluationResult =
  | { ok: true; value: number }
  | { ok: false; reason: NoValueReason; variable?: string; message: string };

/** Inputs by variable id. `null`/`undefined` is a blank cell. */
export type FormulaInputs = Readonly<Record<string, number | null | undefined>>;

const treeVariables = new WeakMap<FormulaNode, string[]>();

/** A tree's variables, computed once per tree: the same parsed formula is evaluated for every row. */
function variablesOfCached(tree: FormulaNode): string[] {
  let names = treeVariables.get(tree);
  if (!names) {
    names = variablesOf(tree);
    treeVariables.set(tree, names);
  }
  return names;
}

class NoValue extends Error {
  constructor(readonly result: Extract<EvaluationResult, { ok: false }>) {
    super(result.message);
  }
}

function fail(reason: NoValueReason, message: string, variable?: string): never {
  throw new NoValue(
    variable === undefined ? { ok: false, reason, message } : { ok: false, reason, variable, message },
  );
}

function finite(value: number): number {
  if (!Number.isFinite(value)) fail('overflow', '结果超出数值范围 / the result is too large to represent');
  return value;
}

/**
 * Computes a formula from inputs. Every argument is evaluated (no short-circuit), so a formula has
 * a value only when all its inputs are present and every division in it is defined — which is what
 * its Excel form (`toExcel`) checks before computing. Never returns NaN or ±Infinity; `-0` becomes 0.
 */
export function evaluate(formula: FormulaNode | string, inputs: FormulaInputs): EvaluationResult {
  const tree = typeof formula === 'string' ? parseFormula(formula) : formula;
  const run = (node: FormulaNode): number => {
    switch (node.kind) {
      case 'number':
        return node.value;
      case 'variable': {
        const value = Object.hasOwn(inputs, node.name) ? inputs[node.name] : undefined;
        if (value === null || value === undefined)
          fail('missing-input', `缺少输入 ${node.name} / input ${node.name} is missing`, node.name);
        if (typeof value !== 'number' || !Number.isFinite(value)) {
          fail(
            'invalid-input',
            `输入 ${node.name} 不是有限数值 / input ${node.name} is not a finite number: ${String(value)}`,
            node.name,
          );
        }
        return value;
      }
      case 'negate':
        return -run(node.operand);
      case 'binary': {
        const left = run(node.left);
        const right = run(node.right);
        switch (node.op) {
          case '+':
            return finite(left + right);
          case '-':
            return finite(left - right);
          case '*':
            return finite(left * right);
          case '/': {
            if (right === 0) {
              const divisor = node.right.kind === 'variable' ? node.right.name : undefined;
              fail(
                'division-by-zero',
                `除数为零${divisor ? ` (${divisor} = 0)` : ''} / division by zero${divisor ? `: ${divisor} is 0` : ''}`,
                divisor,
              );
            }
            return finite(left / right);
          }
        }
        break;
      }
      case 'call': {
        const args = node.args.map(run);
        switch (node.fn) {
          case 'round':
            return roundHalfAwayFromZero(args[0] as number, args[1] ?? 0);
          case 'min':
            return Math.min(...args);
          case 'max':
            return Math.max(...args);
          case 'abs':
            return Math.abs(args[0] as number);
          case 'ifZero':
            return args[0] === 0 ? (args[1] as number) : (args[0] as number);
        }
      }
    }
    throw new Error(`unknown formula node ${JSON.stringify(node)}`);
  };
  const missing = variablesOfCached(tree).filter((name) => {
    const value = Object.hasOwn(inputs, name) ? inputs[name] : undefined;
    return value === null || value === undefined;
  });
  if (missing.length > 0) {
    const names = missing.join(', ');
    return {
      ok: false,
      reason: 'missing-input',
      variable: missing[0] as string,
      message: `缺少输入 ${names} / missing input: ${names}`,
    };
  }
  try {
    const value = run(tree);
    return { ok: true, value: value === 0 ? 0 : value };
  } catch (error) {
    if (error instanceof NoValue) return error.result;
    throw error;
  }
}
