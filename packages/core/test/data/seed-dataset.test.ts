import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { renderSchemasAndData } from '../../scripts/schemas.js';
import { renderSeedDataset } from '../../scripts/seed-dataset.js';
import { seedDatasetInfo, seedDocument } from '../../src/data/index.js';

const packageRoot = new URL('../../', import.meta.url);
const seed = readFileSync(new URL('../../seeds/qinghai-new-urbanization-2016-76.txt', packageRoot), 'utf8');

describe('the generated seed dataset', () => {
  it('is exactly what the generator writes from seeds/ and the registries today (run `pnpm --filter @taizhang/core gen` after changing them)', () => {
    for (const [path, content] of Object.entries({ ...renderSeedDataset(), ...renderSchemasAndData() })) {
      expect(readFileSync(new URL(path, packageRoot), 'utf8'), path).toBe(content);
    }
  });

  it('records the document it came from: its hash, length and the dataset revision', () => {
    expect(seedDocument.source.length).toBe(seed.length);
    expect(seedDocument.source.sha256).toMatch(/^[0-9a-f]{64}$/);
    expect(seedDatasetInfo).toMatchObject({
      id: 'qinghai-2016-76',
      revision: 1,
      sha256: seedDocument.source.sha256,
    });
  });

  it('slices every title, text and clause from the seed at its recorded offsets', () => {
    for (const m of seedDocument.measures) {
      expect(seed.slice(m.span.start, m.span.end)).toBe(m.text);
      expect(seed.slice(m.titleSpan.start, m.titleSpan.end)).toBe(m.title);
      const r = m.responsibility;
      expect(r && seed.slice(r.span.start, r.span.end)).toBe(r?.clause);
    }
  });

  it('expands local governments to regions: (十一) and (十二) only 西宁 and 海东, the rest all 8', () => {
    for (const m of seedDocument.measures) {
      const expected = m.number === 11 || m.number === 12 ? 2 : 8;
      expect(m.responsibility?.regions.length, `measure ${m.number}`).toBe(expected);
    }
    expect(seedDocument.measures[10]?.responsibility?.regions).toEqual(['630100', '630200']);
  });
});
