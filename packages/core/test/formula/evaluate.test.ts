import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { evaluate, parseFormula, roundHalfAwayFromZero, toExcel } from '../../src/formula/index.js';
import { formulaArbitrary, VARIABLES } from './arbitrary.js';

describe('evaluate', () => {
  it('computes a rate from its inputs', () => {
    expect(evaluate('urbanResidents / residents * 100', { urbanResidents: 310, residents: 593 })).toEqual({
      ok: true,
      value: (310 / 593) * 100,
    });
    expect(evaluate('round(a / b * 100, 1)', { a: 1, b: 3 })).toEqual({ ok: true, value: 33.3 });
  });

  it('names every missing input, and a blank (null) is missing', () => {
    const result = evaluate('a / b + c', { a: 1, b: null });
    expect(result).toMatchObject({ ok: false, reason: 'missing-input', variable: 'b' });
    expect(!result.ok && result.message).toContain('b, c');
  });

  it('says which divisor is zero', () => {
    expect(evaluate('a / b', { a: 1, b: 0 })).toMatchObject({
      ok: false,
      reason: 'division-by-zero',
      variable: 'b',
    });
    expect(evaluate('a / (b - c)', { a: 1, b: 2, c: 2 })).toMatchObject({
      ok: false,
      reason: 'division-by-zero',
    });
    expect(evaluate('0 / 0', {})).toMatchObject({ ok: false, reason: 'division-by-zero' });
  });

  it('refuses non-finite inputs and overflowing results instead of returning NaN or Infinity', () => {
    expect(evaluate('a + 1', { a: Number.NaN })).toMatchObject({
      ok: false,
      reason: 'invalid-input',
      variable: 'a',
    });
    expect(evaluate('a + 1', { a: Number.POSITIVE_INFINITY })).toMatchObject({
      ok: false,
      reason: 'invalid-input',
    });
    expect(evaluate('a * a', { a: 1e200 })).toMatchObject({ ok: false, reason: 'overflow' });
    expect(evaluate('a / b', { a: 1e300, b: 1e-300 })).toMatchObject({ ok: false, reason: 'overflow' });
  });

  it('implements min, max, abs and ifZero', () => {
    expect(evaluate('min(a, b, 3)', { a: 5, b: 4 })).toEqual({ ok: true, value: 3 });
    expect(evaluate('max(a, b)', { a: -5, b: -4 })).toEqual({ ok: true, value: -4 });
    expect(evaluate('abs(a - b)', { a: 2, b: 7 })).toEqual({ ok: true, value: 5 });
    expect(evaluate('a / ifZero(b, 1)', { a: 6, b: 0 })).toEqual({ ok: true, value: 6 });
    expect(evaluate('a / ifZero(b, 1)', { a: 6, b: 3 })).toEqual({ ok: true, value: 2 });
  });

  it('never returns NaN, Infinity or -0 for any formula and any inputs', () => {
    const value = fc.oneof(
      fc.constant(null),
      fc.constant(0),
      fc.double({ noNaN: true, noDefaultInfinity: true }),
      fc.integer(),
    );
    fc.assert(
      fc.property(formulaArbitrary, fc.tuple(...VARIABLES.map(() => value)), (node, values) => {
        const inputs = Object.fromEntries(VARIABLES.map((v, i) => [v, values[i]]));
        const result = evaluate(node, inputs);
        if (result.ok) {
          expect(Number.isFinite(result.value)).toBe(true);
          expect(Object.is(result.value, -0)).toBe(false);
        } else expect(result.message.length).toBeGreaterThan(0);
      }),
      { numRuns: 500 },
    );
  });
});

describe('roundHalfAwayFromZero', () => {
  it('rounds halves away from zero like Excel ROUND, after cutting to 15 significant digits', () => {
    expect(roundHalfAwayFromZero(2.5)).toBe(3);
    expect(roundHalfAwayFromZero(-2.5)).toBe(-3);
    expect(roundHalfAwayFromZero(1.005, 2)).toBe(1.01);
    expect(roundHalfAwayFromZero(1234.5678, -2)).toBe(1200);
    expect(roundHalfAwayFromZero(-0.4)).toBe(0);
    expect(Object.is(roundHalfAwayFromZero(-0.4), -0)).toBe(false);
  });
});

describe('toExcel', () => {
  const layout: Record<string, string> = {
    urbanResidents: 'C5',
    residents: 'D5',
    a: 'B2',
    b: 'C2',
    c: "'本期'!D2",
  };
  const cellOf = (v: string) => layout[v] ?? `Z${v.length}`;

  it('guards a rate against blanks and a zero divisor in one IF', () => {
    expect(toExcel(parseFormula('urbanResidents / residents * 100'), cellOf)).toBe(
      '=IF(OR(C5="",D5="",D5=0),"",C5/D5*100)',
    );
  });

  it('brackets compound divisors and checks nested divisors before the division that uses them', () => {
    expect(toExcel(parseFormula('a / (b + c)'), cellOf)).toBe(
      `=IF(OR(B2="",C2="",'本期'!D2="",(C2+'本期'!D2)=0),"",B2/(C2+'本期'!D2))`,
    );
    expect(toExcel(parseFormula('a / (b / c)'), cellOf)).toBe(
      `=IF(OR(B2="",C2="",'本期'!D2="",'本期'!D2=0),"",IF((C2/'本期'!D2)=0,"",B2/(C2/'本期'!D2)))`,
    );
  });

  it('writes functions only as Excel 2016, WPS and LibreOffice know them', () => {
    const formula = toExcel(
      parseFormula('round(max(a, 0) / ifZero(b, 1) * 100, 1) - abs(min(a, b))'),
      cellOf,
    );
    expect(formula).toBe(
      '=IF(OR(B2="",C2="",IF(C2=0,1,C2)=0),"",ROUND(MAX(B2,0)/IF(C2=0,1,C2)*100,1)-ABS(MIN(B2,C2)))',
    );
    const functions = formula.match(/[A-Z]+(?=\()/g) ?? [];
    expect(new Set(functions)).toEqual(new Set(['IF', 'OR', 'ROUND', 'MAX', 'ABS', 'MIN']));
  });

  it('needs no guard for a constant formula and keeps literals readable to Excel', () => {
    expect(toExcel(parseFormula('1e21 * 2'), cellOf)).toBe('=1E+21*2');
    expect(toExcel('a / b', cellOf)).toBe('=IF(OR(B2="",C2="",C2=0),"",B2/C2)');
    expect(toExcel(parseFormula('-(a - 1)'), cellOf)).toBe('=IF(B2="","",-(B2-1))');
  });
});
