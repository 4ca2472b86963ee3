import { join } from 'node:path';
import {
  type RecalculatedValue,
  readRecalculatedValues,
  recalculateWithLibreOffice,
  withTempDir,
} from '@taizhang/testkit';
import ExcelJS from 'exceljs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  type EvaluationResult,
  evaluate,
  type FormulaNode,
  indicatorFormula,
  indicators,
  parseFormula,
  toExcel,
  variablesOf,
} from '../../src/formula/index.js';
import { formulaArbitrary } from './arbitrary.js';

/**
 * Proof against a real spreadsheet engine: every catalogue formula and a sample of arbitrary
 * formulas, compiled by `toExcel`, written with many generated input sets into ONE workbook,
 * recalculated by headless LibreOffice in ONE run, must give what `evaluate` gives: the same
 * number within rounding, or a blank/error cell exactly where `evaluate` has no value.
 */

interface Case {
  label: string;
  formula: FormulaNode;
  variables: string[];
  values: (number | null)[];
}

const FIRST_INPUT_COLUMN = 3; // C; A holds the case label, B the expected value (for a human reading the book).
const column = (index: number): string => String.fromCharCode(64 + FIRST_INPUT_COLUMN + index);

/** Amounts as reports contain them, and the awkward ones: blanks, zeros, huge and tiny values. */
const amount = fc.oneof(
  { weight: 2, arbitrary: fc.constant(null) },
  { weight: 3, arbitrary: fc.constant(0) },
  { weight: 6, arbitrary: fc.integer({ min: 1, max: 100_000 }) },
  { weight: 6, arbitrary: fc.double({ min: 0.001, max: 1e6, noNaN: true }) },
  { weight: 2, arbitrary: fc.constantFrom(1e12, 9.99e14, 123456789012.5) },
  { weight: 2, arbitrary: fc.constantFrom(1e-9, 3.3e-12, 0.000001) },
);
const anyNumber = fc.oneof(
  amount,
  fc.integer({ min: -1000, max: 1000 }),
  fc.double({ min: -1e6, max: 1e6, noNaN: true }).filter((v) => v === 0 || Math.abs(v) >= 1e-300),
);

function buildCases(): Case[] {
  const cases: Case[] = [];
  let seed = 20161019;
  for (const indicator of indicators) {
    const formula = indicatorFormula(indicator);
    const variables = indicator.inputs.map((i) => i.id);
    const edge: (number | null)[][] = [
      variables.map(() => null),
      variables.map(() => 0),
      variables.map(() => 1e15),
      variables.map(() => 1e-12),
      variables.map((_, i) => (i === 0 ? 5 : 0)),
    ];
    const sampled = fc.sample(
      fc.array(amount, { minLength: variables.length, maxLength: variables.length }),
      { seed: seed++, numRuns: 60 },
    );
    for (const values of [...edge, ...sampled])
      cases.push({ label: indicator.id, formula, variables, values });
  }
  const roundings: [string, number[]][] = [
    ['round(a / b * 100, 0)', [1, 8]],
    ['round(a / b * 100, 0)', [-1, 8]],
    ['round(a, 2)', [1.005]],
    ['round(a, 2)', [-2.675]],
    ['round(a / b, 1)', [1, 3]],
    ['round(a, -2)', [1250]],
    ['ifZero(a, 7) / ifZero(b, 1)', [0, 0]],
  ];
  for (const [text, values] of roundings) {
    const formula = parseFormula(text);
    cases.push({ label: text, formula, variables: variablesOf(formula), values });
  }
  const formulas = fc.sample(formulaArbitrary, { seed: 76, numRuns: 400 });
  formulas.forEach((formula, i) => {
    const variables = variablesOf(formula);
    const [values] = fc.sample(
      fc.array(anyNumber, { minLength: variables.length, maxLength: variables.length }),
      { seed: 1000 + i, numRuns: 1 },
    );
    cases.push({ label: `random-${i}`, formula, variables, values: values ?? [] });
  });
  return cases;
}

function expected(c: Case): EvaluationResult {
  return evaluate(c.formula, Object.fromEntries(c.variables.map((v, i) => [v, c.values[i] ?? null])));
}

function agrees(result: EvaluationResult, cell: RecalculatedValue | undefined): boolean {
  if (!result.ok)
    return (
      cell === '' || cell === null || cell === undefined || (typeof cell === 'object' && 'error' in cell)
    );
  if (typeof cell !== 'number') return false;
  return Math.abs(cell - result.value) <= 1e-9 * Math.max(1, Math.abs(result.value));
}

describe('toExcel agrees with evaluate in LibreOffice', () => {
  it('for every catalogue indicator and hundreds of generated formulas and input sets, in one LibreOffice run', async () => {
    const cases = buildCases();
    expect(cases.length).toBeGreaterThan(1000);
    await withTempDir('formula-agreement', async (dir) => {
      const workbook = new ExcelJS.Workbook();
      const sheet = workbook.addWorksheet('cases');
      const formulaColumn = column(5);
      cases.forEach((c, index) => {
        const row = index + 1;
        sheet.getCell(`A${row}`).value = c.label;
        const result = expected(c);
        sheet.getCell(`B${row}`).value = result.ok ? result.value : result.reason;
        c.values.forEach((v, i) => {
          if (v !== null) sheet.getCell(`${column(i)}${row}`).value = v;
        });
        const excel = toExcel(c.formula, (variable) => `${column(c.variables.indexOf(variable))}${row}`);
        sheet.getCell(`${formulaColumn}${row}`).value = { formula: excel.slice(1) };
      });
      const input = join(dir, 'agreement.xlsx');
      await workbook.xlsx.writeFile(input);
      const [result] = await recalculateWithLibreOffice([input], { outDir: join(dir, 'out') });
      const [recalculated] = await readRecalculatedValues(result?.outputs[0] ?? '');
      const disagreements: string[] = [];
      let withValue = 0;
      cases.forEach((c, index) => {
        const row = index + 1;
        const mine = expected(c);
        if (mine.ok) withValue++;
        const cell = recalculated?.cells.get(`${formulaColumn}${row}`);
        if (!agrees(mine, cell)) {
          const formula = toExcel(c.formula, (variable) => `${column(c.variables.indexOf(variable))}${row}`);
          disagreements.push(
            `row ${row} ${c.label} ${formula} inputs ${JSON.stringify(c.values)}: evaluate ${JSON.stringify(mine)}, LibreOffice ${JSON.stringify(cell)}`,
          );
        }
      });
      expect(disagreements.slice(0, 10)).toEqual([]);
      // The sample must exercise both sides: values, and cells left blank for a reason.
      expect(withValue).toBeGreaterThan(cases.length / 3);
      expect(cases.length - withValue).toBeGreaterThan(100);
    });
  });
});
