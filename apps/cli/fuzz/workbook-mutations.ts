/**
 * Damage done to filled .xlsx files: at the byte level (flipped bytes, truncation), at the zip level
 * (entries removed, duplicated, renamed, sizes that lie, zip bombs) and inside the XML (invalid XML, cells
 * changed to random types, shared strings broken, sheets renamed or reordered, rows deleted, huge cells,
 * formulas replaced with errors, references out of range, merges over whole sheets).
 */
import { deflateRawSync } from 'node:zlib';
import type { Random } from '@taizhang/testkit';
import { writeZip, type ZipEntry } from './zip.js';

export interface WorkbookMutation {
  name: string;
  /** Changes the entries in place, or returns finished bytes (byte-level mutations). */
  apply(entries: ZipEntry[], r: Random): Buffer | undefined;
}

const SHEET_XML = /^xl\/worksheets\/sheet\d+\.xml$/;
let bomb: Buffer | undefined;

function pickEntry(
  entries: ZipEntry[],
  r: Random,
  test: (name: string) => boolean = () => true,
): ZipEntry | undefined {
  const list = entries.filter((e) => test(e.name) && e.data.length > 0);
  return list.length ? r.pick(list) : undefined;
}

function editXml(
  entries: ZipEntry[],
  r: Random,
  test: (name: string) => boolean,
  edit: (xml: string) => string,
): void {
  const e = pickEntry(entries, r, test);
  if (e) e.data = Buffer.from(edit(e.data.toString('utf8')), 'utf8');
}

/** Replace some matches of `pattern` (global) with what `by` returns. */
function replaceSome(
  xml: string,
  pattern: RegExp,
  r: Random,
  p: number,
  by: (match: string) => string,
): string {
  return xml.replace(pattern, (m) => (r.chance(p) ? by(m) : m));
}

const CELL_TYPES = ['s', 'b', 'n', 'e', 'str', 'inlineStr', 'd', 'x', ''];
const WEIRD_VALUES = [
  '',
  '-1',
  '99999999',
  '1e999',
  'NaN',
  'abc',
  '#REF!',
  '1',
  '0',
  'true',
  '2017-13-45T99:99',
  '<',
  '&amp;',
  '１２３',
  '4294967296',
];
const WEIRD_REFS = [
  'A0',
  'ZZZZ1',
  'XFE1',
  'A1048577',
  '',
  '1A',
  'a1',
  '$A$1',
  'A-1',
  'AAAAAAAAAAAAAAAAAAAAAAA1',
  'A99999999999',
];
const WEIRD_NAMES = [
  '',
  'Sheet1',
  '措施',
  '指标',
  '说明',
  '_taizhang',
  '核实说明',
  'x'.repeat(40),
  'a[b]',
  'a:b*?/\\',
  '措施 ',
  '&lt;x&gt;',
];

