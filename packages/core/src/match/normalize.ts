import { TRADITIONAL_TO_SIMPLIFIED } from './traditional-table.generated.js';

/**
 * Text folded for matching, with the way back to the text it came from.
 *
 * Folding is per UTF-16 code unit so that every folded character points at exactly one
 * original character: `origin[i]` is the offset in the original text of folded character `i`,
 * and `origin[text.length]` is the original length. A span `[s, e)` found in the folded text is
 * `[origin[s], origin[e - 1] + 1)` in the original.
 */
export interface FoldedText {
  readonly text: string;
  readonly origin: Uint32Array;
}

/** Characters dropped before matching: a phrase broken by a line break or a typesetting space is still the phrase. */
function isIgnorable(code: number): boolean {
  return (
    code === 0x20 ||
    (code >= 0x09 && code <= 0x0d) ||
    code === 0xa0 ||
    code === 0x3000 ||
    (code >= 0x2000 && code <= 0x200d) ||
    code === 0x2028 ||
    code === 0x2029 ||
    code === 0x202f ||
    code === 0x205f ||
    code === 0xfeff
  );
}

let table: Map<number, number> | undefined;

function traditionalTable(): Map<number, number> {
  if (table) return table;
  table = new Map();
  // The generated string is pairs: traditional, simplified, traditional, simplified …
  for (let i = 0; i + 1 < TRADITIONAL_TO_SIMPLIFIED.length; i += 2) {
    table.set(TRADITIONAL_TO_SIMPLIFIED.charCodeAt(i), TRADITIONAL_TO_SIMPLIFIED.charCodeAt(i + 1));
  }
  return table;
}

/**
 * One code unit as the matcher sees it: traditional → simplified (for the vocabulary the table
 * covers), full-width ASCII → ASCII, upper-case Latin → lower case. Brackets such as 〔〕【】 are
 * kept: document numbers accept all of them.
 */
export function foldCode(code: number): number {
  if (code >= 0xff01 && code <= 0xff5e) code -= 0xfee0;
  if (code >= 0x41 && code <= 0x5a) return code + 0x20;
  if (code < 0x3400) return code;
  return traditionalTable().get(code) ?? code;
}

/** Fold a whole string without keeping offsets: used for patterns. */
export function foldPattern(pattern: string): string {
  return foldText(pattern).text;
}

/** Fold `text` for matching; see {@link FoldedText}. */
export function foldText(text: string): FoldedText {
  const origin = new Uint32Array(text.length + 1);
  const codes: number[] = [];
  let out = '';
  let n = 0;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (isIgnorable(code)) continue;
    origin[n++] = i;
    codes.push(foldCode(code));
    // Building the string in slices keeps String.fromCharCode's argument list short on long pages.
    if (codes.length === 8192) {
      out += String.fromCharCode(...codes);
      codes.length = 0;
    }
  }
  out += String.fromCharCode(...codes);
  origin[n] = text.length;
  return { text: out, origin: origin.subarray(0, n + 1) };
}

/** Map a span of folded text back to the original text. */
export function originalSpan(folded: FoldedText, start: number, end: number): { start: number; end: number } {
  const first = folded.origin[start];
  const last = folded.origin[end - 1];
  if (first === undefined || last === undefined || end <= start) {
    throw new RangeError(`span [${start}, ${end}) is outside the folded text (length ${folded.text.length})`);
  }
  return { start: first, end: last + 1 };
}
