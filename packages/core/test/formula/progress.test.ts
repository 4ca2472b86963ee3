import { describe, expect, it } from 'vitest';
import { assessProgress, type ProgressTarget, periodEnd } from '../../src/formula/index.js';

const urbanization: ProgressTarget = { value: 60, comparator: 'about', deadline: 2020, unit: '%' };

describe('assessProgress', () => {
  it('is on track when the current value is on or above the straight path from baseline to deadline', () => {
    // 2015 end → 2020 end is 5 years; 2017 end is 2/5 of the way: 50 + 10 × 0.4 = 54.
    const p = assessProgress({
      target: urbanization,
      baseline: { value: 50, period: { year: 2015 } },
      current: { value: 54.5, period: { year: 2017 } },
    });
    expect(p.status).toBe('正常推进');
    expect(p.statusEn).toBe('on-track');
    expect(p.expected).toBeCloseTo(54, 10);
    expect(p.completion).toBeCloseTo(45, 10);
    expect(p.reasoning.zh).toContain('应为54%');
    expect(p.reasoning.en).toContain('on track');
  });

  it('is behind below the path', () => {
    const p = assessProgress({
      target: urbanization,
      baseline: { value: 50, period: { year: 2015 } },
      current: { value: 53, period: { year: 2017 } },
    });
    expect(p).toMatchObject({ status: '滞后', onTrack: false });
  });

  it('counts 左右 as met within 2% of the target, and overshooting in the good direction as met', () => {
    expect(
      assessProgress({ target: urbanization, current: { value: 58.9, period: { year: 2020 } } }).status,
    ).toBe('达标');
    expect(
      assessProgress({ target: urbanization, current: { value: 64, period: { year: 2019 } } }).status,
    ).toBe('达标');
    expect(
      assessProgress({ target: urbanization, current: { value: 58.7, period: { year: 2020 } } }).status,
    ).toBe('滞后');
  });

  it('says behind once the deadline has passed unmet, whatever the path', () => {
    const p = assessProgress({
      target: urbanization,
      baseline: { value: 50, period: { year: 2015 } },
      current: { value: 57, period: { year: 2021 } },
    });
    expect(p.status).toBe('滞后');
    expect(p.reasoning.zh).toContain('期限2020年已到');
  });

  it('handles lower-is-better indicators and at-most targets', () => {
    const leakage: ProgressTarget = { value: 10, comparator: 'at-most', deadline: 2020, unit: '%' };
    const base = { value: 20, period: { year: 2015 } };
    // Path: 20 → 10 over 5 years; by 2017 end expected 16.
    expect(
      assessProgress({ target: leakage, baseline: base, current: { value: 15, period: { year: 2017 } } }),
    ).toMatchObject({ status: '正常推进', completion: 50 });
    expect(
      assessProgress({ target: leakage, baseline: base, current: { value: 17, period: { year: 2017 } } })
        .status,
    ).toBe('滞后');
    expect(assessProgress({ target: leakage, current: { value: 9.5, period: { year: 2018 } } }).status).toBe(
      '达标',
    );
    const down: ProgressTarget = { value: 12, comparator: 'at-least', deadline: 2020 };
    expect(
      assessProgress({
        target: down,
        indicatorDirection: 'lower-is-better',
        current: { value: 11, period: { year: 2018 } },
      }).status,
    ).toBe('达标');
  });

  it('judges a qualitative target by its direction of change against the baseline', () => {
    const rise: ProgressTarget = {
      value: null,
      comparator: null,
      direction: 'up',
      deadline: null,
      unit: '%',
    };
    const base = { value: 80, period: { year: 2016 } };
    expect(
      assessProgress({ target: rise, baseline: base, current: { value: 82, period: { year: 2017 } } }),
    ).toMatchObject({ status: '正常推进', onTrack: true });
    expect(
      assessProgress({ target: rise, baseline: base, current: { value: 80, period: { year: 2017 } } }).status,
    ).toBe('滞后');
    const fall: ProgressTarget = { ...rise, direction: 'down' };
    expect(
      assessProgress({ target: fall, baseline: base, current: { value: 79, period: { year: 2017 } } }).status,
    ).toBe('正常推进');
    expect(assessProgress({ target: rise, current: { value: 82, period: { year: 2017 } } }).status).toBe(
      '无法判断',
    );
  });

  it('measures a yearly target pro rata within the year', () => {
    const training: ProgressTarget = {
      value: 70000,
      comparator: 'at-least',
      deadline: null,
      recurrence: 'yearly',
      unit: '人次',
    };
    const mid = assessProgress({
      target: training,
      current: { value: 36000, period: { year: 2017, month: 6 } },
    });
    expect(mid).toMatchObject({ status: '正常推进', expected: 35000 });
    expect(mid.completion).toBeCloseTo((36000 / 70000) * 100, 10);
    expect(
      assessProgress({ target: training, current: { value: 30000, period: { year: 2017, month: 6 } } })
        .status,
    ).toBe('滞后');
    expect(
      assessProgress({ target: training, current: { value: 69999, period: { year: 2017 } } }).status,
    ).toBe('滞后');
    expect(
      assessProgress({ target: training, current: { value: 71000, period: { year: 2017, month: 11 } } })
        .status,
    ).toBe('达标');
  });

  it('treats a complete target without a number as 100%', () => {
    const complete: ProgressTarget = { value: null, comparator: 'complete', deadline: 2020, unit: '%' };
    expect(
      assessProgress({ target: complete, current: { value: 100, period: { year: 2019 } } }),
    ).toMatchObject({ status: '达标', targetValue: 100 });
    expect(
      assessProgress({
        target: complete,
        baseline: { value: 40, period: { year: 2016 } },
        current: { value: 70, period: { year: 2018 } },
      }),
    ).toMatchObject({
      status: '正常推进',
      completion: 50,
    });
  });

  it('says 无法判断, and why, when data or a deadline is missing', () => {
    expect(assessProgress({ target: urbanization, current: null }).reasoning.zh).toContain('没有本期数值');
    expect(
      assessProgress({ target: urbanization, current: { value: 55, period: { year: 2017 } } }).reasoning.zh,
    ).toContain('没有基期数值');
    const villages: ProgressTarget = { value: 1500, comparator: 'at-least', deadline: null, unit: '个' };
    const p = assessProgress({ target: villages, current: { value: 600, period: { year: 2018 } } });
    expect(p).toMatchObject({ status: '无法判断', completion: 40 });
    expect(p.reasoning.en).toContain('no deadline');
    expect(
      assessProgress({
        target: urbanization,
        baseline: { value: 50, period: { year: 2021 } },
        current: { value: 55, period: { year: 2020, month: 6 } },
      }).status,
    ).toBe('无法判断');
  });
});

