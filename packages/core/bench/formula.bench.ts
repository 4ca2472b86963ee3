import { bench, describe } from 'vitest';
import { seedDocument } from '../src/data/seed-document.generated.js';
import { extractTargets, maskText } from '../src/document/index.js';
import { evaluate, evaluateIndicator, findIndicator, parseFormula, toExcel } from '../src/formula/index.js';

/**
 * The formula interpreter against plain JavaScript doing the same sum with the same checks:
 * vitest prints how many times slower each is than the baseline, measured in the same run.
 */
const rate = findIndicator('urbanization-rate-resident');
if (!rate) throw new Error('urbanization-rate-resident missing from the catalogue');
const tree = parseFormula(rate.formula);
const inputs = Array.from({ length: 1000 }, (_, i) => ({
  urbanResidents: 100 + (i % 300),
  residents: 400 + i,
}));

function plainRate(i: { urbanResidents: number; residents: number }): number | null {
  if (!Number.isFinite(i.urbanResidents) || !Number.isFinite(i.residents) || i.residents === 0) return null;
  return (i.urbanResidents / i.residents) * 100;
}

describe('1000 urbanization rates', () => {
  bench('baseline: hand-written JavaScript', () => {
    for (const i of inputs) plainRate(i);
  });
  bench('evaluate(parsed tree)', () => {
    for (const i of inputs) evaluate(tree, i);
  });
  bench('evaluateIndicator (domain checks + tree)', () => {
    for (const i of inputs) evaluateIndicator(rate, i);
  });
  bench('evaluate(text), parsing every time', () => {
    for (const i of inputs) evaluate(rate.formula, i);
  });
});

describe('compile to Excel, 1000 rows', () => {
  bench('baseline: string template', () => {
    for (let row = 1; row <= 1000; row++) `=IF(OR(C${row}="",D${row}="",D${row}=0),"",C${row}/D${row}*100)`;
  });
  bench('toExcel(parsed tree)', () => {
    for (let row = 1; row <= 1000; row++) toExcel(tree, (v) => `${v === 'urbanResidents' ? 'C' : 'D'}${row}`);
  });
});

describe('targets of the seed document', () => {
  const body = seedDocument.measures.map((m) => m.text).join('\n');
  bench('baseline: masking the measures’ text once', () => {
    maskText(body);
  });
  bench('extractTargets(seed)', () => {
    extractTargets(seedDocument);
  });
});
