import { describe, expect, it } from 'vitest';
import { cli, seedPath } from './helpers.js';

describe('taizhang targets', () => {
  it('lists the seed targets as a table, with the goal, time, scope and indicator of each', async () => {
    const { code, stdout } = await cli('targets');
    expect(code).toBe(0);
    expect(stdout).toContain('60%左右');
    expect(stdout).toContain('不少于70,000人次');
    expect(stdout).toContain('常住人口城镇化率');
    expect(stdout).toMatch(/28 个目标 targets · 16 项措施 measures/);
  });

  it('gives JSON numbers: the measure number, 70000 for 7万, years as numbers', async () => {
    const { code, stdout } = await cli('targets', '--json');
    expect(code).toBe(0);
    const targets = JSON.parse(stdout) as Record<string, unknown>[];
    const training = targets.find((t) => t.unit === '人次');
    expect(training).toMatchObject({
      measure: 3,
      value: 70000,
      recurrence: 'yearly',
      comparator: 'at-least',
    });
    const urbanization = targets.find((t) => t.measure === 1);
    expect(urbanization).toMatchObject({
      value: 60,
      unit: '%',
      comparator: 'about',
      deadline: 2020,
      indicatorId: 'urbanization-rate-resident',
    });
    for (const t of targets) {
      expect(typeof t.measure).toBe('number');
      expect(t.deadline === null || typeof t.deadline === 'number').toBe(true);
    }
  });

  it('filters by measure number or Chinese numeral', async () => {
    const byNumber = JSON.parse((await cli('targets', '--measure', '5', '--json')).stdout) as {
      id: string;
    }[];
    expect(byNumber.map((t) => t.id)).toEqual(['M05-T1', 'M05-T2', 'M05-T3', 'M05-T4']);
    const byNumeral = JSON.parse((await cli('targets', '--measure', '十五', '--json')).stdout) as {
      value: number;
    }[];
    expect(byNumeral.map((t) => t.value)).toEqual([48, 32]);
    const none = await cli('targets', '--measure', '2');
    expect(none).toMatchObject({ code: 0 });
    expect(none.stdout).toContain('没有量化或有期限的目标');
  });

  it('reads targets from a document text given with --document', async () => {
    const { code, stdout } = await cli('targets', '--document', seedPath, '--json');
    expect(code).toBe(0);
    expect((JSON.parse(stdout) as unknown[]).length).toBe(28);
  });

  it('exits 2 with one clear line for a measure that does not exist or a bad option', async () => {
    const missing = await cli('targets', '--measure', '99');
    expect(missing.code).toBe(2);
    expect(missing.stderr).toMatch(/no measure 99.*1–39/);
    const bad = await cli('targets', '--frobnicate');
    expect(bad.code).toBe(2);
    expect(bad.stderr).toContain('usage');
  });
});
