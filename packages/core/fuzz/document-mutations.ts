/**
 * Hostile variants of policy documents: the ways a text gets damaged between a government site and this
 * parser (cut short, brackets lost or doubled, punctuation half converted, traditional characters, bytes
 * decoded in the wrong encoding, BOMs, stray control characters) and inputs built to be slow.
 */

import type { Random } from '@taizhang/testkit';
import { encodeGb18030, encodeUtf16, latin1 } from '@taizhang/testkit';
import { Converter } from 'opencc-js/cn2t';
import { toChineseNumeral } from '../src/document/numerals.js';

export interface Mutation {
  name: string;
  apply(text: string, r: Random, sources: readonly string[]): string;
}

const BRACKETS = '()（）〔〕【】[]';
const PUNCTUATION: Array<[string, string]> = [
  ['（', '('],
  ['）', ')'],
  ['；', ';'],
  ['，', ','],
  ['：', ':'],
  ['。', '.'],
  ['、', ','],
  ['〔', '['],
  ['〕', ']'],
  ['　', ' '],
];

let toTraditional: ((text: string) => string) | undefined;

/** Offsets in `text` of characters in `set`. */
function offsetsOf(text: string, set: string): number[] {
  const out: number[] = [];
  for (let i = 0; i < text.length; i++) if (set.includes(text[i] as string)) out.push(i);
  return out;
}

function span(text: string, r: Random, max = 400): [number, number] {
  const start = r.int(text.length + 1);
  return [start, Math.min(text.length, start + r.int(max) + 1)];
}

function cutAt(text: string, offsets: number[], r: Random, after = 0): string {
  if (offsets.length === 0) return text.slice(0, r.int(text.length + 1));
  return text.slice(0, r.pick(offsets) + after);
}

function randomCodeUnit(r: Random): string {
  const kinds = [
    () => String.fromCharCode(r.int(0x20)), // C0 controls, NUL included
    () => String.fromCharCode(0xd800 + r.int(0x800)), // a lone surrogate
    () =>
      r.pick([
        '\u2028',
        '\u2029',
        '\u200b',
        '\u200e',
        '\u202e',
        '\ufeff',
        '\ufffe',
        '\ufffd',
        '\u0085',
        '\r',
        '\n',
      ]),
    () => String.fromCharCode(0x0300 + r.int(0x70)), // combining marks
    () => String.fromCharCode(0x4e00 + r.int(0x5200)), // any CJK ideograph
    () => String.fromCharCode(r.int(0x10000)),
    () => String.fromCodePoint(0x20000 + r.int(0xa6df)), // CJK extension B (surrogate pairs)
  ];
  return r.pick(kinds)();
}

