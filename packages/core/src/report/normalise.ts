/**
 * What people type into number cells, and what it means: `５８` (full-width digits from a Chinese IME),
 * `1,234` (thousands separators), `58%`, `12万人` (a unit typed in), `约60` / `60左右` (approximations).
 * Each is recognised, turned into a number where that is safe, and reported so the reporter can see it.
 */

export type TypedNumberIssue = 'fullWidth' | 'thousands' | 'percentSign' | 'unit' | 'approximate';

export interface TypedNumber {
  /** The number the text means, in the cell's own scale and unit (`58%` → 58 in a 0–100 column). */
  value: number;
  issues: TypedNumberIssue[];
  /** The unit text typed after the number, if any (`%`, `万人`). */
  unit: string | null;
}

const FULL_WIDTH = /[\uFF01-\uFF5E\u3000]/g;

/** Full-width ASCII (`５８．５`, `％`, ideographic space) → half-width. */
export function toHalfWidth(text: string): string {
  return text.replace(FULL_WIDTH, (ch) =>
    ch === '\u3000' ? ' ' : String.fromCharCode(ch.charCodeAt(0) - 0xfee0),
  );
}

const APPROX_PREFIX = /^(?:大约|约|近|约为|接近)\s*/;
const APPROX_SUFFIX = /\s*(?:左右|上下|余|多)$/;
const PLAIN_NUMBER = /^[+-]?(?:\d+\.?\d*|\.\d+)$/;
const THOUSANDS = /^[+-]?\d{1,3}(?:,\d{3})+(?:\.\d+)?$/;

/**
 * Reads a number from typed text, or returns null when the text is not a number at all (e.g. `待统计`).
 * A plain `58` or `-1.5` comes back with no issues.
 */
export function parseTypedNumber(text: string): TypedNumber | null {
  const issues: TypedNumberIssue[] = [];
  let s = text.trim();
  const half = toHalfWidth(s);
  if (half !== s) issues.push('fullWidth');
  s = half.trim();
  if (APPROX_PREFIX.test(s) || APPROX_SUFFIX.test(s)) {
    issues.push('approximate');
    s = s.replace(APPROX_PREFIX, '');
  }
  // The unit goes between the number and 左右: `60%左右`, `12万人左右`.
  s = s.replace(APPROX_SUFFIX, '');
  let unit: string | null = null;
  const unitMatch =
    /^([^A-Za-z\u4e00-\u9fff%]*?)\s*(%|[A-Za-z\u4e00-\u9fff][A-Za-z\u4e00-\u9fff()（）/]*)$/.exec(s);
  if (unitMatch?.[1] && unitMatch[2]) {
    unit = unitMatch[2];
    s = unitMatch[1].trim();
    issues.push(unit === '%' ? 'percentSign' : 'unit');
  }
  if (THOUSANDS.test(s)) {
    issues.push('thousands');
    s = s.replace(/,/g, '');
  }
  if (!PLAIN_NUMBER.test(s)) return null;
  const value = Number(s);
  if (!Number.isFinite(value)) return null;
  return { value, issues, unit };
}

/** Does a typed unit say the same as the column's unit? `%` matches `%`; `万人` matches `万人`; `人` does not match `万人`. */
export function sameUnit(typed: string, expected: string): boolean {
  const norm = (u: string) => toHalfWidth(u).replace(/[()（）\s]/g, '');
  return norm(typed) === norm(expected);
}
