/**
 * A short run of `pnpm fuzz` for the extension: five generated hostile pages in headless Chromium with the
 * built extension. Fails (never skips) when Chromium or the build is missing.
 */
import { DEFAULT_SEED, random } from '@taizhang/testkit';
import { describe, expect, it } from 'vitest';
import { escapeHtml, generatePage } from '../fuzz/pages.js';
import { fuzzPages } from '../fuzz/run-pages.js';

describe('extension fuzz smoke', () => {
  it('five hostile pages: no page error, page scripts work, no mark in editable or script content, DOM restored', async () => {
    const result = await fuzzPages({ seed: DEFAULT_SEED, scale: 0.005, input: null });
    expect(result.failures.filter((f) => !f.startsWith('(skipped)'))).toEqual([]);
    expect(result.inputs).toBe(5);
    expect(result.marked).toBeGreaterThan(0);
  });

  it('pages are made again from the seed and their index, with markup in text escaped', () => {
    expect(generatePage(random(3, 'page-7'), 7)).toEqual(generatePage(random(3, 'page-7'), 7));
    expect(escapeHtml('<img src=x onerror="a()">&')).toBe('&lt;img src=x onerror=&quot;a()&quot;&gt;&amp;');
    expect(generatePage(random(3, 'page-49'), 49).kinds[0]).toBe('many-text-nodes');
  });
});
