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
