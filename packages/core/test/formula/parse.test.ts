import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  FormulaSyntaxError,
  formatFormula,
  parseFormula,
  variablesOf,
  withoutSpans,
} from '../../src/formula/index.js';
import { formulaArbitrary } from './arbitrary.js';

const tree = (text: string) => withoutSpans(parseFormula(text));

describe('parseFormula', () => {
  it('reads the urbanization rate formula with × ÷ precedence, left to right', () => {
    expect(tree('urbanResidents / residents * 100')).toEqual({
      kind: 'binary',
      op: '*',
      left: {
        kind: 'binary',
        op: '/',
        left: { kind: 'variable', name: 'urbanResidents' },
        right: { kind: 'variable', name: 'residents' },
      },
      right: { kind: 'number', value: 100 },
    });
  });

  it('accepts × ÷ − and full-width brackets as the same operators as * / -', () => {
    expect(tree('（a − b）÷ c × 100')).toEqual(tree('(a - b) / c * 100'));
    expect(tree('a＋b／c')).toEqual(tree('a + b / c'));
  });

  it('binds unary minus tighter than × and keeps subtraction left-associative', () => {
    expect(formatFormula(parseFormula('a - b - c'))).toBe('a - b - c');
    expect(formatFormula(parseFormula('a - (b - c)'))).toBe('a - (b - c)');
    expect(formatFormula(parseFormula('-a * b'))).toBe('-a * b');
    expect(formatFormula(parseFormula('-(a * b)'))).toBe('-(a * b)');
    expect(formatFormula(parseFormula('((a))/((b)/c)'))).toBe('a / (b / c)');
  });

  it('reads functions and numbers in the forms people type', () => {
    expect(formatFormula(parseFormula('round(a/b*100,1)'))).toBe('round(a / b * 100, 1)');
    expect(formatFormula(parseFormula('max(a, 0.5, .25, 1e3)'))).toBe('max(a, 0.5, 0.25, 1000)');
    expect(formatFormula(parseFormula('ifZero(b，1)'))).toBe('ifZero(b, 1)');
    expect(variablesOf(parseFormula('a / (a + b) * 100 + min(c, a)'))).toEqual(['a', 'b', 'c']);
  });

  it('records the columns each node came from', () => {
    const node = parseFormula('  x + yy');
    expect(node.span).toEqual({ start: 2, end: 8 });
    expect(node.kind === 'binary' && node.right.span).toEqual({ start: 6, end: 8 });
  });

  it.each([
    ['', 1, /为空|empty/],
    ['a +', 4, /expected a number/],
    ['a b', 3, /operator is missing/],
    ['(a + b', 7, /expected "\)"/],
    ['a % b', 3, /unexpected character "%"/],
    ['sqrt(a)', 1, /unknown function "sqrt"/],
    ['round(a, 1, 2)', 1, /round takes 1 to 2/],
    ['ifZero(a)', 1, /ifZero takes 2/],
    ['min()', 1, /min takes at least 1/],
    ['a * )', 5, /found "\)"/],
    ['1e999', 1, /too large/],
    ['a + 5e-324', 5, /too small/],
  ])('rejects %j at column %i', (text, column, message) => {
    let error: unknown;
    try {
      parseFormula(text);
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(FormulaSyntaxError);
    expect((error as FormulaSyntaxError).column).toBe(column);
    expect((error as FormulaSyntaxError).message).toMatch(message);
    expect((error as FormulaSyntaxError).message).toContain(`column ${column}`);
  });

  it('round-trips: formatting any tree and parsing it back gives the same tree', () => {
    fc.assert(
      fc.property(formulaArbitrary, (node) => {
        expect(withoutSpans(parseFormula(formatFormula(node)))).toEqual(node);
      }),
      { numRuns: 400 },
    );
  });

  it('never throws anything but FormulaSyntaxError on arbitrary text', () => {
    fc.assert(
      fc.property(
        fc.string({ unit: fc.constantFrom(...'ab1.(),+-*/×÷ e_%xyz（）'.split('')), maxLength: 20 }),
        (text) => {
          try {
            parseFormula(text);
          } catch (error) {
            expect(error).toBeInstanceOf(FormulaSyntaxError);
          }
        },
      ),
      { numRuns: 500 },
    );
  });
});