export const WORKBOOK_MUTATIONS: WorkbookMutation[] = [
  {
    name: 'flip-bytes',
    apply(entries, r) {
      const bytes = writeZip(entries);
      for (let k = r.between(1, 20); k > 0; k--) {
        const i = r.int(bytes.length);
        bytes[i] = (bytes[i] as number) ^ (1 << r.int(8));
      }
      return bytes;
    },
  },
  {
    name: 'truncate',
    apply: (entries, r) => {
      const bytes = writeZip(entries);
      return bytes.subarray(0, r.int(bytes.length));
    },
  },
  {
    name: 'garbage',
    apply(entries, r) {
      const bytes = writeZip(entries);
      const junk = Buffer.alloc(r.int(5000));
      for (let i = 0; i < junk.length; i++) junk[i] = r.int(256);
      return r.chance(0.5) ? Buffer.concat([bytes, junk]) : Buffer.concat([junk, bytes]);
    },
  },
  {
    name: 'remove-entry',
    apply(entries, r) {
      entries.splice(r.int(entries.length), 1);
      return undefined;
    },
  },
  {
    name: 'duplicate-entry',
    apply(entries, r) {
      const e = r.pick(entries);
      const copy = { ...e, data: r.chance(0.5) ? Buffer.from(e.data) : Buffer.from('<x/>') };
      entries.splice(r.int(entries.length + 1), 0, copy);
      return undefined;
    },
  },
  {
    name: 'rename-entry',
    apply(entries, r) {
      const e = r.pick(entries);
      e.name = r.pick([
        `${e.name}.bak`,
        e.name.toUpperCase(),
        e.name.replace('xl/', 'XL/'),
        `../${e.name}`,
        `/${e.name}`,
        e.name.replace('.xml', ''),
      ]);
      return undefined;
    },
  },
  {
    name: 'stored-entries',
    apply(entries) {
      for (const e of entries) e.method = 0;
      return undefined;
    },
  },
  {
    name: 'lying-size',
    apply(entries, r) {
      const e = r.pick(entries);
      e.claimedSize = r.pick([0, 1, 0xffffffff, 500 * 1024 * 1024, r.int(2 ** 32)]);
      return undefined;
    },
  },
  {
    name: 'zip-bomb',
    apply(entries, r) {
      // 64 MB of one repeated byte deflates to about 64 KB: a ratio of 1000.
      const size = 64 * 1024 * 1024;
      bomb ??= deflateRawSync(Buffer.alloc(size, 0x20));
      const raw = bomb;
      const name = r.pick(['xl/worksheets/sheet1.xml', 'xl/sharedStrings.xml', 'xl/media/bomb.bin']);
      const kept = entries.filter((e) => e.name !== name);
      entries.splice(0, entries.length, ...kept, {
        name,
        data: Buffer.alloc(0),
        raw,
        claimedSize: r.chance(0.5) ? size : 1000,
      });
      return undefined;
    },
  },
  {
    name: 'many-entries',
    apply(entries, r) {
      for (let k = r.pick([100, 5001, 6000]); k > 0; k--)
        entries.push({ name: `xl/junk/${k}.xml`, data: Buffer.from('<a/>'), method: 0 });
      return undefined;
    },
  },
  {
    name: 'invalid-xml',
    apply(entries, r) {
      editXml(
        entries,
        r,
        (n) => n.endsWith('.xml') || n.endsWith('.rels'),
        (xml) => {
          const at = r.int(xml.length + 1);
          const how = r.int(5);
          if (how === 0) return xml.slice(0, at);
          if (how === 1)
            return `${xml.slice(0, at)}${r.pick(['<', '&', '</x>', '<!--', ']]>', '"', '\u0000', '<?xml version="1.0"?>'])}${xml.slice(at)}`;
          if (how === 2) return xml.replace(/<(\w+)/, '<$1 $1="1" $1="2"');
          if (how === 3) return '';
          return xml.replace(/encoding="UTF-8"/, 'encoding="UTF-16"');
        },
      );
      return undefined;
    },
  },
  {
    name: 'cell-types',
    apply(entries, r) {
      const p = r.next() * 0.3;
      editXml(
        entries,
        r,
        (n) => SHEET_XML.test(n),
        (xml) =>
          replaceSome(xml, /<c r="([A-Z]+\d+)"([^>]*?)(\/>|>(.*?)<\/c>)/g, r, p, (m) => {
            const type = r.pick(CELL_TYPES);
            const ref = r.chance(0.9) ? (/r="([A-Z]+\d+)"/.exec(m)?.[1] ?? 'A1') : r.pick(WEIRD_REFS);
            const value = r.pick(WEIRD_VALUES);
            if (type === 'inlineStr') return `<c r="${ref}" t="inlineStr"><is><t>${value}</t></is></c>`;
            return `<c r="${ref}"${type ? ` t="${type}"` : ''}${r.chance(0.2) ? ` s="${r.pick(['99999', '-1', 'x'])}"` : ''}><v>${value}</v></c>`;
          }),
      );
      return undefined;
    },
  },
  {
    name: 'shared-strings',
    apply(entries, r) {
      editXml(
        entries,
        r,
        (n) => n === 'xl/sharedStrings.xml',
        (xml) => {
          const how = r.int(4);
          if (how === 0) return replaceSome(xml, /<si>.*?<\/si>/g, r, 0.3, () => '');
          if (how === 1)
            return xml.replace(/count="\d+"/, `count="${r.pick(['0', '-1', '99999999999', 'x'])}"`);
          if (how === 2)
            return xml.replace(
              /<sst[^>]*>[\s\S]*<\/sst>/,
              '<sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"/>',
            );
          return replaceSome(
            xml,
            /<t>[^<]*<\/t>/g,
            r,
            0.2,
            () => `<t>${r.pick(['', '#DIV/0!', '=1+1', '约60', '１２', '\u0000', 'x'.repeat(40000)])}</t>`,
          );
        },
      );
      return undefined;
    },
  },
  {
    name: 'rename-sheets',
    apply(entries, r) {
      editXml(
        entries,
        r,
        (n) => n === 'xl/workbook.xml',
        (xml) => replaceSome(xml, /name="[^"]*"/g, r, 0.4, () => `name="${r.pick(WEIRD_NAMES)}"`),
      );
      return undefined;
    },
  },
  {
    name: 'reorder-sheets',
    apply(entries, r) {
      editXml(
        entries,
        r,
        (n) => n === 'xl/workbook.xml',
        (xml) => {
          const sheets = xml.match(/<sheet [^>]*\/>/g) ?? [];
          const shuffled = [...sheets].sort(() => r.next() - 0.5);
          let i = 0;
          return xml.replace(/<sheet [^>]*\/>/g, () => shuffled[i++] ?? '');
        },
      );
      return undefined;
    },
  },
  {
    name: 'delete-rows',
    apply(entries, r) {
      const p = r.next() * 0.5;
      editXml(
        entries,
        r,
        (n) => SHEET_XML.test(n),
        (xml) => replaceSome(xml, /<row [^>]*>.*?<\/row>/g, r, p, () => ''),
      );
      return undefined;
    },
  },
  {
    name: 'huge-cell',
    apply(entries, r) {
      const text = r.pick(['字', 'a', '<', '1']).repeat(r.pick([32_768, 200_000, 2_000_000]));
      const escaped = text.replace(/</g, '&lt;');
      editXml(
        entries,
        r,
        (n) => SHEET_XML.test(n),
        (xml) => {
          let done = false;
          return xml.replace(/<c r="([A-Z]+\d+)"[^>]*?(\/>|>.*?<\/c>)/g, (m, ref) => {
            if (done || !r.chance(0.1)) return m;
            done = true;
            return `<c r="${ref}" t="inlineStr"><is><t>${escaped}</t></is></c>`;
          });
        },
      );
      return undefined;
    },
  },
  {
    name: 'formulas-to-errors',
    apply(entries, r) {
      const p = r.next();
      editXml(
        entries,
        r,
        (n) => SHEET_XML.test(n),
        (xml) =>
          replaceSome(xml, /<c r="([A-Z]+\d+)"([^>]*)><f>(.*?)<\/f>(<v>.*?<\/v>)?<\/c>/g, r, p, (m) => {
            const ref = /r="([A-Z]+\d+)"/.exec(m)?.[1] ?? 'A1';
            const error = r.pick(['#DIV/0!', '#REF!', '#VALUE!', '#NAME?', '#N/A', '#NUM!']);
            return r.chance(0.5)
              ? `<c r="${ref}" t="e"><f>${r.pick(['1/0', 'A1+', 'SUM(', '#REF!+1', 'ZZZ999999'])}</f><v>${error}</v></c>`
              : `<c r="${ref}" t="e"><v>${error}</v></c>`;
          }),
      );
      return undefined;
    },
  },
  {
    name: 'bad-references',
    apply(entries, r) {
      editXml(
        entries,
        r,
        (n) => SHEET_XML.test(n),
        (xml) => {
          const x = replaceSome(
            xml,
            /<row r="\d+"/g,
            r,
            0.1,
            () => `<row r="${r.pick(['0', '-1', '1048576', '1048577', '99999999', 'x', ''])}"`,
          );
          return replaceSome(x, / r="[A-Z]+\d+"/g, r, 0.05, () => ` r="${r.pick(WEIRD_REFS)}"`);
        },
      );
      return undefined;
    },
  },
  {
    name: 'huge-ranges',
    apply(entries, r) {
      editXml(
        entries,
        r,
        (n) => SHEET_XML.test(n),
        (xml) => {
          const range = r.pick(['A1:XFD1048576', 'A3:Z60000', 'A1:A1048576', 'B2:A1', 'A1:ZZZZ9', 'A0:B0']);
          const how = r.int(4);
          if (how === 0) return xml.replace(/<dimension ref="[^"]*"\/>/, `<dimension ref="${range}"/>`);
          if (how === 1)
            return xml.replace(
              '</sheetData>',
              `</sheetData><mergeCells count="1"><mergeCell ref="${range}"/></mergeCells>`,
            );
          if (how === 2) return xml.replace(/<cols>/, `<cols><col min="1" max="16384" width="9"/>`);
          return xml.replace(/sqref="[^"]*"/, `sqref="${range}"`);
        },
      );
      return undefined;
    },
  },
];

/** One to three mutations; the bytes of the damaged workbook and the mutations' names. */
export function mutateWorkbook(entries: readonly ZipEntry[], r: Random): { bytes: Buffer; names: string[] } {
  const copy = entries.map((e) => ({ ...e }));
  const names: string[] = [];
  for (let k = r.chance(0.7) ? 1 : r.between(2, 3); k > 0; k--) {
    const m = r.pick(WORKBOOK_MUTATIONS);
    names.push(m.name);
    const bytes = m.apply(copy, r);
    if (bytes) return { bytes, names };
  }
  return { bytes: writeZip(copy), names };
}
