import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  expandLocalGovernments,
  findAgencies,
  findAgency,
  findRegion,
  LocalGovernmentExpansion,
  regionByCode,
} from '../../src/data/index.js';

/** Strings made of the characters these phrases are made of, so the generator reaches the interesting paths. */
const phraseLike = fc
  .array(
    fc.constantFrom(
      ...'各有关市州县人民政府西宁海东北南西黄果洛玉树省厅委局、,，;；()（）０１６３ 　区镇行'.split(''),
      '西宁',
      '海东市',
      '海北州',
      '人民政府',
      '各市州',
      '、县',
    ),
    { maxLength: 16 },
  )
  .map((parts) => parts.join(''));
const anyText = fc.oneof(phraseLike, fc.string({ maxLength: 24 }));

describe('the lookups on arbitrary input', () => {
  it('expandLocalGovernments never throws, and returns regions exactly when the scope is known', () => {
    fc.assert(
      fc.property(anyText, (phrase) => {
        const result = LocalGovernmentExpansion.parse(expandLocalGovernments(phrase));
        expect(result.phrase).toBe(phrase);
        expect(result.regions.length === 0).toBe(result.scope === 'unknown');
        expect(result.reason === undefined).toBe(result.scope !== 'unknown');
        for (const code of result.regions) expect(regionByCode(code)?.gbCode).toBe(code);
      }),
      { numRuns: 400 },
    );
  });

  it('findAgency and findRegion never throw, and findAgency agrees with findAgencies', () => {
    fc.assert(
      fc.property(anyText, (name) => {
        const found = findAgency(name);
        const all = findAgencies(name);
        if (found !== undefined) expect(all.map((m) => m.agency)).toContain(found);
        else if (all.length > 0) expect(all.length).toBeGreaterThan(1);
        findRegion(name);
      }),
      { numRuns: 400 },
    );
  });
});
