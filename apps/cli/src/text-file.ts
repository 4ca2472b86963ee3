import { readFile } from 'node:fs/promises';
import { UserError } from './command.js';

/**
 * Reads a document file as text: UTF-8 (with or without BOM), UTF-16 with BOM, or GB18030 as Chinese sites serve.
 * `display` is how messages name the file (what the user typed).
 */
export async function readTextFile(
  path: string,
  display = path,
): Promise<{ text: string; encoding: string }> {
  let bytes: Buffer;
  try {
    bytes = await readFile(path);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    const why =
      code === 'ENOENT'
        ? '文件不存在 / no such file'
        : code === 'EISDIR'
          ? '这是一个文件夹 / it is a folder'
          : code === 'EACCES'
            ? '没有读取权限 / permission denied'
            : String(code ?? error);
    throw new UserError(`${display}: 无法读取 / cannot read: ${why}`);
  }
  return { ...decodeDocumentBytes(bytes, display) };
}

export function decodeDocumentBytes(bytes: Uint8Array, path: string): { text: string; encoding: string } {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) {
    return { text: new TextDecoder('utf-8').decode(bytes.subarray(3)), encoding: 'utf-8' };
  }
  if (bytes[0] === 0xff && bytes[1] === 0xfe)
    return { text: new TextDecoder('utf-16le').decode(bytes.subarray(2)), encoding: 'utf-16le' };
  if (bytes[0] === 0xfe && bytes[1] === 0xff)
    return { text: new TextDecoder('utf-16be').decode(bytes.subarray(2)), encoding: 'utf-16be' };
  const sample = bytes.subarray(0, 8192);
  if (sample.includes(0)) {
    throw new UserError(
      `${path}: 这不是文本文件（含有二进制内容）；请先把文件另存为 UTF-8 文本 / not a text file (binary content): save it as UTF-8 text first`,
    );
  }
  try {
    return { text: new TextDecoder('utf-8', { fatal: true }).decode(bytes), encoding: 'utf-8' };
  } catch {
    // Not UTF-8: Chinese government sites still serve GB2312/GBK/GB18030.
  }
  let text: string;
  try {
    text = new TextDecoder('gb18030', { fatal: true }).decode(bytes);
  } catch {
    throw new UserError(
      `${path}: 无法识别的文字编码（既不是 UTF-8 也不是 GB18030）；请另存为 UTF-8 / unknown text encoding (neither UTF-8 nor GB18030): save it as UTF-8`,
    );
  }
  const cjk = (text.match(/[\u4e00-\u9fff]/g) ?? []).length;
  if (cjk === 0) {
    throw new UserError(
      `${path}: 无法识别的文字编码：按 GB18030 解码后没有中文；请另存为 UTF-8 / unknown text encoding: no Chinese text when read as GB18030; save it as UTF-8`,
    );
  }
  return { text, encoding: 'gb18030' };
}