describe('periodEnd', () => {
  it('places a value at the end of its period and rejects impossible months', () => {
    expect(periodEnd({ year: 2018 })).toBe(2019);
    expect(periodEnd({ year: 2018, month: 6 })).toBe(2018.5);
    expect(() => periodEnd({ year: 2018, month: 13 })).toThrow(/1–12/);
  });
});

describe('assessProgress with targets extracted from the seed', () => {
  it('assesses 青政〔2016〕76号 (一) 60%左右 by 2020 and (三) 7万人(次) every year as extracted', async () => {
    const { seedDocument } = await import('../../src/data/seed-document.generated.js');
    const { extractTargets } = await import('../../src/document/index.js');
    const targets = extractTargets(seedDocument);
    const urbanization = targets.find((t) => t.indicatorId === 'urbanization-rate-resident');
    const training = targets.find((t) => t.indicatorId === 'farmer-herder-skills-training');
    if (!urbanization || !training) throw new Error('seed targets not found');
    // Illustrative values: from 50.3% at the end of 2015 the straight path reaches 56.12% at the end of 2018.
    const p = assessProgress({
      target: urbanization,
      baseline: { value: 50.3, period: { year: 2015 } },
      current: { value: 56.5, period: { year: 2018 } },
    });
    expect(p.status).toBe('正常推进');
    expect(p.expected).toBeCloseTo(50.3 + (60 - 50.3) * (3 / 5), 10);
    expect(
      assessProgress({ target: training, current: { value: 72000, period: { year: 2017 } } }).status,
    ).toBe('达标');
  });

  it('refuses non-finite values with 无法判断 rather than a wrong status', () => {
    expect(
      assessProgress({ target: urbanization, current: { value: Number.NaN, period: { year: 2018 } } }).status,
    ).toBe('无法判断');
    expect(
      assessProgress({
        target: urbanization,
        baseline: { value: Number.POSITIVE_INFINITY, period: { year: 2015 } },
        current: { value: 55, period: { year: 2018 } },
      }).status,
    ).toBe('无法判断');
  });
});

describe('assessProgress for quarterly and monthly targets', () => {
  it('judges the period’s own value against the per-period target', () => {
    const checks: ProgressTarget = {
      value: 1,
      comparator: 'at-least',
      deadline: null,
      recurrence: 'quarterly',
      unit: '次',
    };
    expect(
      assessProgress({ target: checks, current: { value: 1, period: { year: 2018, month: 3 } } }).status,
    ).toBe('达标');
    const behind = assessProgress({
      target: checks,
      current: { value: 0, period: { year: 2018, month: 3 } },
    });
    expect(behind.status).toBe('滞后');
    expect(behind.reasoning.zh).toContain('每季度目标');
  });
});
