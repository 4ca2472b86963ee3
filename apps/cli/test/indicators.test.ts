import { describe, expect, it } from 'vitest';
import { cli } from './helpers.js';

describe('taizhang indicators', () => {
  it('lists every indicator with its formula', async () => {
    const { code, stdout } = await cli('indicators');
    expect(code).toBe(0);
    expect(stdout).toContain('urbanization-rate-resident');
    expect(stdout).toContain('供水管网漏损率');
    expect(stdout).toContain('(waterSupplied - waterBilled) / waterSupplied * 100');
    expect(stdout).toMatch(/16 个指标 indicators/);
  });

  it('gives each indicator in JSON with its formula, inputs, measures and the seed targets it tracks', async () => {
    const { code, stdout } = await cli('indicators', '--json');
    expect(code).toBe(0);
    const list = JSON.parse(stdout) as {
      id: string;
      formula: string;
      measures: number[];
      inputs: unknown[];
      targets: { measure: number; value: number | null }[];
    }[];
    expect(list).toHaveLength(16);
    for (const i of list) {
      expect(i.formula.length).toBeGreaterThan(0);
      expect(i.inputs.length).toBeGreaterThan(0);
    }
    const villages = list.find((i) => i.id === 'beautiful-villages-built');
    expect(villages?.measures).toEqual([19]);
    expect(villages?.targets).toMatchObject([{ measure: 19, value: 1500 }]);
    const towns = list.find((i) => i.id === 'beautiful-towns-built');
    expect(towns?.targets.map((t) => t.value)).toEqual([48, 32]);
  });
});
