import { describe, expect, it } from 'vitest';
import {
  effectiveDeadline,
  extractTargets,
  findExpressions,
  maskText,
  type PolicyDocument,
  scopeOf,
  type Target,
} from '../../src/document/index.js';

/** A document of one measure per text, with offsets as a parser would give them. */
function documentOf(...texts: string[]): { document: PolicyDocument; source: string } {
  let source = '';
  const measures = texts.map((text, i) => {
    source += `(${i + 1})`;
    const start = source.length;
    source += `${text}\n`;
    return {
      number: i + 1,
      numeral: String(i + 1),
      id: `M${String(i + 1).padStart(2, '0')}`,
      title: text.split('。')[0] ?? text,
      titleSpan: { start, end: start + (text.split('。')[0] ?? text).length },
      text,
      span: { start, end: start + text.length },
      section: 1,
      responsibility: null,
    };
  });
  const document: PolicyDocument = {
    metadata: {
      indexNumber: null,
      documentNumber: null,
      issuer: null,
      topics: [],
      writtenDate: null,
      validity: null,
    },
    title: '测试文件',
    titleSpan: null,
    recipients: null,
    sections: [
      {
        number: 1,
        numeral: '一',
        title: '测试',
        titleSpan: { start: 0, end: 0 },
        span: { start: 0, end: source.length },
        measures: measures.map((m) => m.number),
      },
    ],
    measures,
    signature: { issuer: null, date: null },
    source: { length: source.length, sha256: null, name: null },
    warnings: [],
  };
  return { document, source };
}

function only(text: string): Target {
  const { document, source } = documentOf(text);
  const targets = extractTargets(document, source);
  expect(targets).toHaveLength(1);
  const [target] = targets;
  if (!target) throw new Error('no target');
  expect(source.slice(target.expression.span.start, target.expression.span.end)).toBe(target.expression.text);
  return target;
}

