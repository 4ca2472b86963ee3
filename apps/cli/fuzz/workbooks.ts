/**
 * The workbook fuzzer: damaged filled templates through `taizhang validate` — most in-process through
 * `runCli` (the function the binary runs), a sample through the built binary. Every file must end in exit 1
 * with located problems or exit 2 with one line; never a stack trace, never past the time limit, and the
 * input file must be byte-identical afterwards with nothing written next to it.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { seedDocument } from '@taizhang/core/data';
import {
  applyEditsToPlan,
  parsePeriod,
  renderTemplate,
  resolveReportRegion,
  sampleFill,
  templateIndicators,
} from '@taizhang/core/report';
import { type FuzzOptions, type FuzzSummary, random, scaled } from '@taizhang/testkit';
import { planToXlsx } from '../src/xlsx/write-plan.js';
import { type CliOutcome, checkExit, listing, runBinary, runInProcess, sha256 } from './run-cli.js';
import { mutateWorkbook } from './workbook-mutations.js';
import { readZip, type ZipEntry } from './zip.js';

/** Time limit for one file (a clean workbook takes about 50 ms). */
export const WORKBOOK_LIMIT_MS = 20_000;

/** Filled (and one empty) templates as zip entries: the material the mutations start from. */
export async function baseWorkbooks(): Promise<ZipEntry[][]> {
  const out: ZipEntry[][] = [];
  for (const [region, period, filled] of [
    ['西宁市', '2017', true],
    ['海东市', '2018H1', true],
    ['玉树州', '2019Q3', false],
  ] as const) {
    // The template exactly as `taizhang fill` writes it (with the document's targets), so it validates clean.
    const reportRegion = resolveReportRegion(region);
    const indicators = templateIndicators(seedDocument, reportRegion.code, parsePeriod(period));
    const plan = renderTemplate({ document: seedDocument, region: reportRegion, period, indicators });
    out.push(readZip(await planToXlsx(filled ? applyEditsToPlan(plan, sampleFill(plan, indicators)) : plan)));
  }
  return out;
}

const A1 = /^\$?[A-Z]{1,3}\$?[1-9]\d*$/;

/** The outcome of `validate --json` on one damaged file, checked. */
export function checkValidate(out: CliOutcome): string | null {
  const exit = checkExit('validate', out, [0, 1, 2]);
  if (exit || out.timedOut || out.code === 2) return exit;
  let parsed: { reports?: Array<{ ready: boolean; problems: Array<{ sheet: unknown; cell: unknown }> }> };
  try {
    parsed = JSON.parse(out.stdout);
  } catch {
    return `exit ${out.code} but stdout is not the JSON report`;
  }
  const report = parsed.reports?.[0];
  if (!report) return `exit ${out.code} without a report`;
  if (out.code === 1 && report.problems.length === 0) return 'exit 1 without problems';
  if (out.code === 0 && !report.ready) return 'exit 0 but the report is not ready';
  const unlocated = report.problems.find(
    (p) => typeof p.sheet !== 'string' || typeof p.cell !== 'string' || !A1.test(p.cell),
  );
  return unlocated ? `a problem without a location: ${JSON.stringify(unlocated)}` : null;
}

export async function fuzzWorkbooks(
  options: FuzzOptions,
  log: (line: string) => void = () => {},
): Promise<FuzzSummary> {
  const bases = await baseWorkbooks();
  const count = scaled(10_000, options);
  const binarySample = scaled(60, options);
  const dir = mkdtempSync(join(tmpdir(), 'taizhang-fuzz-'));
  const failures: string[] = [];
  const tally = {
    inputs: 0,
    crashes: 0,
    hangs: 0,
    lostWrites: 0,
    worst: 0,
    exits: new Map<string, number>(),
  };
  const indices = options.input === null ? Array.from({ length: count }, (_, i) => i) : [options.input];
  try {
    for (const i of indices) {
      const r = random(options.seed, `workbook-${i}`);
      const { bytes, names } = mutateWorkbook(r.pick(bases), r);
      const name = `填报-${i}.xlsx`;
      const path = join(dir, name);
      writeFileSync(path, bytes);
      const before = sha256(path);
      const files = listing(dir);
      // Every so many inputs go through the real binary; the rest in-process.
      const viaBinary = options.input !== null || i % Math.max(1, Math.floor(count / binarySample)) === 0;
      const out = viaBinary
        ? runBinary(['validate', name, '--json'], dir, WORKBOOK_LIMIT_MS)
        : await runInProcess(['validate', name, '--json'], dir, WORKBOOK_LIMIT_MS);
      tally.inputs++;
      tally.worst = Math.max(tally.worst, out.ms);
      const key = `${viaBinary ? 'binary' : 'in-process'} exit ${out.timedOut ? 'timeout' : out.code}`;
      tally.exits.set(key, (tally.exits.get(key) ?? 0) + 1);
      const repro = `input ${i} (${names.join('+')}; reproduce: pnpm --filter @taizhang/cli fuzz --seed ${options.seed} --input ${i})`;
      const problem = checkValidate(out);
      if (problem) {
        tally.crashes++;
        failures.push(`${repro}: ${problem}`);
      }
      if (out.timedOut) {
        tally.hangs++;
        failures.push(`${repro}: over ${WORKBOOK_LIMIT_MS} ms`);
      }
      if (sha256(path) !== before || listing(dir) !== files) {
        tally.lostWrites++;
        failures.push(`${repro}: the input or its folder changed`);
      }
      rmSync(path);
      if (i % 1000 === 999) log(`  workbooks: ${i + 1}/${count}`);
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
  log(`  workbooks: ${[...tally.exits].map(([k, n]) => `${k}: ${n}`).join(', ')}`);
  return {
    fuzzer: 'workbooks (taizhang validate)',
    seed: options.seed,
    inputs: tally.inputs,
    crashes: tally.crashes,
    hangs: tally.hangs,
    lostWrites: tally.lostWrites,
    largestTime: `${Math.round(tally.worst)} ms/file`,
    failures,
  };
}
