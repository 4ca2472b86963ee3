import { describe, expect, it } from 'vitest';
import { applyEdits, applyFixes, findSheet, planToGrid, validateWorkbook } from '../../src/report/index.js';
import { filledGrid, indicators, template } from './fixtures.js';

describe('validateWorkbook on a sample workbook', () => {
  it('a freshly filled sample is ready to send', () => {
    const report = validateWorkbook(filledGrid());
    expect(report.problems).toEqual([]);
    expect(report.ready).toBe(true);
    expect(report.identity?.regionName).toBe('西宁市');
    expect(report.measures.length).toBeGreaterThan(10);
    expect(report.indicators.length).toBeGreaterThan(3);
  });

  it('an empty template reports every required cell', () => {
    const plan = template();
    const report = validateWorkbook(planToGrid(plan, 'empty.xlsx'), { indicators });
    const measures = findSheet(planToGrid(plan, 'x'), '措施');
    expect(report.ready).toBe(false);
    const statusEmpty = report.problems.filter((p) => p.code === 'V_REQUIRED' && p.sheet === '措施');
    expect(statusEmpty.length).toBe((measures?.values.length ?? 0) - 2);
    expect(statusEmpty[0]?.cell).toBe('F3');
  });
});
