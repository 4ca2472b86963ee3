import fc from 'fast-check';
import type { FormulaNode } from '../../src/formula/index.js';

/**
 * Non-negative doubles a person could write: 0 or normal (no subnormals below 2.2e-308, which
 * spreadsheet engines cannot read as literals and the parser rejects).
 */
const normalDouble = fc
  .double({ min: 0, max: 1e6, noNaN: true, noDefaultInfinity: true })
  .filter((v) => v === 0 || v >= 1e-300);

export const VARIABLES = ['a', 'b', 'c', 'residents', 'urbanResidents'] as const;

/** Formula trees as the parser produces them: non-negative literals, negation as a node. */
export const formulaArbitrary: fc.Arbitrary<FormulaNode> = fc.letrec<{ node: FormulaNode }>((tie) => ({
  node: fc.oneof(
    { depthSize: 'small', withCrossShrink: true },
    fc.record({
      kind: fc.constant('number' as const),
      value: fc.oneof(fc.integer({ min: 0, max: 1000 }), normalDouble),
    }),
    fc.record({ kind: fc.constant('variable' as const), name: fc.constantFrom(...VARIABLES) }),
    fc.record({ kind: fc.constant('negate' as const), operand: tie('node') }),
    fc.record({
      kind: fc.constant('binary' as const),
      op: fc.constantFrom('+' as const, '-' as const, '*' as const, '/' as const),
      left: tie('node'),
      right: tie('node'),
    }),
    fc.record({
      kind: fc.constant('call' as const),
      fn: fc.constantFrom('min' as const, 'max' as const),
      args: fc.array(tie('node'), { minLength: 1, maxLength: 3 }),
    }),
    fc.record({
      kind: fc.constant('call' as const),
      fn: fc.constant('round' as const),
      args: fc.tuple(
        tie('node'),
        fc.integer({ min: 0, max: 4 }).map((v): FormulaNode => ({ kind: 'number', value: v })),
      ),
    }),
    fc.record({
      kind: fc.constant('call' as const),
      fn: fc.constant('abs' as const),
      args: fc.tuple(tie('node')),
    }),
    fc.record({
      kind: fc.constant('call' as const),
      fn: fc.constant('ifZero' as const),
      args: fc.tuple(tie('node'), tie('node')),
    }),
  ),
})).node;