describe('extractTargets on other wordings', () => {
  it('reads 以上 as at least, with the deadline from 到2025年 in the clause before', () => {
    expect(only('到2025年，全省城镇污水处理率达到95%以上。')).toMatchObject({
      value: 95,
      unit: '%',
      comparator: 'at-least',
      deadline: 2025,
      expression: { text: '95%以上' },
    });
  });

  it('reads a year written in Chinese digits and links the indicator named', () => {
    expect(only('力争到二〇二〇年全省户籍人口城镇化率达到45%。')).toMatchObject({
      value: 45,
      deadline: 2020,
      indicatorId: 'urbanization-rate-registered',
    });
  });

  it('multiplies 万 into the value and keeps the recurrence', () => {
    expect(only('每年新增城镇就业5万人以上。')).toMatchObject({
      value: 50000,
      unit: '人',
      recurrence: 'yearly',
      comparator: 'at-least',
    });
    expect(only('每年培训农牧民2.5万人（次）。')).toMatchObject({ value: 25000, unit: '人次' });
  });

  it('reads 控制在…以内 as at most, for a lower-is-better indicator', () => {
    expect(only('供水管网漏损率控制在10%以内。')).toMatchObject({
      value: 10,
      comparator: 'at-most',
      indicatorId: 'water-supply-leakage-rate',
    });
  });

  it('reads a range of years as start and deadline', () => {
    expect(only('2016—2018年，改造各类棚户区3.5万套。')).toMatchObject({
      value: 35000,
      unit: '套',
      startYear: 2016,
      deadline: 2018,
      indicatorId: 'shantytown-renovation-completion-rate',
    });
  });

  it('reads a time frame, a Chinese count and a prefecture', () => {
    expect(only('海北州用三年时间建成十五个高原美丽城镇。')).toMatchObject({
      value: 15,
      unit: '个',
      withinYears: 3,
      scope: { level: 'regions', names: ['海北州'], regions: ['632200'] },
    });
  });

  it('reads a quarterly recurrence from a start year', () => {
    expect(only('从2018年起，每季度开展一次安全检查。')).toMatchObject({
      value: 1,
      unit: '次',
      recurrence: 'quarterly',
      startYear: 2018,
    });
  });

  it('reads a travel time as at most, scoped to the places it joins', () => {
    expect(only('构建西宁至海东30分钟交通圈。')).toMatchObject({
      value: 30,
      unit: '分钟',
      comparator: 'at-most',
      scope: { names: ['西宁', '海东'] },
    });
  });

  it('keeps the direction of a qualitative aim for a rate, and only for a rate', () => {
    expect(only('进一步提高城市公共交通分担率，提高设施使用效率，提高服务标准。')).toMatchObject({
      direction: 'up',
      comparator: null,
      indicatorId: 'public-transport-mode-share',
    });
  });

  it('finds no commitment in criteria, quotations, document numbers, ownership or undated completion', () => {
    const { document, source } = documentOf(
      '在城镇连续居住3年以上人员可以落户。',
      '按照“一年打基础、两年见成效、三年能推开”的要求，贯彻《青海省居住证实施办法》(青政办〔2016〕109号)。',
      '确保土地所有权不变，确保如期完成任务，加快完成村镇地籍调查。',
      '着力推进西宁市轨道交通1号线一期工程建设，推动一二三产业融合。',
    );
    expect(extractTargets(document, source)).toEqual([]);
  });

  it('lets dates that open a sentence frame every commitment in it', () => {
    const { document, source } = documentOf(
      '到2020年，全省常住人口城镇化率达到60%左右，户籍人口城镇化率达到45%左右。',
    );
    const targets = extractTargets(document, source);
    expect(targets.map((t) => [t.indicatorId, t.value, t.deadline])).toEqual([
      ['urbanization-rate-resident', 60, 2020],
      ['urbanization-rate-registered', 45, 2020],
    ]);
  });

  it('tells a change (下降18%, 提高3个百分点) from a level (降低到0.9吨), and reads 年均 as yearly', () => {
    const { document, source } = documentOf(
      '到2020年，PM2.5浓度下降18%，城镇新增就业年均10万人以上，单位GDP能耗降低到0.9吨，户籍人口城镇化率提高3个百分点。',
    );
    const targets = extractTargets(document, source);
    expect(targets.map((t) => [t.value, t.unit, t.change, t.comparator, t.recurrence, t.deadline])).toEqual([
      [18, '%', 'decrease', 'at-least', null, 2020],
      [100000, '人', null, 'at-least', 'yearly', 2020],
      [0.9, '吨', null, 'at-most', null, 2020],
      [3, '个百分点', 'increase', 'at-least', null, 2020],
    ]);
    expect(targets[3]?.indicatorId).toBe('urbanization-rate-registered');
  });

  it('gives each of two numbers in one clause its own words', () => {
    const { document, source } = documentOf('到2020年建成10个美丽城镇和20个美丽乡村。');
    expect(extractTargets(document, source).map((t) => [t.subject, t.value, t.indicatorId])).toEqual([
      ['10个美丽城镇', 10, 'beautiful-towns-built'],
      ['20个美丽乡村', 20, 'beautiful-villages-built'],
    ]);
  });

  it('keeps quotations in the subject while ignoring numbers inside them', () => {
    expect(only('到2020年建成3个“公交都市”示范城市。')).toMatchObject({
      value: 3,
      subject: '“公交都市”示范城市',
      deadline: 2020,
    });
  });

  it('splits a parallel list after 所有 and keeps a list of kinds whole', () => {
    const { document, source } = documentOf(
      '实现所有行政村通电、通水、通路。到2020年完成现有城镇棚户区、城中村和危房改造。',
    );
    const targets = extractTargets(document, source);
    expect(targets.map((t) => t.subject)).toEqual([
      '行政村通电',
      '行政村通水',
      '行政村通路',
      '城镇棚户区、城中村和危房改造',
    ]);
  });
});

describe('expressions and scope', () => {
  it('masks quotations, titles and document numbers without moving any offset', () => {
    const text = '按“131”要求和《办法》(青政〔2016〕76号)，60％左右';
    const masked = maskText(text);
    expect(masked).toHaveLength(text.length);
    expect(masked).not.toMatch(/131|76号|办法/);
    expect(masked.endsWith('60%左右')).toBe(true);
  });

  it('tells a deadline from a start year', () => {
    expect(findExpressions('从2016年起')).toMatchObject([{ kind: 'year', role: 'start', year: 2016 }]);
    expect(findExpressions('2017年基本完成')).toMatchObject([
      { kind: 'year', role: 'deadline', year: 2017 },
      { kind: 'completion', word: '基本完成' },
    ]);
  });

  it('reads bare county names only in a list, and places before 等 as examples', () => {
    expect(scopeOf('湟中、大通县开展试点').regions).toEqual(['630122', '630121']);
    expect(scopeOf('加强互助合作').level).toBe('province');
    expect(scopeOf('大通县城关镇、湟中县李家山镇等32个').level).toBe('province');
  });

  it('counts a time frame from a given year when the text names none', () => {
    expect(effectiveDeadline({ deadline: null, withinYears: 3 }, 2016)).toBe(2019);
    expect(effectiveDeadline({ deadline: 2020, withinYears: 3 }, 2016)).toBe(2020);
    expect(effectiveDeadline({ deadline: null, withinYears: null }, 2016)).toBeNull();
  });
});
