import { describe, expect, it } from 'vitest';
import { cli } from './helpers.js';

describe('taizhang eval', () => {
  it('computes an indicator by id, rounded to its decimals', async () => {
    const { code, stdout } = await cli(
      'eval',
      'urbanization-rate-resident',
      'urbanResidents=306.5',
      'residents=593.5',
    );
    expect(code).toBe(0);
    expect(stdout).toContain('常住人口城镇化率 = 51.64%');
    expect(stdout).toContain('urbanResidents / residents * 100');
  });

  it('takes the Chinese name of the indicator and of its inputs, and numbers as people type them', async () => {
    const { code, stdout } = await cli('eval', '供水管网漏损率', '供水总量=１,200', 'waterBilled=1020');
    expect(code).toBe(0);
    expect(stdout).toContain('供水管网漏损率 = 15.00%');
  });

  it('prints JSON with the full value and the rounded one', async () => {
    const { code, stdout } = await cli(
      'eval',
      'farmer-herder-skills-training',
      'trainedPersonTimes=71234',
      '--json',
    );
    expect(code).toBe(0);
    expect(JSON.parse(stdout)).toMatchObject({
      indicator: 'farmer-herder-skills-training',
      ok: true,
      value: 71234,
      rounded: 71234,
    });
  });

  it.each([
    [['eval', 'urbanization-rate-resident', 'urbanResidents=306.5'], /missing-input.*residents/],
    [
      ['eval', 'urbanization-rate-resident', 'urbanResidents=0', 'residents=0'],
      /division-by-zero.*residents/,
    ],
    [
      ['eval', 'urbanization-rate-resident', 'urbanResidents=700', 'residents=593.5'],
      /out-of-domain.*cannot exceed residents/,
    ],
    [['eval', 'urbanization-rate-resident', 'people=3'], /has no input "people".*urbanResidents/],
    [['eval', 'urbanization-rate-resident', 'urbanResidents=abc'], /"abc", is not a number/],
    [['eval', 'urbanization-rate-resident', 'urbanResidents'], /should be var=value/],
    [['eval', 'no-such-indicator', 'a=1'], /no indicator "no-such-indicator".*urbanization-rate-resident/],
    [['eval'], /missing INDICATOR/],
  ])('exits 2 with one clear line: %j', async (argv, message) => {
    const { code, stderr, stdout } = await cli(...(argv as string[]));
    expect(code).toBe(2);
    expect(stderr).toMatch(message);
    expect(stderr.trim().split('\n')).toHaveLength(1);
    expect(stdout).toBe('');
  });

  it('still prints JSON, and exits 2, when it cannot compute', async () => {
    const { code, stdout } = await cli(
      'eval',
      '行政村通宽带比例',
      'villages=0',
      'villagesWithBroadband=0',
      '--json',
    );
    expect(code).toBe(2);
    expect(JSON.parse(stdout)).toMatchObject({ ok: false, reason: 'division-by-zero', variable: 'villages' });
  });
});
