import { findIndicator } from '@taizhang/core/formula';
import { describe, expect, it } from 'vitest';
import { computeIndicator, computeTarget } from '../src/functions/compute.js';

describe('TAIZHANG.INDICATOR', () => {
  it('computes the urbanisation rate from its inputs with core’s formula, rounded as the template rounds', () => {
    const indicator = findIndicator('常住人口城镇化率');
    expect(indicator?.inputs).toHaveLength(2);
    const result = computeIndicator('常住人口城镇化率', [230.5, 400]);
    expect(result.ok && result.value).toBeCloseTo(57.63, 2);
    expect(computeIndicator(indicator!.id, [230.5, 400])).toEqual(result);
  });

  it('gives Excel-style failures with a message saying what to do', () => {
    expect(computeIndicator('不存在的指标', [1, 2])).toMatchObject({
      ok: false,
      reason: 'invalid',
      message: expect.stringContaining('不存在的指标'),
    });
    expect(computeIndicator('常住人口城镇化率', [1])).toMatchObject({
      ok: false,
      reason: 'invalid',
      message: expect.stringContaining('需要 2 个输入'),
    });
    expect(computeIndicator('常住人口城镇化率', [null, 400])).toMatchObject({
      ok: false,
      reason: 'not-available',
    });
    expect(computeIndicator('常住人口城镇化率', [10, 0])).toMatchObject({ ok: false });
    expect(computeIndicator('常住人口城镇化率', [500, 400])).toMatchObject({
      ok: false,
      reason: 'invalid',
      message: expect.stringContaining('不能大于'),
    });
    expect(computeIndicator('常住人口城镇化率', ['abc', 400])).toMatchObject({
      ok: false,
      reason: 'invalid',
    });
  });
});

describe('TAIZHANG.TARGET', () => {
  it('returns the target core extracts from the document: M01 → 60 (常住人口城镇化率 60%左右)', () => {
    expect(computeTarget('M01')).toEqual({ ok: true, value: 60 });
    expect(computeTarget('m01')).toEqual({ ok: true, value: 60 });
    expect(computeTarget('1')).toEqual({ ok: true, value: 60 });
    expect(computeTarget('M03', 1)).toEqual({ ok: true, value: expect.stringContaining('全覆盖') });
    expect(computeTarget('M03', 4)).toEqual({ ok: true, value: 70000 });
  });

  it('says when a measure does not exist, has no target, or has fewer targets', () => {
    expect(computeTarget('M99')).toMatchObject({ ok: false, reason: 'invalid' });
    expect(computeTarget('M01', 5)).toMatchObject({
      ok: false,
      reason: 'invalid',
      message: expect.stringContaining('1 个目标'),
    });
    const without = Array.from({ length: 39 }, (_, i) => `M${String(i + 1).padStart(2, '0')}`).find(
      (id) => !computeTarget(id).ok,
    );
    expect(without).toBeDefined();
    expect(computeTarget(without!)).toMatchObject({ ok: false, reason: 'not-available' });
  });
});