export const MUTATIONS: Mutation[] = [
  { name: 'truncate-line', apply: (t, r) => cutAt(t, offsetsOf(t, '\n'), r) },
  { name: 'truncate-in-bracket', apply: (t, r) => cutAt(t, offsetsOf(t, '(（〔'), r, 1) },
  { name: 'truncate-in-marker', apply: (t, r) => cutAt(t, offsetsOf(t, '(（'), r, 2) },
  { name: 'truncate-after-punctuation', apply: (t, r) => cutAt(t, offsetsOf(t, '、；。，：;'), r, 1) },
  { name: 'truncate-anywhere', apply: (t, r) => t.slice(0, r.int(t.length + 1)) },
  { name: 'truncate-head', apply: (t, r) => t.slice(r.int(t.length + 1)) },
  {
    name: 'delete-brackets',
    apply(t, r) {
      const at = new Set(offsetsOf(t, BRACKETS).filter(() => r.chance(0.2)));
      return [...t].filter((_, i) => !at.has(i)).join('');
    },
  },
  {
    name: 'double-brackets',
    apply: (t, r) =>
      t.replace(/[()（）〔〕【】]/g, (ch) => (r.chance(0.2) ? ch.repeat(r.between(2, 4)) : ch)),
  },
  {
    name: 'mixed-punctuation',
    apply(t, r) {
      const p = r.next();
      let out = t;
      for (const [full, half] of PUNCTUATION) {
        out = out.replaceAll(full, () => (r.chance(p) ? half : full));
        out = out.replaceAll(half, () => (r.chance(p / 3) ? full : half));
      }
      return out;
    },
  },
  {
    name: 'traditional',
    apply(t, r) {
      toTraditional ??= Converter({ from: 'cn', to: 'tw' });
      if (r.chance(0.5)) return toTraditional(t);
      const [a, b] = span(t, r, 3000);
      return t.slice(0, a) + toTraditional(t.slice(a, b)) + t.slice(b);
    },
  },
  {
    name: 'gb18030-as-latin1',
    apply(t, r) {
      const [a, b] = span(t, r);
      return t.slice(0, a) + latin1(encodeGb18030(t.slice(a, b))) + t.slice(b);
    },
  },
  {
    name: 'gb18030-as-utf8',
    apply(t, r) {
      const [a, b] = r.chance(0.3) ? [0, t.length] : span(t, r);
      return t.slice(0, a) + new TextDecoder('utf-8').decode(encodeGb18030(t.slice(a, b))) + t.slice(b);
    },
  },
  {
    name: 'utf16-as-latin1',
    apply(t, r) {
      const [a, b] = span(t, r);
      return t.slice(0, a) + latin1(encodeUtf16(t.slice(a, b), r.chance(0.5) ? 'le' : 'be')) + t.slice(b);
    },
  },
  {
    name: 'utf8-as-utf16',
    apply(t, r) {
      const [a, b] = r.chance(0.3) ? [0, t.length] : span(t, r);
      return (
        t.slice(0, a) +
        new TextDecoder('utf-16le').decode(new TextEncoder().encode(t.slice(a, b))) +
        t.slice(b)
      );
    },
  },
  {
    name: 'boms',
    apply(t, r) {
      let out = r.chance(0.7) ? r.pick(['\ufeff', '\ufeff\ufeff', '\ufffe', 'ï»¿', '\ufeff\r\n']) + t : t;
      for (let k = r.int(4); k > 0; k--) {
        const at = r.int(out.length + 1);
        out = `${out.slice(0, at)}\ufeff${out.slice(at)}`;
      }
      return out;
    },
  },
  {
    name: 'random-characters',
    apply(t, r) {
      let out = t;
      for (let k = r.between(1, 40); k > 0; k--) {
        const at = r.int(out.length + 1);
        const cut = r.chance(0.3) ? r.int(4) : 0;
        out = out.slice(0, at) + randomCodeUnit(r) + out.slice(at + cut);
      }
      return out;
    },
  },
  {
    name: 'random-text',
    apply(_t, r) {
      let out = '';
      for (let k = r.int(3000); k > 0; k--) out += randomCodeUnit(r);
      return out;
    },
  },
  { name: 'no-newlines', apply: (t, r) => t.replace(/\r?\n/g, r.chance(0.5) ? '' : ' ') },
  {
    name: 'line-endings',
    apply: (t, r) => t.replace(/\r?\n/g, () => r.pick(['\r\n', '\r', '\n\n', '\u2028', '\r\r\n'])),
  },
  {
    name: 'shuffle-lines',
    apply(t, r) {
      const lines = t.split('\n');
      for (let k = r.int(lines.length); k > 0; k--) {
        const i = r.int(lines.length);
        const j = r.int(lines.length);
        [lines[i], lines[j]] = [lines[j] as string, lines[i] as string];
      }
      return lines.join('\n');
    },
  },
  {
    name: 'duplicate-span',
    apply(t, r) {
      const [a, b] = span(t, r, 5000);
      const piece = t.slice(a, b).repeat(r.between(1, 5));
      const at = r.int(t.length + 1);
      return t.slice(0, at) + piece + t.slice(at);
    },
  },
  {
    name: 'splice-sources',
    apply(t, r, sources) {
      const other = r.pick(sources);
      return t.slice(0, r.int(t.length + 1)) + other.slice(r.int(other.length + 1));
    },
  },
  {
    name: 'marker-storm',
    apply(t, r) {
      const marker = r.pick([
        '(一)',
        '（二）',
        '(三十九)',
        '一、',
        '\n一、总体要求\n',
        '(〇)',
        '(十十十)',
        '1.',
        '(零)',
      ]);
      const at = r.int(t.length + 1);
      return t.slice(0, at) + marker.repeat(r.between(1, 2000)) + t.slice(at);
    },
  },
  {
    name: 'bracket-storm',
    apply(t, r) {
      const piece = r.pick(['(', ')', '（', '）', '()', ')(', '(省发展改革委牵头', '牵头)', '；', ';配合)']);
      const at = r.int(t.length + 1);
      return t.slice(0, at) + piece.repeat(r.between(1, 3000)) + t.slice(at);
    },
  },
  {
    name: 'whitespace-only',
    apply: (_t, r) => r.pick(['', ' ', '\n\n\n', '\ufeff', '\u3000\t\r\n', '\ufeff \n']),
  },
];

