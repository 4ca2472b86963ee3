/** A short run of `pnpm fuzz` (1% of the inputs): the generators work and find nothing on today's code. */

import { DEFAULT_SEED, formatSummary, parseFuzzOptions } from '@taizhang/testkit';
import { describe, expect, it } from 'vitest';
import { checkParse, documentInput, documentSources, fuzzDocuments } from '../fuzz/documents.js';
import { fuzzGrids } from '../fuzz/grids.js';

describe('fuzz smoke', () => {
  it('documents: 100 mutations and the large shapes give documents or located ParseErrors', () => {
    const result = fuzzDocuments({ seed: DEFAULT_SEED, scale: 0.01, input: null });
    expect(result.failures).toEqual([]);
    expect(result.inputs).toBeGreaterThan(100);
    expect(result.perByte).toHaveLength(7);
  });

  it('documents: an input is made again from the seed and its index alone', () => {
    const sources = documentSources();
    expect(documentInput(7, 42, sources)).toEqual(documentInput(7, 42, sources));
    expect(documentInput(7, 42, sources).text).not.toBe(documentInput(8, 42, sources).text);
  });

  it('documents: the checker rejects an unlocated error and a span that is not a slice', () => {
    expect(checkParse('x', { error: new TypeError('boom') })).toMatch(/TypeError: boom/);
    expect(checkParse('abc', { doc: { nope: true } })).toMatch(/not a PolicyDocument/);
  });

  it('grids: the three properties hold on a short run', () => {
    const result = fuzzGrids({ seed: DEFAULT_SEED, scale: 0.01, input: null });
    expect(result.failures).toEqual([]);
    expect(result.inputs).toBe(40 + 30 + 15);
  });

  it('prints the summary table and reads its options', () => {
    const table = formatSummary([
      {
        fuzzer: 'x',
        seed: 1,
        inputs: 2,
        crashes: 0,
        hangs: 0,
        lostWrites: 0,
        largestTime: '1 ms',
        failures: ['input 3: boom'],
      },
    ]);
    expect(table).toContain('| inputs tried |');
    expect(table).toContain('x: input 3: boom');
    expect(parseFuzzOptions(['--seed', '5', '--scale', '0.5'])).toEqual({ seed: 5, scale: 0.5, input: null });
    expect(() => parseFuzzOptions(['--sead', '5'])).toThrow(/unknown option --sead/);
  });
});
