/**
 * Fingerprints of the template's locked cells, kept on the hidden identity sheet, so a returned
 * workbook can be checked for edits to what the province pre-filled without the original file.
 */
import type { CellValue } from './plan.js';

/** FNV-1a, 32 bits, over UTF-16 code units: small, fast, the same in every host. Not a security hash. */
export function fnv1a(text: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193) >>> 0;
  }
  return h >>> 0;
}

/** How a cell's content is compared across hosts: trimmed text; numbers in JavaScript's shortest form. */
export function canonicalCell(value: CellValue | undefined): string {
  if (value === null || value === undefined) return '';
  if (typeof value === 'number') return String(Number(value.toPrecision(12)));
  if (typeof value === 'boolean') return value ? 'TRUE' : 'FALSE';
  return value.trim();
}

/** One cell's fingerprint: 6 hex digits. */
export function cellFingerprint(value: CellValue | undefined): string {
  return (fnv1a(canonicalCell(value)) & 0xffffff).toString(16).padStart(6, '0');
}

/** A row's signature: the fingerprints of its locked cells, joined by `.` in column order. */
export function rowSignature(values: ReadonlyArray<CellValue | undefined>): string {
  return values.map(cellFingerprint).join('.');
}

/** The workbook checksum over every row signature, 8 hex digits. */
export function workbookChecksum(signatures: readonly string[]): string {
  return fnv1a(signatures.join('|')).toString(16).padStart(8, '0');
}

/** Formula text as compared across hosts: no leading `=`, no spaces or `$`, upper case outside strings. */
export function canonicalFormula(formula: string): string {
  const body = formula.trim().replace(/^=/, '');
  return body.replace(/"[^"]*"|[^"]+/g, (part) =>
    part.startsWith('"') ? part : part.replace(/[\s$]/g, '').toUpperCase(),
  );
}
