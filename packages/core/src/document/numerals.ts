const DIGITS: Record<string, number> = {
  〇: 0,
  零: 0,
  一: 1,
  二: 2,
  两: 2,
  兩: 2,
  三: 3,
  四: 4,
  五: 5,
  六: 6,
  七: 7,
  八: 8,
  九: 9,
};
const UNITS: Record<string, number> = { 十: 10, 拾: 10, 百: 100, 佰: 100, 千: 1000, 仟: 1000 };

/** The characters a Chinese numeral is written with: `十一`, `三十九`, `一百零二`. */
export const CHINESE_NUMERAL_CHARS = '〇零一二两兩三四五六七八九十拾百佰千仟';

/**
 * The value of a Chinese numeral as written in headings and counts (`三十九` → 39, `十` → 10, `两` → 2);
 * `undefined` when the string is not one.
 */
export function parseChineseNumeral(text: string): number | undefined {
  if (text.length === 0) return undefined;
  let total = 0;
  let pending = 0;
  let sawDigit = false;
  for (const ch of text) {
    const digit = DIGITS[ch];
    if (digit !== undefined) {
      pending = digit;
      sawDigit = true;
      continue;
    }
    const unit = UNITS[ch];
    if (unit === undefined) return undefined;
    // A bare 十 at the start means 一十.
    total += (pending === 0 && !sawDigit ? 1 : pending) * unit;
    pending = 0;
    sawDigit = false;
  }
  return total + pending;
}

/** 39 → `三十九`; used to write a measure's numeral back the way documents do. */
export function toChineseNumeral(value: number): string {
  const names = '零一二三四五六七八九';
  if (!Number.isInteger(value) || value < 0 || value > 999)
    throw new RangeError(`no Chinese numeral for ${value}`);
  if (value < 10) return names[value] as string;
  const hundreds = Math.floor(value / 100);
  const tens = Math.floor((value % 100) / 10);
  const ones = value % 10;
  let out = '';
  if (hundreds > 0) out += `${names[hundreds]}百`;
  if (tens > 0) out += `${hundreds === 0 && tens === 1 ? '' : names[tens]}十`;
  else if (hundreds > 0 && ones > 0) out += '零';
  if (ones > 0) out += names[ones];
  return out;
}
