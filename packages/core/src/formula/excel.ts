import type { FormulaNode } from './ast.js';
import { variablesOf } from './ast.js';
import { parseFormula } from './parse.js';
import { printFormula } from './print.js';

/** Maps a variable to the cell that holds it in a given layout: `(v) => 'C5'`, or `'Sheet1'!C5`. */
export type CellOf = (variable: string) => string;

function excelNumber(value: number): string {
  // Excel and LibreOffice read 1E+21 / 1E-7; negative literals are bracketed so `a--1` cannot appear.
  const text = String(Math.abs(value)).toUpperCase();
  return value < 0 || Object.is(value, -0) ? `(-${text})` : text;
}

/** The formula as an Excel expression (no leading `=`, no guards). */
export function toExcelExpression(node: FormulaNode, cellOf: CellOf): string {
  return printFormula(node, {
    number: excelNumber,
    variable: (name) => {
      const ref = cellOf(name);
      if (!ref) throw new Error(`toExcel: no cell for variable ${name}`);
      return ref;
    },
    call: (n, print) => {
      const args = n.args.map(print);
      switch (n.fn) {
        case 'round':
          return `ROUND(${args[0]},${args[1] ?? '0'})`;
        case 'min':
          return `MIN(${args.join(',')})`;
        case 'max':
          return `MAX(${args.join(',')})`;
        case 'abs':
          return `ABS(${args[0]})`;
        case 'ifZero':
          return `IF(${args[0]}=0,${args[1]},${args[0]})`;
      }
    },
    spaced: false,
  });
}

/** Every divisor in the tree, innermost first, each with how deep in other divisors it sits. */
function divisors(node: FormulaNode): { divisor: FormulaNode; depth: number }[] {
  const found: { divisor: FormulaNode; depth: number }[] = [];
  const visit = (n: FormulaNode): number => {
    // Returns the depth of divisions inside n: 0 when n divides by nothing.
    switch (n.kind) {
      case 'number':
      case 'variable':
        return 0;
      case 'negate':
        return visit(n.operand);
      case 'binary': {
        const l = visit(n.left);
        const r = visit(n.right);
        if (n.op !== '/') return Math.max(l, r);
        if (n.right.kind !== 'number' || n.right.value === 0) found.push({ divisor: n.right, depth: r });
        return Math.max(l, r + 1);
      }
      case 'call':
        return Math.max(0, ...n.args.map(visit));
    }
  };
  visit(node);
  return found;
}

/**
 * Compiles a formula to an Excel formula for a given layout, guarded so that the cell stays
 * blank (`""`) exactly when `evaluate` has no value: when an input cell is blank, or a divisor
 * is zero. Example: `urbanResidents / residents * 100` with C5, D5 →
 * `=IF(OR(C5="",D5=0),"",C5/D5*100)`. A divisor that itself divides is checked in a nested IF
 * after its own divisors, because OR evaluates every argument and would raise #DIV/0!.
 * Uses only IF, OR, ROUND, MIN, MAX, ABS: Excel 2016, WPS and LibreOffice all have them.
 */
export function toExcel(formula: FormulaNode | string, cellOf: CellOf): string {
  const node = typeof formula === 'string' ? parseFormula(formula) : formula;
  const body = toExcelExpression(node, cellOf);
  const levels: string[][] = [variablesOf(node).map((v) => `${cellOf(v)}=""`)];
  const seen = new Set<string>();
  for (const { divisor, depth } of divisors(node)) {
    const expr = toExcelExpression(divisor, cellOf);
    if (seen.has(expr)) continue;
    seen.add(expr);
    const level = levels[depth] ?? [];
    levels[depth] = level;
    const simple = divisor.kind === 'variable' || divisor.kind === 'number' || divisor.kind === 'call';
    level.push(simple ? `${expr}=0` : `(${expr})=0`);
  }
  let compiled = body;
  for (let i = levels.length - 1; i >= 0; i--) {
    const checks = levels[i] ?? [];
    if (checks.length === 0) continue;
    const test = checks.length === 1 ? checks[0] : `OR(${checks.join(',')})`;
    compiled = `IF(${test},"",${compiled})`;
  }
  return `=${compiled}`;
}
