import { describe, expect, it } from 'vitest';
import {
  findRegion,
  findRegionGroup,
  prefectureOf,
  prefectures,
  Region,
  RegionGroup,
  regionByCode,
  regionById,
  regionGroups,
  regions,
} from '../../src/data/index.js';
import { seedText } from './fixtures.js';

const PREFECTURES: [string, string, string][] = [
  ['630100', '西宁市', '西宁'],
  ['630200', '海东市', '海东'],
  ['632200', '海北藏族自治州', '海北州'],
  ['632300', '黄南藏族自治州', '黄南州'],
  ['632500', '海南藏族自治州', '海南州'],
  ['632600', '果洛藏族自治州', '果洛州'],
  ['632700', '玉树藏族自治州', '玉树州'],
  ['632800', '海西蒙古族藏族自治州', '海西州'],
];

/** Every county-level name the document writes, with the 2016 division it means. */
const NAMED_IN_SEED: [string, string][] = [
  ['湟源县', '630123'],
  ['格尔木', '632801'],
  ['贵德', '632523'],
  ['共和', '632521'],
  ['同仁', '632321'],
  ['海晏', '632223'],
  ['玛沁', '632621'],
  ['门源', '632221'],
  ['民和', '630222'],
  ['互助', '630223'],
  ['大通县', '630121'],
  ['湟中县', '630122'],
  ['平安区', '630203'],
  ['甘德县', '632623'],
  ['海晏县', '632223'],
  ['河南县', '632324'],
  ['湟中', '630122'],
  ['祁连', '632222'],
  ['格尔木市', '632801'],
  ['门源县', '632221'],
];

describe('the region registry', () => {
  it('is valid, with unique ids and codes, every parent present and every region inside Qinghai', () => {
    const all = regions();
    for (const region of all) expect(() => Region.parse(region), region.name).not.toThrow();
    expect(new Set(all.map((r) => r.id)).size).toBe(all.length);
    const codes = all.flatMap((r) => [r.gbCode, r.statisticalCode]).filter((c) => c !== null);
    expect(new Set(codes).size).toBe(codes.length);
    for (const region of all) {
      if (region.parent === null) {
        expect(region.gbCode).toBe('630000');
        continue;
      }
      const parent = regionById(region.parent);
      expect(parent, region.name).toBeDefined();
      if (region.gbCode !== null) expect(region.gbCode.slice(0, 2)).toBe('63');
    }
  });

  it('starts with 青海省 630000 and has its 8 prefecture-level divisions with their GB/T 2260 codes', () => {
    expect(regionByCode('630000')).toMatchObject({ name: '青海省', level: 'province', parent: null });
    expect(prefectures().map((p) => [p.gbCode, p.name, p.short])).toEqual(PREFECTURES);
    for (const p of prefectures()) expect(p.parent).toBe('630000');
  });

  it('gives the 行委 no GB/T 2260 code but their NBS statistical code, and towns neither', () => {
    const committees = regions().filter((r) => r.type === '行政委员会');
    expect(committees.map((r) => [r.name, r.gbCode, r.statisticalCode])).toEqual([
      ['大柴旦行政委员会', null, '632857'],
      ['冷湖行政委员会', null, '632858'],
      ['茫崖行政委员会', null, '632859'],
    ]);
    const towns = regions().filter((r) => r.level === 'town');
    expect(towns.map((t) => [t.name, regionById(t.parent ?? '')?.short])).toEqual([
      ['城关镇', '大通县'],
      ['李家山镇', '湟中县'],
      ['三合镇', '平安区'],
      ['柯曲镇', '甘德县'],
    ]);
    for (const t of towns) expect([t.gbCode, t.statisticalCode]).toEqual([null, null]);
  });

  it('resolves every county-level name the document writes to the division it meant in 2016', () => {
    for (const [name, code] of NAMED_IN_SEED) {
      expect(seedText, name).toContain(name);
      expect(findRegion(name)?.gbCode, name).toBe(code);
    }
    expect(seedText).toContain('海西西部三行委');
  });
});

