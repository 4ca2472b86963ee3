import { describe, expect, it } from 'vitest';
import { parsePeriod, parseTypedNumber, samePeriodLastYear, toHalfWidth } from '../../src/report/index.js';

describe('parseTypedNumber', () => {
  it.each([
    ['58', 58, [], null],
    ['-1.5', -1.5, [], null],
    ['５８', 58, ['fullWidth'], null],
    ['５８．５', 58.5, ['fullWidth'], null],
    ['1,234', 1234, ['thousands'], null],
    ['1,234,567.5', 1234567.5, ['thousands'], null],
    ['58%', 58, ['percentSign'], '%'],
    ['５８％', 58, ['fullWidth', 'percentSign'], '%'],
    ['约60', 60, ['approximate'], null],
    ['60左右', 60, ['approximate'], null],
    ['约60%左右', 60, ['approximate', 'percentSign'], '%'],
    ['12万人', 12, ['unit'], '万人'],
    [' 3,500 套 ', 3500, ['unit', 'thousands'], '套'],
  ])('%s → %d', (text, value, issues, unit) => {
    const typed = parseTypedNumber(text);
    expect(typed?.value).toBe(value);
    expect(typed?.issues).toEqual(issues);
    expect(typed?.unit).toBe(unit);
  });

  it.each(['待统计', '', '1,23', '12-3', '无'])('%s is not a number', (text) => {
    expect(parseTypedNumber(text)).toBeNull();
  });

  it('full-width punctuation and ideographic spaces become half-width', () => {
    expect(toHalfWidth('１２３，４５６　％')).toBe('123,456 %');
  });
});

describe('parsePeriod', () => {
  it('reads years, half-years and quarters, with labels and last year', () => {
    expect(parsePeriod('2017')).toMatchObject({ code: '2017', kind: 'year', label: '2017年' });
    expect(parsePeriod('2017h1')).toMatchObject({ code: '2017H1', kind: 'half', label: '2017年上半年' });
    expect(parsePeriod('2017-Q3')).toMatchObject({
      code: '2017Q3',
      kind: 'quarter',
      part: 3,
      label: '2017年第三季度',
    });
    expect(samePeriodLastYear(parsePeriod('2017Q3')).code).toBe('2016Q3');
  });

  it.each(['2017H3', '2017Q5', '17', '2017年', ''])(
    'rejects %s with a message saying what is accepted',
    (text) => {
      expect(() => parsePeriod(text)).toThrow(/2017H1|two halves/);
    },
  );
});
