import { describe, expect, it } from 'vitest';
import { expandLocalGovernments, LocalGovernmentExpansion } from '../../src/data/index.js';
import { parsePolicyDocument } from '../../src/document/index.js';
import { seedText } from './fixtures.js';

const ALL_EIGHT = ['630100', '630200', '632200', '632300', '632500', '632600', '632700', '632800'];

describe('expandLocalGovernments', () => {
  it('expands 各市州人民政府 to all 8 prefecture-level divisions', () => {
    expect(expandLocalGovernments('各市州人民政府')).toEqual({
      phrase: '各市州人民政府',
      regions: ALL_EIGHT,
      scope: 'all-prefectures',
      includesCounties: false,
    });
  });

  it('expands 各有关市州人民政府 to the 8 as candidates, marked as only those concerned', () => {
    expect(expandLocalGovernments('各有关市州人民政府')).toMatchObject({
      regions: ALL_EIGHT,
      scope: 'concerned-prefectures',
      includesCounties: false,
    });
  });

  it('flags county-level governments for 各市州、县人民政府 and 各有关市州、县人民政府', () => {
    expect(expandLocalGovernments('各市州、县人民政府')).toMatchObject({
      regions: ALL_EIGHT,
      scope: 'all-prefectures',
      includesCounties: true,
    });
    expect(expandLocalGovernments('各有关市州、县人民政府')).toMatchObject({
      regions: ALL_EIGHT,
      scope: 'concerned-prefectures',
      includesCounties: true,
    });
  });

  it('expands 西宁、海东市人民政府 to the two cities, whatever the separator', () => {
    for (const phrase of [
      '西宁、海东市人民政府',
      '西宁,海东市人民政府',
      '西宁，海东市人民政府',
      '西宁 、 海东市人民政府',
    ]) {
      expect(expandLocalGovernments(phrase), phrase).toMatchObject({
        regions: ['630100', '630200'],
        scope: 'named',
        includesCounties: false,
      });
    }
  });

  it('expands a single named prefecture, by full or short name', () => {
    expect(expandLocalGovernments('西宁市人民政府').regions).toEqual(['630100']);
    expect(expandLocalGovernments('海北州人民政府').regions).toEqual(['632200']);
    expect(expandLocalGovernments('海西蒙古族藏族自治州人民政府').regions).toEqual(['632800']);
    expect(expandLocalGovernments('海北州、黄南州人民政府').regions).toEqual(['632200', '632300']);
  });

  it('accepts the bracketed form and the recipients line’s 各市、自治州', () => {
    expect(expandLocalGovernments('（各市州人民政府）').regions).toEqual(ALL_EIGHT);
    expect(expandLocalGovernments('各市、自治州人民政府').scope).toBe('all-prefectures');
    expect(expandLocalGovernments('各市(州)').regions).toEqual(ALL_EIGHT);
    expect(expandLocalGovernments('各市（州）、县（市、区）人民政府')).toMatchObject({
      regions: ALL_EIGHT,
      includesCounties: true,
    });
  });

  it('gives no regions and a reason naming the phrase for what it does not understand, never throwing', () => {
    for (const phrase of [
      '火星人民政府',
      '',
      '人民政府',
      '各省人民政府',
      '西宁、拉萨市人民政府',
      '冷湖行委人民政府',
    ]) {
      const result = expandLocalGovernments(phrase);
      expect(() => LocalGovernmentExpansion.parse(result)).not.toThrow();
      expect(result.regions, phrase).toEqual([]);
      expect(result.scope, phrase).toBe('unknown');
      expect(result.reason, phrase).toContain(`「${phrase}」`);
    }
    expect(expandLocalGovernments('西宁、拉萨市人民政府').reason).toContain('「拉萨市」');
  });
});

describe('the seed’s local-government phrases', () => {
  const doc = parsePolicyDocument(seedText, {
    expandLocalGovernments: (p) => expandLocalGovernments(p).regions,
  });

  it('all expand; (十一) and (十二) to 西宁 and 海东 only, every other measure to all 8', () => {
    for (const measure of doc.measures) {
      const r = measure.responsibility;
      expect(r, `measure ${measure.number}`).not.toBeNull();
      for (const phrase of r?.local ?? []) expect(expandLocalGovernments(phrase).scope).not.toBe('unknown');
      const expected = measure.number === 11 || measure.number === 12 ? ['630100', '630200'] : ALL_EIGHT;
      expect(r?.regions, `measure ${measure.number}`).toEqual(expected);
    }
  });

  it('ask county governments to answer exactly where the document writes 、县', () => {
    const withCounties = doc.measures
      .filter((m) => (m.responsibility?.local ?? []).some((p) => expandLocalGovernments(p).includesCounties))
      .map((m) => m.number);
    expect(withCounties).toEqual([13, 14]);
  });
});
