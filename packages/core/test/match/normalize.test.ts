import TSCharacters from 'opencc-js/dict/TSCharacters';
import { describe, expect, it } from 'vitest';
import { foldPattern, foldText, originalSpan } from '../../src/match/normalize.js';
import { TRADITIONAL_TO_SIMPLIFIED } from '../../src/match/traditional-table.generated.js';
import { seedAgencies, seedRegions, seedText } from './seed.js';
import { traditionalPairs, vocabularyCharacters } from './vocabulary.js';

describe('foldText', () => {
  it('maps traditional characters of the vocabulary to simplified', () => {
    expect(foldPattern('海綿城市建設')).toBe('海绵城市建设');
    expect(foldPattern('棚戶區改造')).toBe('棚户区改造');
    expect(foldPattern('省住房城鄉建設廳')).toBe('省住房城乡建设厅');
    expect(foldPattern('戶籍制度改革')).toBe('户籍制度改革');
  });

  it('maps full-width ASCII to ASCII and drops spaces and line breaks', () => {
    expect(foldPattern('青政［２０１６］７６号')).toBe('青政[2016]76号');
    expect(foldPattern('青政 （2016） 76 号')).toBe('青政(2016)76号');
    expect(foldPattern('海绵\n城\u3000市')).toBe('海绵城市');
    expect(foldPattern('ＰＰＰ')).toBe('ppp');
  });

  it('maps every folded span back to the same characters of the original', () => {
    const original = '西寧 市推進\n海綿城市　建設，青政［２０１６］７６号';
    const folded = foldText(original);
    const at = folded.text.indexOf('海绵城市建设');
    const span = originalSpan(folded, at, at + '海绵城市建设'.length);
    expect(original.slice(span.start, span.end)).toBe('海綿城市　建設');
    expect(folded.origin[folded.text.length]).toBe(original.length);
  });

  it('keeps offsets on long texts built in slices', () => {
    const original = `${'发展'.repeat(10_000)} 海綿城市`;
    const folded = foldText(original);
    expect(folded.text.length).toBe(original.length - 1);
    const at = folded.text.indexOf('海绵城市');
    expect(originalSpan(folded, at, at + 4)).toEqual({ start: 20_001, end: 20_005 });
  });

  it('refuses a span outside the text', () => {
    expect(() => originalSpan(foldText('abc'), 2, 9)).toThrow(/outside the folded text/);
  });
});

describe('the traditional → simplified table', () => {
  const table = new Map<string, string>();
  for (let i = 0; i + 1 < TRADITIONAL_TO_SIMPLIFIED.length; i += 2) {
    table.set(TRADITIONAL_TO_SIMPLIFIED[i] as string, TRADITIONAL_TO_SIMPLIFIED[i + 1] as string);
  }

  it('agrees with OpenCC TSCharacters on every pair', () => {
    const opencc = new Map((TSCharacters as string).split('|').map((e) => e.split(' ') as [string, string]));
    expect(table.size).toBeGreaterThan(300);
    for (const [t, s] of table) expect(opencc.get(t)?.startsWith(s)).toBe(true);
  });

  it('is exactly what the generator derives from the vocabulary (regenerate with scripts/gen-traditional-table.ts)', () => {
    const names = [...seedAgencies.flatMap((a) => a.names), ...seedRegions.flatMap((r) => r.names)];
    const chars = vocabularyCharacters(seedText, names);
    const expected = traditionalPairs(chars);
    expect(expected.filter(([t]) => !table.has(t))).toEqual([]);
    expect(table.size).toBe(expected.length);
  });
});
