import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { seedDocument } from '../../src/data/seed-document.generated.js';
import { extractTargets, Target } from '../../src/document/index.js';
import { findIndicator } from '../../src/formula/index.js';

const seedText = readFileSync(
  new URL('../../../../seeds/qinghai-new-urbanization-2016-76.txt', import.meta.url),
  'utf8',
);
const targets = extractTargets(seedDocument, seedText);

type Expected = Partial<
  Pick<
    Target,
    | 'value'
    | 'unit'
    | 'comparator'
    | 'direction'
    | 'deadline'
    | 'withinYears'
    | 'recurrence'
    | 'startYear'
    | 'indicatorId'
  >
> & {
  measure: number;
  expression: string;
  subject: string;
  scope?: string[];
};

/**
 * Every quantified or dated commitment of 青政〔2016〕76号, read off the text by hand. The extractor
 * finds them with general rules; this list is the check, not the source.
 */
const EXPECTED: Expected[] = [
  {
    measure: 1,
    expression: '60%左右',
    subject: '常住人口城镇化率',
    value: 60,
    unit: '%',
    comparator: 'about',
    deadline: 2020,
    indicatorId: 'urbanization-rate-resident',
  },
  { measure: 3, expression: '全覆盖', subject: '城镇基本公共服务常住人口全覆盖', comparator: 'complete' },
  { measure: 3, expression: '全覆盖', subject: '基础教育服务常住人口全覆盖', comparator: 'complete' },
  {
    measure: 3,
    expression: '15年',
    subject: '15年免费教育',
    value: 15,
    unit: '年',
    startYear: 2016,
    scope: ['藏区六州', '西宁', '海东'],
  },
  {
    measure: 3,
    expression: '7万人(次)',
    subject: '农牧民职业技能提升计划培训',
    value: 70000,
    unit: '人次',
    recurrence: 'yearly',
    comparator: 'at-least',
    indicatorId: 'farmer-herder-skills-training',
  },
  {
    measure: 5,
    expression: '三年',
    subject: '棚户区改造三年攻坚战',
    comparator: 'complete',
    withinYears: 3,
    indicatorId: 'shantytown-renovation-completion-rate',
  },
  {
    measure: 5,
    expression: '提高',
    subject: '货币化安置比例',
    direction: 'up',
    comparator: null,
    indicatorId: 'monetized-resettlement-ratio',
  },
  {
    measure: 5,
    expression: '完成',
    subject: '城镇棚户区、城中村和危房改造',
    comparator: 'complete',
    deadline: 2020,
    indicatorId: 'shantytown-renovation-completion-rate',
  },
  {
    measure: 5,
    expression: '两次',
    subject: '省级工程质量巡查',
    value: 2,
    unit: '次',
    recurrence: 'yearly',
    indicatorId: 'provincial-quality-inspections',
  },
  {
    measure: 6,
    expression: '提高',
    subject: '公共交通的机动化出行分担率',
    direction: 'up',
    indicatorId: 'public-transport-mode-share',
  },
  {
    measure: 7,
    expression: '降低',
    subject: '供水管网漏损率',
    direction: 'down',
    indicatorId: 'water-supply-leakage-rate',
  },
  {
    measure: 8,
    expression: '完成',
    subject: '海绵城市试点建设任务',
    comparator: 'complete',
    withinYears: 3,
    scope: ['西宁市'],
    indicatorId: 'sponge-city-area-ratio',
  },
  {
    measure: 9,
    expression: '稳步提高',
    subject: '空气质量优良天数比例',
    direction: 'up',
    indicatorId: 'air-quality-good-days-ratio',
  },
  {
    measure: 10,
    expression: '全覆盖',
    subject: '生活照料、康复护理、精神慰藉、紧急援助、家庭签约医生等服务全覆盖',
    comparator: 'complete',
  },
  {
    measure: 11,
    expression: '三年',
    subject: '初具城市形态',
    comparator: 'complete',
    withinYears: 3,
    scope: ['海东市'],
  },
  {
    measure: 11,
    expression: '五年',
    subject: '完善城市功能',
    comparator: 'complete',
    withinYears: 5,
    scope: ['海东市'],
  },
  {
    measure: 12,
    expression: '1小时',
    subject: '西宁1小时通勤圈',
    value: 1,
    unit: '小时',
    comparator: 'at-most',
    scope: ['西宁'],
  },
  {
    measure: 13,
    expression: '三年',
    subject: '培育新兴城市重点县县城建设三年攻坚行动',
    comparator: 'complete',
    withinYears: 3,
  },
  {
    measure: 15,
    expression: '48个',
    subject: '48个美丽城镇',
    value: 48,
    unit: '个',
    indicatorId: 'beautiful-towns-built',
  },
  {
    measure: 15,
    expression: '32个',
    subject: '宜居宜业、各具特色的美丽城镇',
    value: 32,
    unit: '个',
    comparator: 'at-least',
    indicatorId: 'beautiful-towns-built',
    scope: [],
  },
  {
    measure: 17,
    expression: '所有',
    subject: '行政村通硬化路',
    comparator: 'complete',
    indicatorId: 'village-paved-road-access-ratio',
  },
  {
    measure: 17,
    expression: '所有',
    subject: '行政村通客班车',
    comparator: 'complete',
    indicatorId: 'village-bus-access-ratio',
  },
  { measure: 17, expression: '所有', subject: '行政村通邮', comparator: 'complete', indicatorId: null },
  {
    measure: 17,
    expression: '所有',
    subject: '行政村通宽带',
    comparator: 'complete',
    indicatorId: 'village-broadband-access-ratio',
  },
  { measure: 17, expression: '所有', subject: '行政村通快递', comparator: 'complete', indicatorId: null },
  {
    measure: 19,
    expression: '1500个',
    subject: '田园美、村庄美、生活美的美丽乡村',
    value: 1500,
    unit: '个',
    comparator: 'at-least',
    indicatorId: 'beautiful-villages-built',
  },
  {
    measure: 25,
    expression: '基本完成',
    subject: '农村土地承包经营权确权登记颁证工作',
    comparator: 'complete',
    deadline: 2017,
    indicatorId: 'land-contract-rights-certification-rate',
  },
  { measure: 33, expression: '初步形成', subject: '试点阶段性成果', comparator: 'complete', deadline: 2017 },
];