describe('findRegion', () => {
  it('finds a region by code, full name, short name and alias', () => {
    expect(findRegion('632200')?.name).toBe('海北藏族自治州');
    expect(findRegion('海北藏族自治州')?.gbCode).toBe('632200');
    expect(findRegion('海北州')?.gbCode).toBe('632200');
    expect(findRegion('海北')?.gbCode).toBe('632200');
    expect(findRegion('西宁')?.gbCode).toBe('630100');
    expect(findRegion('门源回族自治县')?.gbCode).toBe('632221');
    expect(findRegion('河南县')?.name).toBe('河南蒙古族自治县');
  });

  it('folds full-width digits, spaces and a 青海省 or prefecture prefix', () => {
    expect(findRegion('６３０１００')?.name).toBe('西宁市');
    expect(findRegion(' 青海省西宁市 ')?.name).toBe('西宁市');
    expect(findRegion('青海省')?.gbCode).toBe('630000');
    expect(findRegion('海东市平安区')?.gbCode).toBe('630203');
    expect(findRegion('海北州门源县')?.gbCode).toBe('632221');
    expect(findRegion('海北州湟中县')).toBeUndefined();
  });

  it('finds a division by its old or new name and code, returning it as in 2016 with its changes', () => {
    const huangzhong = findRegion('湟中县');
    expect(huangzhong?.gbCode).toBe('630122');
    expect(huangzhong?.changes).toMatchObject([
      {
        date: '2019-11-06',
        kind: 'reclassified',
        name: '湟中区',
        gbCode: '630106',
        authority: '国函〔2019〕106号',
      },
    ]);
    expect(findRegion('湟中区')).toBe(huangzhong);
    expect(findRegion('西宁市湟中区')).toBe(huangzhong);
    expect(findRegion('630106')).toBe(huangzhong);
    expect(regionByCode('630106')).toBe(huangzhong);
    const tongren = findRegion('同仁市');
    expect(tongren?.name).toBe('同仁县');
    expect(tongren?.changes[0]).toMatchObject({ date: '2020-06-12', name: '同仁市', gbCode: '632301' });
    expect(findRegion('632301')).toBe(tongren);
  });

  it('finds 茫崖市 as the 茫崖行委 it was made from rather than the 冷湖行委 merged into it', () => {
    expect(findRegion('茫崖市')?.name).toBe('茫崖行政委员会');
    expect(regionByCode('632803')?.name).toBe('茫崖行政委员会');
    expect(regionByCode('632858')?.name).toBe('冷湖行政委员会');
    expect(findRegion('冷湖')?.changes[0]).toMatchObject({
      kind: 'merged',
      name: '茫崖市',
      gbCode: '632803',
    });
  });

  it('returns undefined for unknown names and codes', () => {
    expect(findRegion('拉萨市')).toBeUndefined();
    expect(findRegion('540100')).toBeUndefined();
    expect(findRegion('')).toBeUndefined();
    expect(regionByCode('63010')).toBeUndefined();
  });
});

describe('region groups the document names', () => {
  it('reads 藏区六州 as the six 藏族自治州, and 海西西部三行委 as the three 行委 of 海西州', () => {
    expect(seedText).toContain('藏区六州');
    expect(seedText).toContain('海西西部三行委');
    const six = findRegionGroup('藏区六州');
    expect(six?.members).toEqual(['632200', '632300', '632500', '632600', '632700', '632800']);
    expect(six?.provenance.status).toBe('unverified');
    const three = findRegionGroup('海西西部三行委');
    expect(three?.members.map((id) => regionById(id)?.short)).toEqual(['大柴旦行委', '冷湖行委', '茫崖行委']);
    for (const group of regionGroups()) expect(() => RegionGroup.parse(group)).not.toThrow();
  });

  it('is not a region, and unknown group names give undefined', () => {
    expect(findRegion('海西西部三行委')).toBeUndefined();
    expect(findRegionGroup('海东市')).toBeUndefined();
  });
});

describe('prefectureOf', () => {
  it('gives the prefecture a region reports through', () => {
    const of = (name: string) => {
      const region = findRegion(name);
      return region && prefectureOf(region)?.gbCode;
    };
    expect(of('海北州')).toBe('632200');
    expect(of('湟中区')).toBe('630100');
    expect(of('李家山镇')).toBe('630100');
    expect(of('冷湖行委')).toBe('632800');
    expect(of('河南县')).toBe('632300');
    expect(of('青海省')).toBeUndefined();
  });
});
