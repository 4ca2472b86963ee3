import type { Agency } from './agencies.js';

/**
 * The key under which an agency name is looked up, so that the ways one body is written meet:
 * NFKC (full-width letters, digits and brackets to half-width), no whitespace, and without the leading
 * `中共`, `青海省`, `青海` or `省` — so 省自然资源厅, 青海省自然资源厅 and 自然资源厅 share one key, as do
 * 省委宣传部 and 中共青海省委宣传部.
 */
export function agencyNameKey(name: string): string {
  return name
    .normalize('NFKC')
    .replace(/\s+/g, '')
    .replace(/^(中共)?(青海省?|省)/, '');
}

/**
 * Every literal form an agency's names are written in, for a text matcher that needs the exact strings:
 * short, full, aliases and successors' names, each also with 青海省 ↔ 省 swapped (a 2020 page writes
 * 省自然资源厅 for 青海省自然资源厅). `findAgency` does not need this: it folds the prefix itself.
 */
export function agencyNameForms(agency: Agency): string[] {
  const names = [
    agency.short,
    agency.full,
    ...agency.aliases,
    ...agency.successors.flatMap((s) => (s.short === null ? [s.name] : [s.name, s.short])),
  ];
  const forms = names.flatMap((name) => {
    if (name.startsWith('青海省')) return [name, `省${name.slice(3)}`];
    if (name.startsWith('省') && !name.startsWith('省委')) return [name, `青海${name}`];
    return [name];
  });
  return [...new Set(forms)];
}
