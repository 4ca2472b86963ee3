/**
 * Checks that bytes are a readable .xlsx before exceljs sees them, so every bad file gets one clear line:
 * empty, not a zip, a legacy .xls, password-protected (an encrypted OLE2 container), truncated, too large,
 * or a zip bomb — uncompressed sizes and entry count are read from the zip's central directory first.
 */

export interface XlsxLimits {
  /** Largest file accepted, in bytes. */
  maxFileBytes: number;
  /** Largest total of the entries' uncompressed sizes. */
  maxUncompressedBytes: number;
  maxEntries: number;
  /** Largest uncompressed/compressed ratio for an entry over 1 MB. */
  maxRatio: number;
}

export const DEFAULT_LIMITS: XlsxLimits = {
  maxFileBytes: 50 * 1024 * 1024,
  maxUncompressedBytes: 400 * 1024 * 1024,
  maxEntries: 5_000,
  maxRatio: 1_000,
};

/** Why a file cannot be read as .xlsx; `message` names the file and says what to do. */
export class UnreadableWorkbookError extends Error {
  constructor(
    readonly file: string,
    readonly reason:
      | 'empty'
      | 'xls'
      | 'encrypted'
      | 'not-zip'
      | 'truncated'
      | 'too-large'
      | 'zip-bomb'
      | 'not-xlsx',
    detail: string,
  ) {
    super(`${file}: ${detail}`);
    this.name = 'UnreadableWorkbookError';
  }
}

const OLE2 = Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]);
const EOCD = 0x06054b50;
const CENTRAL = 0x02014b50;
const LOCAL = 0x04034b50;

function findEocd(bytes: Buffer): number {
  const stop = Math.max(0, bytes.length - 22 - 0xffff);
  for (let i = bytes.length - 22; i >= stop; i--) if (bytes.readUInt32LE(i) === EOCD) return i;
  return -1;
}

/** Throws when a file of `size` bytes is too large to be a reporting workbook (checked before reading it). */
export function checkXlsxSize(size: number, file: string, limits: XlsxLimits = DEFAULT_LIMITS): void {
  if (size > limits.maxFileBytes) {
    const mb = (size / 1048576).toFixed(1);
    throw new UnreadableWorkbookError(
      file,
      'too-large',
      `文件有 ${mb} MB，超过 ${limits.maxFileBytes / 1048576} MB 上限，不像一份填报表 / the file is ${mb} MB, over the ${limits.maxFileBytes / 1048576} MB limit for a reporting workbook`,
    );
  }
}

/** Throws `UnreadableWorkbookError` unless the bytes look like a complete, reasonably sized .xlsx. */
export function checkXlsxBytes(bytes: Buffer, file: string, limits: XlsxLimits = DEFAULT_LIMITS): void {
  const fail = (reason: UnreadableWorkbookError['reason'], detail: string): never => {
    throw new UnreadableWorkbookError(file, reason, detail);
  };
  if (bytes.length === 0)
    fail(
      'empty',
      '文件是空的（0 字节），请重新导出或重新下载 / the file is empty (0 bytes); export or download it again',
    );
  checkXlsxSize(bytes.length, file, limits);
  if (bytes.subarray(0, 8).equals(OLE2)) {
    if (bytes.includes(Buffer.from('EncryptedPackage', 'utf16le')))
      fail(
        'encrypted',
        '文件设置了打开密码，无法读取。请在 Excel/WPS 中去掉密码（文件→信息→保护工作簿）后另存 / the workbook is password-protected; remove the password to open and save it again',
      );
    fail(
      'xls',
      '这是旧版 .xls 格式。请在 Excel/WPS 中“另存为” Excel 工作簿（.xlsx） / this is a legacy .xls file; save it as an Excel workbook (.xlsx)',
    );
  }
  if (bytes.length < 4 || bytes.readUInt32LE(0) !== LOCAL)
    fail(
      'not-zip',
      '不是 Excel 工作簿（.xlsx）；如果是 CSV 或其他格式，请用模板填报 / not an Excel workbook (.xlsx); fill the template instead',
    );
  const eocd = findEocd(bytes);
  if (eocd < 0)
    fail(
      'truncated',
      '文件不完整（可能下载或复制中断），请重新获取 / the file is incomplete (download or copy cut short); get it again',
    );
  const entries = bytes.readUInt16LE(eocd + 10);
  const cdSize = bytes.readUInt32LE(eocd + 12);
  const cdOffset = bytes.readUInt32LE(eocd + 16);
  if (entries === 0xffff || cdOffset === 0xffffffff)
    fail(
      'too-large',
      '文件使用 ZIP64 格式，超出填报表的大小 / the file uses ZIP64, beyond any reporting workbook',
    );
  if (cdOffset + cdSize > eocd)
    fail(
      'truncated',
      '文件不完整（目录损坏），请重新获取 / the file is incomplete (damaged directory); get it again',
    );
  if (entries > limits.maxEntries)
    fail(
      'zip-bomb',
      `文件包含 ${entries} 个部件，超过 ${limits.maxEntries} 个上限 / the file has ${entries} parts, over the limit of ${limits.maxEntries}`,
    );
  let total = 0;
  let p = cdOffset;
  const names = new Set<string>();
  for (let i = 0; i < entries; i++) {
    if (p + 46 > eocd || bytes.readUInt32LE(p) !== CENTRAL)
      fail(
        'truncated',
        '文件不完整（目录损坏），请重新获取 / the file is incomplete (damaged directory); get it again',
      );
    const flags = bytes.readUInt16LE(p + 8);
    const compressed = bytes.readUInt32LE(p + 20);
    const size = bytes.readUInt32LE(p + 24);
    const nameLength = bytes.readUInt16LE(p + 28);
    const extra = bytes.readUInt16LE(p + 30);
    const comment = bytes.readUInt16LE(p + 32);
    const localOffset = bytes.readUInt32LE(p + 42);
    const name = bytes.toString('utf8', p + 46, p + 46 + nameLength);
    names.add(name);
    if (flags & 1)
      fail(
        'encrypted',
        '文件内容被加密，无法读取。请去掉密码后另存 / the file content is encrypted; remove the password and save it again',
      );
    if (localOffset + 30 + compressed > cdOffset)
      fail(
        'truncated',
        '文件不完整（数据被截断），请重新获取 / the file is incomplete (data cut short); get it again',
      );
    if (size > 1024 * 1024 && compressed > 0 && size / compressed > limits.maxRatio)
      fail(
        'zip-bomb',
        `部件 ${name} 解压后 ${size} 字节，压缩比异常（疑似压缩炸弹），拒绝读取 / part ${name} expands to ${size} bytes at an abnormal ratio (zip bomb?); refused`,
      );
    total += size;
    if (total > limits.maxUncompressedBytes)
      fail(
        'zip-bomb',
        `解压后超过 ${limits.maxUncompressedBytes / 1048576} MB（疑似压缩炸弹），拒绝读取 / it expands beyond ${limits.maxUncompressedBytes / 1048576} MB (zip bomb?); refused`,
      );
    p += 46 + nameLength + extra + comment;
  }
  if (!names.has('[Content_Types].xml') || !names.has('xl/workbook.xml'))
    fail(
      'not-xlsx',
      '是 ZIP 文件，但不是 Excel 工作簿（可能是 .docx 或压缩包） / a zip file but not an Excel workbook (a .docx or an archive?)',
    );
}
