import { describe, expect, it } from 'vitest';
import {
  aggregateInputs,
  evaluateIndicator,
  findIndicator,
  Indicator,
  indicatorFormula,
  indicators,
  parseFormula,
  variablesOf,
} from '../../src/formula/index.js';

const REQUIRED = [
  '常住人口城镇化率',
  '户籍人口城镇化率',
  '棚户区改造完成率',
  '货币化安置比例',
  '公共交通机动化出行分担率',
  '供水管网漏损率',
  '空气质量优良天数比例',
  '农牧民职业技能培训人次',
  '美丽城镇建成数',
  '美丽乡村建成数',
  '行政村通硬化路比例',
  '行政村通客班车比例',
  '行政村通宽带比例',
  '海绵城市达标面积比例',
  '农村土地承包经营权确权登记颁证完成率',
  '省级工程质量巡查次数',
];

function indicator(name: string): Indicator {
  const found = findIndicator(name);
  if (!found) throw new Error(`no indicator ${name}`);
  return found;
}

describe('indicator catalogue', () => {
  it('has every indicator the ledger needs, with unique ASCII ids', () => {
    expect(indicators.map((i) => i.name)).toEqual(expect.arrayContaining(REQUIRED));
    const ids = indicators.map((i) => i.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const i of indicators) expect(i.id).toMatch(/^[a-z0-9-]+$/);
  });

  it('validates against its schema', () => {
    for (const i of indicators) expect(Indicator.safeParse(i).success).toBe(true);
  });

  it.each(indicators.map((i) => [i.id, i] as const))(
    '%s: formula parses and uses exactly its declared inputs',
    (_, i) => {
      const used = variablesOf(parseFormula(i.formula));
      expect(new Set(used)).toEqual(new Set(i.inputs.map((input) => input.id)));
      expect(i.kind === 'ratio' ? i.definition.denominator : null).toEqual(
        i.kind === 'ratio' ? expect.any(String) : null,
      );
      expect(i.kind === 'ratio' ? i.unit : '%').toBe('%');
    },
  );

  it('names where each definition comes from, and marks this project’s own definitions', () => {
    expect(indicator('常住人口城镇化率').source.kind).toBe('national-statistics');
    expect(indicator('户籍人口城镇化率').source.citation).toContain('国家新型城镇化规划');
    expect(indicator('供水管网漏损率').source.citation).toContain('CJJ 92-2016');
    expect(indicator('美丽乡村建成数').source.kind).toBe('project');
    for (const i of indicators) expect(i.source.citation.length).toBeGreaterThan(5);
  });

  it('finds an indicator by id, Chinese name or English name', () => {
    expect(findIndicator('urbanization-rate-resident')?.name).toBe('常住人口城镇化率');
    expect(findIndicator(' 供水管网漏损率 ')?.direction).toBe('lower-is-better');
    expect(findIndicator('water supply network leakage rate')?.id).toBe('water-supply-leakage-rate');
    expect(findIndicator('没有这个指标')).toBeUndefined();
  });
});

describe('evaluateIndicator', () => {
  it('computes the urbanization rate and the leakage rate', () => {
    expect(
      evaluateIndicator(indicator('常住人口城镇化率'), { urbanResidents: 306.5, residents: 593.5 }),
    ).toEqual({
      ok: true,
      value: (306.5 / 593.5) * 100,
    });
    const leak = evaluateIndicator(indicator('供水管网漏损率'), { waterSupplied: 200, waterBilled: 170 });
    expect(leak.ok && leak.value).toBeCloseTo(15, 10);
  });

  it('refuses an input the indicator does not have, a negative amount and a part larger than its whole', () => {
    const rate = indicator('urbanization-rate-resident');
    expect(evaluateIndicator(rate, { urbanResidents: 1, residents: 2, people: 3 })).toMatchObject({
      ok: false,
      reason: 'unknown-input',
      variable: 'people',
    });
    expect(evaluateIndicator(rate, { urbanResidents: -1, residents: 2 })).toMatchObject({
      ok: false,
      reason: 'out-of-domain',
      variable: 'urbanResidents',
    });
    const tooMany = evaluateIndicator(rate, { urbanResidents: 3, residents: 2 });
    expect(tooMany).toMatchObject({ ok: false, reason: 'out-of-domain', variable: 'urbanResidents' });
    expect(!tooMany.ok && tooMany.message).toContain('常住总人口');
  });

  it('reports a missing input and a zero denominator', () => {
    const rate = indicator('行政村通宽带比例');
    expect(evaluateIndicator(rate, { villages: 10 })).toMatchObject({
      ok: false,
      reason: 'missing-input',
      variable: 'villagesWithBroadband',
    });
    expect(evaluateIndicator(rate, { villages: 0, villagesWithBroadband: 3 })).toMatchObject({
      ok: false,
      reason: 'division-by-zero',
      variable: 'villages',
    });
  });

  it('caches each formula tree', () => {
    const i = indicator('美丽乡村建成数');
    expect(indicatorFormula(i)).toBe(indicatorFormula(i));
  });
});

describe('aggregateInputs', () => {
  it('recomputes a ratio from summed inputs instead of averaging the regions’ ratios', () => {
    const rate = indicator('常住人口城镇化率');
    const regions = [
      { urbanResidents: 160, residents: 230 },
      { urbanResidents: 5, residents: 50 },
    ];
    const { inputs, missing } = aggregateInputs(rate, regions);
    expect(inputs).toEqual({ urbanResidents: 165, residents: 280 });
    expect(missing).toEqual([]);
    const province = evaluateIndicator(rate, inputs);
    const averageOfRatios = ((160 / 230) * 100 + (5 / 50) * 100) / 2;
    expect(province.ok && province.value).toBeCloseTo((165 / 280) * 100, 10);
    expect(province.ok && Math.abs(province.value - averageOfRatios)).toBeGreaterThan(10);
  });

  it('leaves a total blank, and says which region lacks it, when a region has not reported', () => {
    const count = indicator('美丽城镇建成数');
    const result = aggregateInputs(count, [{ townsBuilt: 3 }, { townsBuilt: null }, {}]);
    expect(result.inputs).toEqual({ townsBuilt: null });
    expect(result.missing).toEqual([
      { region: 1, variable: 'townsBuilt' },
      { region: 2, variable: 'townsBuilt' },
    ]);
    expect(aggregateInputs(count, []).inputs).toEqual({ townsBuilt: null });
  });
});
