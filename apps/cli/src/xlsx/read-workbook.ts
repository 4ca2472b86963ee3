/** Reads a workbook file for validation or merging: bytes checked first, then parsed by exceljs. */
import { readFile, stat } from 'node:fs/promises';
import type { WorkbookGrid } from '@taizhang/core/report';
import { UserError } from '../command.js';
import { checkXlsxBytes, checkXlsxSize, UnreadableWorkbookError } from './guard.js';
import { checkXlsxContents } from './guard-contents.js';
import { xlsxToGrid } from './read-grid.js';

/** The file as a grid; every way it can fail becomes one `UserError` line naming the file (exit 2). */
export async function readWorkbookFile(path: string, display = path): Promise<WorkbookGrid> {
  let size: number;
  try {
    const info = await stat(path);
    if (info.isDirectory())
      throw new UserError(`${display}: 是文件夹，不是工作簿 / is a folder, not a workbook`);
    size = info.size;
  } catch (error) {
    if (error instanceof UserError) throw error;
    throw new UserError(
      `${display}: 找不到或无法打开文件 / cannot open the file (${(error as NodeJS.ErrnoException).code ?? 'error'})`,
    );
  }
  try {
    checkXlsxSize(size, display); // before reading a huge file into memory
    const bytes = await readFile(path);
    checkXlsxBytes(bytes, display);
    checkXlsxContents(bytes, display);
    return await xlsxToGrid(bytes, display);
  } catch (error) {
    if (error instanceof UnreadableWorkbookError) throw new UserError(error.message);
    const message = error instanceof Error ? error.message.split('\n')[0] : String(error);
    throw new UserError(
      `${display}: 工作簿已损坏，无法读取（${message}），请用 Excel/WPS 打开后另存 / the workbook is damaged and cannot be read (${message}); open and save it again in Excel or WPS`,
    );
  }
}
