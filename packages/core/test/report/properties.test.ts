import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  a1,
  applyEdits,
  applyFixes,
  type CellValue,
  parseA1,
  parseTypedNumber,
  validateWorkbook,
} from '../../src/report/index.js';
import { codes, filledGrid, indicators } from './fixtures.js';

const base = filledGrid('海南州', '2017Q2');
const sheets = ['说明', '措施', '指标', '核实说明', '_taizhang'];
const value: fc.Arbitrary<CellValue> = fc.oneof(
  fc.constant(null),
  fc.double({ noNaN: true, noDefaultInfinity: true }),
  fc.integer({ min: -5, max: 100_000 }),
  fc.string({ maxLength: 12 }),
  fc.constantFrom(
    '#DIV/0!',
    '#REF!',
    '已完成',
    '滞后',
    '约60',
    '５８',
    '1,234',
    '58%',
    '2018年1月15日',
    '=A1+1',
  ),
  fc.boolean(),
);
const edit = fc.record({
  sheet: fc.constantFrom(...sheets),
  row: fc.nat({ max: 60 }),
  column: fc.nat({ max: 22 }),
  value,
});

describe('validateWorkbook on arbitrary edits', () => {
  it('never throws; every problem names a sheet and a real A1 cell; ready means no errors and no open warnings', () => {
    fc.assert(
      fc.property(fc.array(edit, { maxLength: 12 }), (edits) => {
        const grid = applyEdits(
          base,
          edits.map((e) => ({ sheet: e.sheet, cell: a1(e.row, e.column), value: e.value })),
        );
        const report = validateWorkbook(grid, { indicators });
        for (const p of report.problems) {
          expect(sheets).toContain(p.sheet);
          expect(() => parseA1(p.cell)).not.toThrow();
          expect(p.message.zh.length).toBeGreaterThan(0);
          expect(p.message.en.length).toBeGreaterThan(0);
        }
        expect(report.ready).toBe(report.errors === 0 && report.openWarnings === 0);
      }),
      { numRuns: 150, seed: 20161019 },
    );
  });

  it('every offered fix removes the problem it was offered for', () => {
    fc.assert(
      fc.property(fc.array(edit, { maxLength: 6 }), (edits) => {
        const grid = applyEdits(
          base,
          edits.map((e) => ({ sheet: e.sheet, cell: a1(e.row, e.column), value: e.value })),
        );
        const before = validateWorkbook(grid, { indicators });
        const fixed = before.problems.filter((p) => p.fix);
        const after = new Set(codes(validateWorkbook(applyFixes(grid, fixed), { indicators }).problems));
        for (const c of codes(fixed)) expect(after.has(c), c).toBe(false);
      }),
      { numRuns: 100, seed: 76 },
    );
  });
});

describe('parseTypedNumber', () => {
  it('reads back any number JavaScript writes in plain notation, and its full-width form', () => {
    fc.assert(
      fc.property(fc.double({ min: -1e9, max: 1e9, noNaN: true }), (n) => {
        const text = String(n);
        fc.pre(!/e/i.test(text));
        expect(parseTypedNumber(text)?.value).toBe(n === 0 ? 0 : n);
        const wide = text.replace(/[0-9.-]/g, (d) => String.fromCharCode(d.charCodeAt(0) + 0xfee0));
        expect(parseTypedNumber(wide)?.value).toBe(n === 0 ? 0 : n);
      }),
      { seed: 2016 },
    );
  });
});
