/** Expands the FILE…|DIR arguments of validate and merge into workbook paths. */
import { readdir, stat } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { UserError } from './command.js';

/** Files as given; a folder gives its `.xlsx` files (not Excel's `~$` lock files), sorted by name. */
export async function workbookPaths(
  args: string[],
  cwd: string,
): Promise<{ paths: string[]; fromFolder: boolean }> {
  const paths: string[] = [];
  let fromFolder = false;
  for (const arg of args) {
    const path = resolve(cwd, arg);
    const info = await stat(path).catch(() => null);
    if (info?.isDirectory()) {
      fromFolder = true;
      const names = (await readdir(path))
        .filter((n) => n.toLowerCase().endsWith('.xlsx') && !n.startsWith('~$') && !n.startsWith('.'))
        .sort();
      if (names.length === 0)
        throw new UserError(`${arg}: 文件夹里没有 .xlsx 文件 / the folder has no .xlsx files`);
      paths.push(...names.map((n) => join(path, n)));
    } else paths.push(path);
  }
  return { paths, fromFolder };
}

/** A progress bar on a terminal (stderr), nothing otherwise. */
export function progress(stream: NodeJS.WritableStream & { isTTY?: boolean }, total: number) {
  const enabled = stream.isTTY === true && total > 1;
  return {
    tick(done: number, label: string) {
      if (!enabled) return;
      const width = 24;
      const filled = Math.round((done / total) * width);
      stream.write(
        `\r[${'█'.repeat(filled)}${'░'.repeat(width - filled)}] ${done}/${total} ${label.slice(-40)}\x1b[K`,
      );
    },
    end() {
      if (enabled) stream.write('\r\x1b[K');
    },
  };
}
