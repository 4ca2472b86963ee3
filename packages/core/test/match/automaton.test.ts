import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { Automaton } from '../../src/match/automaton.js';

function naive(patterns: string[], text: string) {
  const found: Array<{ pattern: number; start: number; end: number }> = [];
  patterns.forEach((p, pattern) => {
    for (let i = text.indexOf(p); i !== -1; i = text.indexOf(p, i + 1))
      found.push({ pattern, start: i, end: i + p.length });
  });
  return found.sort((a, b) => a.end - b.end || a.pattern - b.pattern);
}

describe('Automaton', () => {
  it('finds overlapping and nested patterns in one pass', () => {
    const patterns = ['城中村', '中村', '棚户区改造', '户区', '城镇棚户区'];
    const got = new Automaton(patterns).findAll('加快城镇棚户区改造和城中村改造');
    expect(got.map((m) => patterns[m.pattern])).toEqual([
      '城镇棚户区',
      '户区',
      '棚户区改造',
      '城中村',
      '中村',
    ]);
    expect(got[0]).toEqual({ pattern: 4, start: 2, end: 7 });
  });

  it('finds the same matches as a naive search, for any patterns and text', () => {
    const alphabet = fc.constantFrom('城', '镇', '化', '村', 'a', 'b');
    const word = fc.array(alphabet, { minLength: 1, maxLength: 4 }).map((a) => a.join(''));
    fc.assert(
      fc.property(
        fc.uniqueArray(word, { minLength: 1, maxLength: 8 }),
        fc.array(alphabet, { maxLength: 60 }),
        (patterns, chars) => {
          const text = chars.join('');
          const got = [...new Automaton(patterns).findAll(text)].sort(
            (a, b) => a.end - b.end || a.pattern - b.pattern,
          );
          expect(got).toEqual(naive(patterns, text));
        },
      ),
      { numRuns: 300 },
    );
  });

  it('searches only the range asked for', () => {
    const a = new Automaton(['海绵城市']);
    expect(a.findAll('海绵城市海绵城市', 4)).toEqual([{ pattern: 0, start: 4, end: 8 }]);
  });

  it('refuses an empty pattern', () => {
    expect(() => new Automaton(['居住证', ''])).toThrow(/pattern 1 is empty/);
  });
});