/** Mutations applied in sequence: one to four. */
export function mutate(
  text: string,
  r: Random,
  sources: readonly string[],
): { text: string; names: string[] } {
  const names: string[] = [];
  let out = text;
  for (let k = r.chance(0.6) ? 1 : r.between(2, 4); k > 0; k--) {
    const m = r.pick(MUTATIONS);
    names.push(m.name);
    out = m.apply(out, r, sources);
  }
  return { text: out, names };
}

/** Large inputs of `length` characters in several shapes, to see time grow with size. */
export const LARGE_SHAPES: Array<{ name: string; make(length: number, seed: string): string }> = [
  { name: 'repeated-seed', make: (n, seed) => seed.repeat(Math.ceil(n / seed.length)).slice(0, n) },
  {
    name: 'many-measures',
    make(n, seed) {
      const head = seed.slice(0, seed.indexOf('一、'));
      const parts = [head, '一、总体要求\n'];
      let length = head.length;
      for (let i = 1; length < n; i++) {
        const line = `（${toChineseNumeral(((i - 1) % 999) + 1)}）加强第${i}项工作。推进有关事项。（各市州人民政府；省住房城乡建设厅牵头，省发展改革委、省财政厅配合）\n`;
        parts.push(line);
        length += line.length;
      }
      return parts.join('').slice(0, n);
    },
  },
  {
    name: 'many-sections',
    make(n) {
      const parts = ['关于深入推进新型城镇化建设的实施意见\n'];
      let length = parts[0]?.length ?? 0;
      for (let i = 1; length < n; i++) {
        const line = `${toChineseNumeral(((i - 1) % 999) + 1)}、第${i}部分\n（一）做好工作。（省发展改革委牵头）\n`;
        parts.push(line);
        length += line.length;
      }
      return parts.join('').slice(0, n);
    },
  },
  {
    name: 'one-line',
    make: (n, seed) =>
      seed
        .replace(/\n/g, '')
        .repeat(Math.ceil(n / seed.length))
        .slice(0, n),
  },
  { name: 'marker-run', make: (n) => '一、总体要求\n'.concat('(一)'.repeat(Math.ceil(n / 3))).slice(0, n) },
  {
    name: 'bracket-run',
    make: (n) => '一、总体要求\n(一)做好工作。'.concat('('.repeat(n / 2), ')'.repeat(n / 2)).slice(0, n),
  },
  {
    name: 'blank-lines',
    make: (n) => '一、总体要求\n(一)做好工作。\n'.concat(' \n'.repeat(n / 2)).slice(0, n),
  },
];
