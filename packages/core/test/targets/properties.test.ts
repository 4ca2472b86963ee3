import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { extractTargets, findExpressions, type PolicyDocument, Target } from '../../src/document/index.js';

/** Pieces commitments and non-commitments are made of, so random text hits the extractor's rules. */
const piece = fc.constantFrom(
  '到2020年',
  '从2016年起',
  '2017年',
  '每年',
  '每季度',
  '通过三年建设',
  '三年攻坚',
  '五年完善',
  '三年内',
  '60%左右',
  '下降18%',
  '年均',
  '3个百分点',
  '7万人(次)',
  '1500个',
  '两次',
  '十五个',
  '1小时',
  '95%以上',
  '10%以内',
  '5年以上',
  '完成',
  '基本完成',
  '全覆盖',
  '所有',
  '初步形成',
  '提高',
  '降低',
  '比例',
  '漏损率',
  '效率',
  '西宁市',
  '海东',
  '藏区六州',
  '全省',
  '湟中、',
  '等',
  '“一年打基础”',
  '《办法》',
  '〔2016〕76号',
  '城镇化率',
  '行政村',
  '通硬化路、',
  '通宽带',
  '美丽乡村',
  '，',
  '、',
  '。',
  '；',
  '的',
  '和',
);

function documentOf(text: string): { document: PolicyDocument; source: string } {
  const source = `(一)${text}`;
  const span = { start: 3, end: source.length };
  const document: PolicyDocument = {
    metadata: {
      indexNumber: null,
      documentNumber: null,
      issuer: null,
      topics: [],
      writtenDate: null,
      validity: null,
    },
    title: '随机',
    titleSpan: null,
    recipients: null,
    sections: [],
    measures: [
      {
        number: 1,
        numeral: '一',
        id: 'M01',
        title: text,
        titleSpan: span,
        text,
        span,
        section: 1,
        responsibility: null,
      },
    ],
    signature: { issuer: null, date: null },
    source: { length: source.length, sha256: null, name: null },
    warnings: [],
  };
  return { document, source };
}

describe('extractTargets on arbitrary text', () => {
  it('never throws, and every target is valid, inside its clause, with spans that slice the source', () => {
    fc.assert(
      fc.property(
        fc.array(piece, { maxLength: 24 }).map((pieces) => pieces.join('')),
        (text) => {
          const { document, source } = documentOf(text);
          for (const target of extractTargets(document, source)) {
            expect(Target.safeParse(target).success).toBe(true);
            expect(source.slice(target.span.start, target.span.end)).toBe(target.text);
            expect(source.slice(target.expression.span.start, target.expression.span.end)).toBe(
              target.expression.text,
            );
            expect(target.value === null || Number.isFinite(target.value)).toBe(true);
          }
        },
      ),
      { numRuns: 400 },
    );
  });

  it('finds expressions in any string without throwing, within its bounds', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 60 }), (text) => {
        for (const e of findExpressions(text)) {
          expect(e.start).toBeGreaterThanOrEqual(0);
          expect(e.end).toBeLessThanOrEqual(text.length);
          expect(e.end).toBeGreaterThan(e.start);
        }
      }),
      { numRuns: 300 },
    );
  });
});
