/**
 * The indicator formula language: numbers, input variables, unary minus, + − × ÷, parentheses
 * and a few functions. One AST, evaluated in JS (`evaluate`) and compiled to Excel (`toExcel`),
 * so the ledger and the workbook compute the same thing.
 */

/** Columns (0-based, end exclusive) in the formula text a node was parsed from. */
export interface FormulaSpan {
  start: number;
  end: number;
}

export interface NumberNode {
  kind: 'number';
  value: number;
  span?: FormulaSpan;
}

export interface VariableNode {
  kind: 'variable';
  /** An input variable's id, e.g. `urbanResidents`. */
  name: string;
  span?: FormulaSpan;
}

export interface NegateNode {
  kind: 'negate';
  operand: FormulaNode;
  span?: FormulaSpan;
}

export type BinaryOperator = '+' | '-' | '*' | '/';

export interface BinaryNode {
  kind: 'binary';
  op: BinaryOperator;
  left: FormulaNode;
  right: FormulaNode;
  span?: FormulaSpan;
}

/**
 * `round(x, digits)` rounds half away from zero, as Excel's ROUND does; `round(x)` is `round(x, 0)`.
 * `min`/`max` take one or more arguments; `abs(x)`; `ifZero(x, fallback)` is `fallback` when `x` is 0, else `x`.
 */
export type FunctionName = 'round' | 'min' | 'max' | 'abs' | 'ifZero';

export interface CallNode {
  kind: 'call';
  fn: FunctionName;
  args: FormulaNode[];
  span?: FormulaSpan;
}

export type FormulaNode = NumberNode | VariableNode | NegateNode | BinaryNode | CallNode;

/** How many arguments each function takes: [min, max]. */
export const FUNCTION_ARITY: Record<FunctionName, readonly [number, number]> = {
  round: [1, 2],
  min: [1, 255],
  max: [1, 255],
  abs: [1, 1],
  ifZero: [2, 2],
};

export function isFunctionName(name: string): name is FunctionName {
  return Object.hasOwn(FUNCTION_ARITY, name);
}

/** The variables a formula reads, each once, in order of first use. */
export function variablesOf(node: FormulaNode): string[] {
  const seen = new Set<string>();
  const visit = (n: FormulaNode): void => {
    switch (n.kind) {
      case 'number':
        return;
      case 'variable':
        seen.add(n.name);
        return;
      case 'negate':
        visit(n.operand);
        return;
      case 'binary':
        visit(n.left);
        visit(n.right);
        return;
      case 'call':
        for (const a of n.args) visit(a);
        return;
    }
  };
  visit(node);
  return [...seen];
}

/** The same tree without source spans: what two formulas are compared by. */
export function withoutSpans(node: FormulaNode): FormulaNode {
  switch (node.kind) {
    case 'number':
      return { kind: 'number', value: node.value };
    case 'variable':
      return { kind: 'variable', name: node.name };
    case 'negate':
      return { kind: 'negate', operand: withoutSpans(node.operand) };
    case 'binary':
      return { kind: 'binary', op: node.op, left: withoutSpans(node.left), right: withoutSpans(node.right) };
    case 'call':
      return { kind: 'call', fn: node.fn, args: node.args.map(withoutSpans) };
  }
}
