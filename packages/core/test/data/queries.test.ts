import { describe, expect, it } from 'vitest';
import {
  agencies,
  findAgency,
  findMeasure,
  measuresOfAgency,
  measuresOfRegion,
  measuresOfSection,
  seedDocument,
} from '../../src/data/index.js';

describe('ledger queries over the seed', () => {
  it('finds a measure by number, id, numeral and bracketed numeral', () => {
    for (const ref of [5, '5', 'M05', 'm05', '五', '(五)', '（五）'])
      expect(findMeasure(ref)?.number).toBe(5);
    expect(findMeasure(40)).toBeUndefined();
    expect(findMeasure('M99')).toBeUndefined();
  });

  it('lists a section’s measures', () => {
    expect(measuresOfSection(4).map((m) => m.number)).toEqual([11, 12]);
    expect(measuresOfSection(1)).toEqual([]);
  });

  it('every agency named in a clause resolves to the registry', () => {
    for (const m of seedDocument.measures) {
      const r = m.responsibility;
      for (const name of [...(r?.lead ?? []), ...(r?.supporting ?? []), ...(r?.joint ?? [])]) {
        expect(findAgency(name), `${name} in measure ${m.number}`).toBeDefined();
      }
    }
  });

  it('measures by agency and role, by any of its names', () => {
    const leads = measuresOfAgency('省住房城乡建设厅', 'lead').map((x) => x.measure.number);
    expect(leads).toEqual([5, 19, 29, 30, 31, 32]);
    // The successor name finds the 2016 body's measures.
    const land = measuresOfAgency('青海省自然资源厅', 'lead').map((x) => x.measure.number);
    expect(land).toEqual([23, 24, 25]);
    expect(measuresOfAgency('省委宣传部').map((x) => [x.measure.number, x.roles])).toEqual([[39, ['lead']]]);
    const joint = measuresOfAgency('省统计局', 'joint').map((x) => x.measure.number);
    expect(joint).toEqual([13, 36, 38]);
    expect(measuresOfAgency('不存在的机构')).toEqual([]);
  });

  it('every role of every agency adds up to the clauses', () => {
    let fromClauses = 0;
    for (const m of seedDocument.measures) {
      const r = m.responsibility;
      fromClauses += (r?.lead.length ?? 0) + (r?.supporting.length ?? 0) + (r?.joint.length ?? 0);
    }
    const fromAgencies = agencies().reduce(
      (n, a) => n + measuresOfAgency(a.id).reduce((k, x) => k + x.roles.length, 0),
      0,
    );
    expect(fromAgencies).toBe(fromClauses);
  });

  it('a body two 2016 bodies merged into finds the measures of both', () => {
    const culture = measuresOfAgency('省文化新闻出版厅').map((x) => x.measure.number);
    const tourism = measuresOfAgency('省旅游发展委').map((x) => x.measure.number);
    const merged = measuresOfAgency('省文化和旅游厅').map((x) => x.measure.number);
    expect(merged).toEqual([...new Set([...culture, ...tourism])].sort((a, b) => a - b));
    expect(tourism.length).toBeGreaterThan(0);
  });

  it('a county or an old name reports through its prefecture', () => {
    expect(measuresOfRegion('湟中县')).toHaveLength(39);
    expect(measuresOfRegion('湟中区')).toHaveLength(39);
    expect(measuresOfRegion('海北州')).toHaveLength(37);
    expect(measuresOfRegion('门源县')).toHaveLength(37);
  });

  it('the measures a region reports on', () => {
    expect(measuresOfRegion('630100')).toHaveLength(39);
    expect(measuresOfRegion('632200').map((m) => m.number)).not.toContain(11);
    expect(measuresOfRegion('632200')).toHaveLength(37);
    expect(measuresOfRegion('999999')).toEqual([]);
  });
});
