import type { BinaryOperator, FormulaNode } from './ast.js';

const PRECEDENCE: Record<BinaryOperator, number> = { '+': 1, '-': 1, '*': 2, '/': 2 };
const UNARY = 3;
const ATOM = 4;

function precedence(node: FormulaNode): number {
  if (node.kind === 'binary') return PRECEDENCE[node.op];
  if (node.kind === 'negate') return UNARY;
  if (node.kind === 'number' && (node.value < 0 || Object.is(node.value, -0))) return UNARY;
  return ATOM;
}

/** How the leaves and calls of a formula are written in one target syntax. */
export interface FormulaDialect {
  number(value: number): string;
  variable(name: string): string;
  call(node: Extract<FormulaNode, { kind: 'call' }>, print: (node: FormulaNode) => string): string;
  /** Spaces around binary operators. */
  spaced: boolean;
}

/**
 * Writes a formula with only the parentheses its tree needs: a child is bracketed when it binds
 * more loosely than its parent (or as loosely, on the right, since all operators are left-associative).
 */
export function printFormula(node: FormulaNode, dialect: FormulaDialect): string {
  const print = (n: FormulaNode): string => {
    switch (n.kind) {
      case 'number':
        return dialect.number(n.value);
      case 'variable':
        return dialect.variable(n.name);
      case 'negate': {
        const inner = print(n.operand);
        return precedence(n.operand) < UNARY ? `-(${inner})` : `-${inner}`;
      }
      case 'binary': {
        const p = PRECEDENCE[n.op];
        const left = print(n.left);
        const right = print(n.right);
        const l = precedence(n.left) < p ? `(${left})` : left;
        const r = precedence(n.right) <= p ? `(${right})` : right;
        return dialect.spaced ? `${l} ${n.op} ${r}` : `${l}${n.op}${r}`;
      }
      case 'call':
        return dialect.call(n, print);
    }
  };
  return print(node);
}

/** The formula's canonical text, which `parseFormula` reads back into the same tree: `round(a / b * 100, 1)`. */
export function formatFormula(node: FormulaNode): string {
  return printFormula(node, {
    number: (v) => (v < 0 || Object.is(v, -0) ? `-${String(Math.abs(v))}` : String(v)),
    variable: (name) => name,
    call: (n, print) => `${n.fn}(${n.args.map(print).join(', ')})`,
    spaced: true,
  });
}
