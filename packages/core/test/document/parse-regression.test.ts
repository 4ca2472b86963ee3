/**
 * Inputs the document fuzzer (`pnpm fuzz`) found slow: before the fix, each measure marker sliced its whole
 * line and each measure searched every boundary, so a long line of markers took minutes. These inputs must
 * parse, with the right result; a quadratic step would run into the test timeout.
 */
import { describe, expect, it } from 'vitest';
import { parsePolicyDocument } from '../../src/document/index.js';
import { toChineseNumeral } from '../../src/document/numerals.js';

describe('parser regressions found by the fuzzer', () => {
  it('a 4.8 MB line of repeated markers (fuzz shape marker-run) parses as one measure', () => {
    const text = `一、总体要求\n${'(一)'.repeat(1_600_000)}`;
    const doc = parsePolicyDocument(text);
    expect(doc.measures).toHaveLength(1);
    expect(doc.measures[0]?.span).toEqual({ start: 10, end: text.length });
  });

  it('999 measures run together on one line are all found, each with its clause', () => {
    const body = Array.from(
      { length: 999 },
      (_, i) => `(${toChineseNumeral(i + 1)})做好第${i + 1}项工作。(省财政厅牵头)`,
    ).join('');
    const doc = parsePolicyDocument(`一、总体要求\n${body}\n`);
    expect(doc.measures.map((m) => m.number)).toEqual(Array.from({ length: 999 }, (_, i) => i + 1));
    expect(doc.measures.every((m) => m.responsibility?.lead.join() === '省财政厅')).toBe(true);
    expect(doc.sections[0]?.measures).toHaveLength(999);
  });

  it('many sections with many measures keep each measure in its section', () => {
    const parts = Array.from({ length: 300 }, (_, s) =>
      [
        `${toChineseNumeral(s + 1)}、第${s + 1}部分`,
        ...Array.from(
          { length: 3 },
          (_, k) => `(${toChineseNumeral(s * 3 + k + 1)})做好工作。(省发展改革委牵头)`,
        ),
      ].join('\n'),
    );
    const doc = parsePolicyDocument(`关于推进工作的实施意见\n${parts.join('\n')}\n`);
    expect(doc.sections).toHaveLength(300);
    expect(doc.sections[299]?.measures).toEqual([898, 899, 900]);
    expect(doc.measures[450]?.section).toBe(151);
  });
});
