/**
 * The grid fuzzer: fast-check properties of `validateWorkbook` and the template plan.
 * - any grid yields a report, and every problem's address is inside the grid;
 * - applying every offered fix, then validating again, leaves no fixable problem;
 * - a template filled with valid values validates clean.
 */

import type { FuzzOptions, FuzzSummary } from '@taizhang/testkit';
import { scaled } from '@taizhang/testkit';
import fc from 'fast-check';
import {
  applyFixes,
  findSheet,
  type Problem,
  parseA1,
  type RuleCode,
  type ValidationReport,
  validateWorkbook,
  valueAt,
  type WorkbookGrid,
} from '../src/report/index.js';
import { damagedGrid, indicators, validFill } from './grid-arbitraries.js';

/** Problems about something absent point at where it belongs, which may lie beyond the rows the grid has. */
const POINTS_AT_ABSENT = new Set<RuleCode>([
  'S_NOT_TAIZHANG',
  'S_SHEET_MISSING',
  'S_ROW_MISSING',
  'S_COLUMN_MISSING',
  'S_VERSION',
  'S_CHECKSUM',
]);
/** Problems that quote what the cell holds. */
const QUOTES_CELL = new Set<RuleCode>([
  'V_NOT_NUMBER',
  'V_APPROXIMATE',
  'V_UNIT_TYPED',
  'V_THOUSANDS',
  'V_FULL_WIDTH',
  'V_NUMBER_AS_TEXT',
  'V_OUT_OF_RANGE',
  'V_NOT_INTEGER',
  'S_CELL_ERROR',
  'S_LOCKED_EDITED',
  'V_NOT_DATE',
  'V_DATE_AS_TEXT',
]);

/** Why a problem's address is not inside the grid, or null. */
export function addressOutsideGrid(grid: WorkbookGrid, p: Problem): string | null {
  let at: { row: number; column: number };
  try {
    at = parseA1(p.cell);
  } catch {
    return `${p.code} at "${p.cell}": not an A1 address`;
  }
  if (at.row < 0 || at.row >= 1_048_576 || at.column < 0 || at.column >= 16_384)
    return `${p.code} at ${p.cell}: beyond a sheet's limits`;
  const sheet = findSheet(grid, p.sheet);
  if (p.code === 'S_SHEET_MISSING') return sheet ? `${p.code} for sheet ${p.sheet}, which is there` : null;
  if (!sheet)
    return p.code === 'S_NOT_TAIZHANG'
      ? null
      : `${p.code} at ${p.sheet}!${p.cell}: no such sheet in the grid`;
  // A merge is part of the grid as the host reports it; the problem points at its first cell.
  if (p.code === 'S_MERGED')
    return typeof p.value === 'string' && (sheet.merges ?? []).includes(p.value)
      ? null
      : `${p.code} at ${p.sheet}!${p.cell}: no such merge in the grid`;
  if (!POINTS_AT_ABSENT.has(p.code) && at.row >= sheet.values.length)
    return `${p.code} at ${p.sheet}!${p.cell}: row ${at.row + 1} is past the sheet's ${sheet.values.length} rows`;
  if (
    QUOTES_CELL.has(p.code) &&
    p.value !== undefined &&
    !Object.is(valueAt(sheet, at.row, at.column), p.value)
  )
    return `${p.code} at ${p.sheet}!${p.cell} quotes ${JSON.stringify(p.value)} but the cell holds ${JSON.stringify(valueAt(sheet, at.row, at.column))}`;
  return null;
}

function validate(grid: WorkbookGrid): ValidationReport {
  return validateWorkbook(grid, { indicators });
}

export function anyGridYieldsALocatedReport(grid: WorkbookGrid): void {
  const report = validate(grid);
  if (!Array.isArray(report.problems)) throw new Error('no problems array');
  for (const p of report.problems) {
    const outside = addressOutsideGrid(grid, p);
    if (outside) throw new Error(outside);
  }
  if (report.ready !== (report.errors === 0 && report.openWarnings === 0))
    throw new Error('ready disagrees with the counts');
}

export function fixesLeaveNothingFixable(grid: WorkbookGrid): void {
  const fixed = applyFixes(grid, validate(grid).problems);
  const again = validate(fixed).problems.filter((p) => p.fix);
  if (again.length > 0)
    throw new Error(
      `after applying every fix, still fixable: ${again
        .slice(0, 3)
        .map((p) => `${p.code} at ${p.sheet}!${p.cell} (${JSON.stringify(p.value)})`)
        .join('; ')}`,
    );
}

export function validFillValidatesClean({ grid }: { grid: WorkbookGrid }): void {
  const problems = validate(grid).problems;
  if (problems.length > 0)
    throw new Error(
      `a valid fill has problems: ${problems
        .slice(0, 3)
        .map((p) => `${p.code} at ${p.sheet}!${p.cell}: ${p.message.en}`)
        .join('; ')}`,
    );
}

interface GridProperty<T> {
  name: string;
  arbitrary: fc.Arbitrary<T>;
  check(input: T): void;
  runs: number;
}
const property = <T>(p: GridProperty<T>) => p as unknown as GridProperty<unknown>;

export const GRID_PROPERTIES: Array<GridProperty<unknown>> = [
  property({
    name: 'any grid yields a located report',
    arbitrary: damagedGrid,
    check: anyGridYieldsALocatedReport,
    runs: 4_000,
  }),
  property({
    name: 'fixes leave nothing fixable',
    arbitrary: damagedGrid,
    check: fixesLeaveNothingFixable,
    runs: 3_000,
  }),
  property({
    name: 'valid fill validates clean',
    arbitrary: validFill,
    check: validFillValidatesClean,
    runs: 1_500,
  }),
];

/** Largest time for one grid (a template is a few hundred cells). */
const HANG_MS = 2_000;

export function fuzzGrids(options: FuzzOptions, log: (line: string) => void = () => {}): FuzzSummary {
  const failures: string[] = [];
  let inputs = 0;
  let crashes = 0;
  let hangs = 0;
  let worst = 0;
  for (const { name, arbitrary, check, runs } of GRID_PROPERTIES) {
    const numRuns = scaled(runs, options);
    let slowest = 0;
    const timed = fc.property(arbitrary, (input) => {
      const t0 = performance.now();
      try {
        check(input);
      } finally {
        const ms = performance.now() - t0;
        slowest = Math.max(slowest, ms);
        if (ms > HANG_MS) hangs++;
      }
    });
    const details = fc.check(timed, { seed: options.seed, numRuns, endOnFailure: true });
    worst = Math.max(worst, slowest);
    inputs += details.numRuns;
    log(`  grids: ${name}: ${details.numRuns} runs, slowest ${slowest.toFixed(1)} ms`);
    if (details.failed) {
      crashes++;
      const error =
        details.errorInstance instanceof Error
          ? details.errorInstance.message
          : String(details.errorInstance);
      failures.push(
        `${name}: ${error.split('\n')[0]} (reproduce: fast-check seed ${details.seed}, path "${details.counterexamplePath}")`,
      );
    }
  }
  return {
    fuzzer: 'grids (validateWorkbook, renderTemplate)',
    seed: options.seed,
    inputs,
    crashes,
    hangs,
    lostWrites: 0,
    largestTime: `${worst.toFixed(1)} ms/grid`,
    failures,
  };
}
