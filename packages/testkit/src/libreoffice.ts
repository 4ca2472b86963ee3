import { execFile } from 'node:child_process';
import { existsSync, readdirSync } from 'node:fs';
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { basename, delimiter, extname, join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';

/**
 * LibreOffice keeps the cached results an .xlsx was saved with and never recalculates them
 * unless the profile says so (exceljs writes no results at all, so every formula would read
 * as empty). This profile sets "recalculate on load: always" for OOXML and ODF files.
 */
const RECALC_PROFILE = `<?xml version="1.0" encoding="UTF-8"?>
<oor:items xmlns:oor="http://openoffice.org/2001/registry" xmlns:xs="http://www.w3.org/2001/XMLSchema" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">
<item oor:path="/org.openoffice.Office.Calc/Formula/Load"><prop oor:name="OOXMLRecalcMode" oor:op="fuse"><value>0</value></prop></item>
<item oor:path="/org.openoffice.Office.Calc/Formula/Load"><prop oor:name="ODFRecalcMode" oor:op="fuse"><value>0</value></prop></item>
</oor:items>
`;

/**
 * `csv` writes one UTF-8 file per sheet, named `<book>-<sheet>.csv` (LibreOffice ≥ 7.2);
 * `xlsx` writes the workbook again with the recalculated results cached in every formula cell.
 */
export type RecalcFormat = 'xlsx' | 'csv';

export interface RecalcOptions {
  /** Where the recalculated files go. Must not be the folder of any input (LibreOffice would overwrite it). */
  outDir: string;
  format?: RecalcFormat;
  /** Milliseconds before the soffice process is killed. Default 120 s. */
  timeoutMs?: number;
}

export interface RecalcResult {
  input: string;
  /** For `xlsx`: one path. For `csv`: one path per sheet, in sheet order as LibreOffice names them. */
  outputs: string[];
}

/** Thrown when LibreOffice is not installed: tests that need it fail with this message instead of skipping. */
export class LibreOfficeMissingError extends Error {
  constructor(searched: string) {
    super(
      `LibreOffice (soffice) not found (searched ${searched}). Install it: apt-get install -y --no-install-recommends libreoffice-calc, or set TAIZHANG_SOFFICE to the soffice program.`,
    );
    this.name = 'LibreOfficeMissingError';
  }
}

/** The soffice program: `$TAIZHANG_SOFFICE`, else the first `soffice` or `libreoffice` on PATH. */
export function findSoffice(env: NodeJS.ProcessEnv = process.env): string {
  const explicit = env.TAIZHANG_SOFFICE;
  if (explicit) {
    if (existsSync(explicit)) return explicit;
    throw new LibreOfficeMissingError(`TAIZHANG_SOFFICE=${explicit}`);
  }
  const dirs = (env.PATH ?? '').split(delimiter).filter(Boolean);
  for (const name of ['soffice', 'libreoffice']) {
    for (const dir of dirs) {
      const candidate = join(dir, name);
      if (existsSync(candidate)) return candidate;
    }
  }
  throw new LibreOfficeMissingError(`PATH for soffice and libreoffice`);
}

/** Makes a throwaway LibreOffice user profile that recalculates every formula on load. The caller removes it. */
export async function createRecalcProfile(): Promise<string> {
  const dir = await mkdtemp(join(tmpdir(), 'taizhang-lo-profile-'));
  await mkdir(join(dir, 'user'), { recursive: true });
  await writeFile(join(dir, 'user', 'registrymodifications.xcu'), RECALC_PROFILE, 'utf8');
  return dir;
}

function run(
  program: string,
  args: string[],
  timeoutMs: number,
): Promise<{ stdout: string; stderr: string }> {
  return new Promise((resolvePromise, reject) => {
    execFile(
      program,
      args,
      { timeout: timeoutMs, maxBuffer: 16 * 1024 * 1024, env: { ...process.env, SAL_USE_VCLPLUGIN: 'svp' } },
      (error, stdout, stderr) => {
        if (error) {
          reject(new Error(`soffice failed (${error.message.split('\n')[0]}): ${stderr || stdout}`));
          return;
        }
        resolvePromise({ stdout, stderr });
      },
    );
  });
}

/** The `--convert-to` argument: for CSV, UTF-8, comma, double quotes, formulas' results, every sheet to its own file. */
function convertTarget(format: RecalcFormat): string {
  if (format === 'xlsx') return 'xlsx:Calc MS Excel 2007 XML';
  // Tokens: separator 44 (,), quote 34 ("), charset 76 (UTF-8), first line 1, cell format default,
  // language 0, quoted-as-text false, detect special numbers true, save as shown false,
  // export formulas false, remove space false, sheet -1 (each sheet to its own file).
  return 'csv:Text - txt - csv (StarCalc):44,34,76,1,,0,false,true,false,false,false,-1';
}

/**
 * Opens every workbook in ONE headless LibreOffice run (a launch costs 1–2 s), recalculates all
 * formulas, and saves the results into `outDir`. Throws `LibreOfficeMissingError` when soffice is
 * not installed, and a plain error naming the file when LibreOffice produced no output for it.
 */
export async function recalculateWithLibreOffice(
  xlsxPaths: string[],
  options: RecalcOptions,
): Promise<RecalcResult[]> {
  if (xlsxPaths.length === 0) return [];
  const format = options.format ?? 'xlsx';
  const soffice = findSoffice();
  const outDir = resolve(options.outDir);
  const inputs = xlsxPaths.map((p) => resolve(p));
  for (const input of inputs) {
    if (!existsSync(input)) throw new Error(`recalculateWithLibreOffice: input ${input} does not exist`);
    if (resolve(input, '..') === outDir)
      throw new Error(
        `recalculateWithLibreOffice: outDir ${outDir} is the folder of input ${input}; choose another folder, LibreOffice would overwrite the input`,
      );
  }
  const names = inputs.map((p) => basename(p, extname(p)));
  const duplicate = names.find((n, i) => names.indexOf(n) !== i);
  if (duplicate)
    throw new Error(
      `recalculateWithLibreOffice: two inputs are named ${duplicate}; their outputs would collide in ${outDir}`,
    );
  await mkdir(outDir, { recursive: true });
  const profile = await createRecalcProfile();
  try {
    await run(
      soffice,
      [
        `-env:UserInstallation=${pathToFileURL(profile).href}`,
        '--headless',
        '--norestore',
        '--nolockcheck',
        '--convert-to',
        convertTarget(format),
        '--outdir',
        outDir,
        ...inputs,
      ],
      options.timeoutMs ?? 120_000,
    );
  } finally {
    await rm(profile, { recursive: true, force: true });
  }
  return inputs.map((input, i) => {
    const name = names[i] as string;
    if (format === 'xlsx') {
      const output = join(outDir, `${name}.xlsx`);
      if (!existsSync(output))
        throw new Error(`LibreOffice wrote no ${output} for ${input}: is the file a valid workbook?`);
      return { input, outputs: [output] };
    }
    return { input, outputs: csvOutputs(outDir, name, input) };
  });
}

function csvOutputs(outDir: string, name: string, input: string): string[] {
  // LibreOffice names per-sheet CSVs `<book>-<sheet>.csv`; a one-sheet book may come out as `<book>.csv`.
  const found = readdirSync(outDir)
    .filter((f) => f === `${name}.csv` || (f.startsWith(`${name}-`) && f.endsWith('.csv')))
    .map((f) => join(outDir, f));
  if (found.length === 0)
    throw new Error(`LibreOffice wrote no CSV into ${outDir} for ${input}: is the file a valid workbook?`);
  return found;
}
