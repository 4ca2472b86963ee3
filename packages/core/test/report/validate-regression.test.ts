/**
 * Grids the grid fuzzer (`pnpm fuzz`) found: a damaged rowCount in the hidden identity sheet drove a loop
 * of that many iterations (1e9: minutes, then out of memory). The count is now bounded by the rows there are.
 */
import { describe, expect, it } from 'vitest';
import { applyEdits, IDENTITY_KEYS, SHEET, validateWorkbook } from '../../src/report/index.js';
import { filledGrid, indicators } from './fixtures.js';

const rowCountCell = `B${IDENTITY_KEYS.indexOf('rowCount') + 1}`;

describe('validateWorkbook regressions found by the fuzzer', () => {
  it.each(['1e9', 'Infinity', '99999999'])(
    'a rowCount of %s in the identity sheet is bounded by the rows present',
    (count) => {
      const grid = applyEdits(filledGrid(), [{ sheet: SHEET.identity, cell: rowCountCell, value: count }]);
      const report = validateWorkbook(grid, { indicators });
      expect(report.problems).toEqual([]);
      expect(report.ready).toBe(true);
    },
  );

  it('a rowCount below the rows present still fails the checksum', () => {
    const grid = applyEdits(filledGrid(), [{ sheet: SHEET.identity, cell: rowCountCell, value: '3' }]);
    expect(validateWorkbook(grid, { indicators }).problems.map((p) => p.code)).toContain('S_CHECKSUM');
  });
});