describe('extractTargets on the seed, 青政〔2016〕76号', () => {
  it('finds every commitment, and nothing else, across more than ten measures', () => {
    const found = targets.map((t) => `(${t.measure}) ${t.expression.text} ${t.subject}`);
    expect(found).toEqual(EXPECTED.map((e) => `(${e.measure}) ${e.expression} ${e.subject}`));
    expect(new Set(targets.map((t) => t.measure)).size).toBeGreaterThanOrEqual(10);
  });

  it.each(EXPECTED.map((e, i) => [`(${e.measure}) ${e.expression} ${e.subject}`, i] as const))(
    '%s: value, unit, comparator, years, scope, indicator',
    (_, i) => {
      const expected = EXPECTED[i] as Expected;
      const target = targets[i] as Target;
      const { measure, expression, subject, scope, ...fields } = expected;
      expect(target).toMatchObject(fields);
      expect(target.measure).toBe(measure);
      if (scope) expect(target.scope.names).toEqual(scope);
      expect(Target.safeParse(target).success).toBe(true);
    },
  );

  it('records spans that slice the seed text to the clause and the expression', () => {
    for (const t of targets) {
      expect(seedText.slice(t.span.start, t.span.end)).toBe(t.text);
      expect(seedText.slice(t.expression.span.start, t.expression.span.end)).toBe(t.expression.text);
      expect(t.expression.span.start).toBeGreaterThanOrEqual(t.span.start);
      expect(t.expression.span.end).toBeLessThanOrEqual(t.span.end);
      const measure = seedDocument.measures.find((m) => m.number === t.measure);
      expect(measure && t.span.start >= measure.span.start && t.span.end <= measure.span.end).toBe(true);
    }
  });

  it('gives ids per measure and links only to indicators that exist', () => {
    expect(targets.filter((t) => t.measure === 5).map((t) => t.id)).toEqual([
      'M05-T1',
      'M05-T2',
      'M05-T3',
      'M05-T4',
    ]);
    for (const t of targets) if (t.indicatorId) expect(findIndicator(t.indicatorId)).toBeDefined();
  });

  it('reads the province as the scope unless the text names places, and names region codes when it does', () => {
    const m1 = targets.find((t) => t.measure === 1);
    expect(m1?.scope).toEqual({ level: 'province', names: [], regions: [] });
    const sponge = targets.find((t) => t.measure === 8);
    expect(sponge?.scope.regions).toEqual(['630100']);
    const education = targets.find((t) => t.unit === '年');
    expect(education?.scope.regions).toHaveLength(8);
  });

  it('refuses a source text the document was not parsed from', () => {
    expect(() => extractTargets(seedDocument, seedText.replace('力争', '争取'))).toThrow(
      /does not match measure \(一\)/,
    );
  });
});
