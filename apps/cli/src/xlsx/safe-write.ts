/** Writing output files without ever losing what is already there. */
import { existsSync } from 'node:fs';
import { mkdir, rename, rm, writeFile } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';
import { UserError } from '../command.js';

/**
 * Writes `bytes` to `path` through a temporary file in the same folder, then renames it into place, so a
 * reader never sees half a file and a crash leaves the old file intact. Refuses to replace an existing
 * file unless `force`.
 */
export async function writeFileSafely(
  path: string,
  bytes: Uint8Array,
  options: { force: boolean },
): Promise<void> {
  if (existsSync(path) && !options.force)
    throw new UserError(
      `${path} 已存在，未覆盖；加 --force 覆盖，或用 -o 换一个文件名 / ${path} exists and was left alone; add --force to replace it or choose another name with -o`,
    );
  const dir = dirname(path);
  await mkdir(dir, { recursive: true });
  const temp = join(dir, `.${basename(path)}.${process.pid}.${Date.now().toString(36)}.tmp`);
  try {
    await writeFile(temp, bytes, { flag: 'wx' });
    await rename(temp, path);
  } catch (error) {
    await rm(temp, { force: true });
    throw error;
  }
}
