/**
 * The second look at a workbook's bytes, after `checkXlsxBytes` has vetted its directory: each part is
 * inflated with a cap, because a zip bomb can state small sizes in its directory and expand anyway, and
 * each sheet's merged ranges are measured, because exceljs creates a cell object for every merged cell
 * (one merge over A1:XFD1048576 is 17 billion of them). Found by the workbook fuzzer (`pnpm fuzz`).
 */
import { inflateRawSync } from 'node:zlib';
import { DEFAULT_LIMITS, UnreadableWorkbookError, type XlsxLimits } from './guard.js';

/** Largest merged range accepted, in cells (a template merges a title row of a few dozen). */
export const MAX_MERGED_CELLS = 100_000;

/** How much more than its stated size a part may expand to before it counts as a bomb. */
const SLACK = 1024 * 1024;

const SHEET_PART = /^xl\/worksheets\/[^/]+\.xml$/i;
const MERGE = /<(?:\w+:)?mergeCell\b[^>]*?\bref="\$?([A-Za-z]{1,3})\$?(\d+):\$?([A-Za-z]{1,3})\$?(\d+)"/g;

function column(letters: string): number {
  let n = 0;
  for (const ch of letters.toUpperCase()) n = n * 26 + (ch.charCodeAt(0) - 64);
  return n;
}

/** Throws `UnreadableWorkbookError` for a part that expands past its stated size or a merge too large to read. */
export function checkXlsxContents(
  bytes: Buffer,
  file: string,
  limits: XlsxLimits = DEFAULT_LIMITS,
  maxMergedCells = MAX_MERGED_CELLS,
): void {
  let eocd = bytes.length - 22;
  while (eocd >= 0 && bytes.readUInt32LE(eocd) !== 0x06054b50) eocd--;
  if (eocd < 0) return; // checkXlsxBytes has already refused it
  const entries = bytes.readUInt16LE(eocd + 10);
  let p = bytes.readUInt32LE(eocd + 16);
  let total = 0;
  for (let i = 0; i < entries; i++) {
    const method = bytes.readUInt16LE(p + 10);
    const compressed = bytes.readUInt32LE(p + 20);
    const size = bytes.readUInt32LE(p + 24);
    const nameLength = bytes.readUInt16LE(p + 28);
    const localOffset = bytes.readUInt32LE(p + 42);
    const name = bytes.toString('utf8', p + 46, p + 46 + nameLength);
    p += 46 + nameLength + bytes.readUInt16LE(p + 30) + bytes.readUInt16LE(p + 32);
    if (localOffset + 30 > bytes.length) continue;
    const start =
      localOffset + 30 + bytes.readUInt16LE(localOffset + 26) + bytes.readUInt16LE(localOffset + 28);
    const data = bytes.subarray(start, start + compressed);
    let content: Buffer = data;
    if (method === 8) {
      const cap = Math.min(size + SLACK, limits.maxUncompressedBytes - total + 1);
      try {
        content = inflateRawSync(data, { maxOutputLength: Math.max(1, cap) });
      } catch (error) {
        if ((error as NodeJS.ErrnoException).code === 'ERR_BUFFER_TOO_LARGE' || error instanceof RangeError)
          throw new UnreadableWorkbookError(
            file,
            'zip-bomb',
            `部件 ${name} 解压后远大于文件目录所写的 ${size} 字节（疑似压缩炸弹），拒绝读取 / part ${name} expands far beyond the ${size} bytes its directory states (zip bomb?); refused`,
          );
        continue; // damaged data: exceljs reports it
      }
    }
    total += content.length;
    if (!SHEET_PART.test(name)) continue;
    const xml = content.toString('utf8');
    for (const m of xml.matchAll(MERGE)) {
      const rows = Math.abs(Number(m[4]) - Number(m[2])) + 1;
      const columns = Math.abs(column(m[3] as string) - column(m[1] as string)) + 1;
      if (rows * columns > maxMergedCells) {
        const range = `${m[1]}${m[2]}:${m[3]}${m[4]}`;
        throw new UnreadableWorkbookError(
          file,
          'too-large',
          `${name} 中的合并区域 ${range} 有 ${rows * columns} 个单元格，超过 ${maxMergedCells} 个上限；请在 Excel/WPS 中取消这个合并后另存 / the merged range ${range} in ${name} covers ${rows * columns} cells, over the limit of ${maxMergedCells}; unmerge it and save again`,
        );
      }
    }
  }
}
