import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { buildMatcher } from '../../src/match/matcher.js';
import { foldPattern } from '../../src/match/normalize.js';
import { relatePage } from '../../src/match/relate.js';
import { seedAgencies, seedDocument, seedRegions } from './seed.js';

const matcher = buildMatcher({ documents: [seedDocument], agencies: seedAgencies, regions: seedRegions });

/** Words every urbanization page uses; no sentence made of them alone may relate to a measure. */
const GENERIC = [
  '城镇化',
  '新型城镇化',
  '发展',
  '旅游',
  '建设',
  '城市',
  '经济',
  '社会',
  '改革',
  '推进',
  '加快',
  '全省',
  '工作',
  '服务',
  '质量',
  '项目',
  '基础设施',
  '公共服务',
  '高质量发展',
  '乡村',
  '农村',
];
const PUNCTUATION = ['，', '。', '、', '；', ' ', '\n', '“', '”'];

describe('matcher properties', () => {
  it('relates no text made only of generic words to any measure', () => {
    fc.assert(
      fc.property(
        fc.array(fc.oneof(fc.constantFrom(...GENERIC), fc.constantFrom(...PUNCTUATION)), { maxLength: 300 }),
        (parts) => {
          const relation = relatePage(matcher, parts.join(''));
          expect(relation.measures).toEqual([]);
          expect(relation.marks).toEqual([]);
        },
      ),
      { numRuns: 300 },
    );
  });

  it('returns ordered, non-overlapping spans inside the text that fold to the pattern found', () => {
    const pieces = [
      '海綿城市',
      '海绵城市',
      '棚戶區改造',
      '省住房城鄉建設廳',
      '青政［２０１６］７６号',
      '居 住 证',
      '\n',
      '，',
      '西寧',
      'ＰＰＰ',
      '发展',
      'abc',
      '𠀀',
    ];
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...pieces), { maxLength: 40 }), (parts) => {
        const text = parts.join('');
        let reached = 0;
        for (const m of matcher.find(text)) {
          expect(m.start).toBeGreaterThanOrEqual(reached);
          expect(m.end).toBeLessThanOrEqual(text.length);
          expect(m.text).toBe(text.slice(m.start, m.end));
          const folded = foldPattern(m.text);
          if (m.referents[0]?.kind !== 'document') expect(folded).toBe(m.pattern);
          reached = m.end;
        }
      }),
      { numRuns: 300 },
    );
  });
});
