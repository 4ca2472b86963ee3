import { describe, expect, it } from 'vitest';
import { BUDGETS, measureSizes } from '../../scripts/size.js';

describe('size budget of each entry (minified + gzipped, as a consumer bundles it)', async () => {
  const results = await measureSizes();
  it.each(results.map((r) => [r.entry, r] as const))('%s fits its budget', (_, r) => {
    expect(r.gzipped).toBeGreaterThan(0);
    expect(r.gzipped).toBeLessThanOrEqual(r.budget);
  });
  it('the content-script bundle (matcher + seed data + registries) carries no zod', async () => {
    const [content] = await measureSizes(BUDGETS.filter((b) => b.entry.startsWith('content script')));
    const [everything] = await measureSizes(BUDGETS.filter((b) => b.entry.includes('everything')));
    expect(content?.gzipped).toBeLessThan((everything?.gzipped ?? 0) / 3);
  });
});
