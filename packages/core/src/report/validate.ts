/**
 * `validateWorkbook(grid)`: checks a filled reporting workbook, given as a plain grid, and returns every
 * problem with its sheet, A1 cell, rule code, severity, Chinese and English message and a safe fix.
 * Pure: the Excel add-in and the CLI pass the grids their hosts give and get the same report.
 */

import type { PolicyDocument } from '../document/schema.js';
import { a1, parseRange } from './a1.js';
import { catalogueIndicators } from './catalogue.js';
import { canonicalFormula, cellFingerprint, rowSignature, workbookChecksum } from './checksum.js';
import type { SheetGrid, WorkbookGrid } from './grid.js';
import { findSheet, formulaAt, isBlank, textOf, valueAt } from './grid-access.js';
import type { ReportIndicator } from './indicator.js';
import { MAX_INPUTS } from './indicator.js';
import { computeIndicatorRow, indicatorRowFormulas } from './indicator-row.js';
import {
  type ColumnSpec,
  EXPLANATION_COLUMNS,
  EXPLANATION_HEADERS,
  FILING,
  FIRST_DATA_ROW,
  HEADER_ROW,
  IDENTITY_KEYS,
  IDENTITY_ROW_TABLE_START,
  INDICATOR_COLUMNS,
  INDICATOR_HEADERS,
  MEASURE_COLUMNS,
  MEASURE_HEADERS,
  MEASURE_STATUSES,
  type MeasureStatus,
  SHEET,
  SUMMARY_TEMPLATE_ID,
  TEMPLATE_ID,
  TEMPLATE_VERSION,
} from './layout.js';
import { parsePeriod } from './period.js';
import { ERROR_VALUE, parseDateText, readNumberCell } from './read-cell.js';
import { resolveReportRegion } from './region.js';
import { type TemplateIdentity, templateIdentity } from './render-template.js';
import { type Problem, problem } from './rules.js';

export interface ValidateOptions {
  /** The indicators the workbook was rendered with, to recompute values and check formulas. Default: core's catalogue. */
  indicators?: readonly ReportIndicator[];
  /**
   * The document the workbook should have been made from. When given, a workbook whose template (measures,
   * indicators, targets) differs from that document's template for the same region and period is an error.
   */
  document?: PolicyDocument;
}

/** The checksum a template made from `document` for this region and period carries; null when it cannot be made. */
function expectedChecksum(document: PolicyDocument, regionCode: string, period: string): string | null {
  try {
    return templateIdentity({
      document,
      region: resolveReportRegion(regionCode),
      period: parsePeriod(period),
    }).checksum;
  } catch {
    return null;
  }
}

/** A measure row as read, normalised. */
export interface MeasureReport {
  id: string;
  number: number | null;
  title: string;
  lead: string;
  status: MeasureStatus | null;
  completion: number | null;
  progress: string;
  problems: string;
  nextSteps: string;
}

export interface IndicatorReport {
  id: string;
  name: string;
  unit: string;
  /** Normalised inputs by key (null where empty or unreadable). */
  thisPeriod: Record<string, number | null>;
  lastYear: Record<string, number | null>;
}

export interface Explanation {
  sheet: string;
  cell: string;
  code: string;
  text: string;
}

export interface ValidationReport {
  source: string;
  identity: Omit<TemplateIdentity, 'rows'> | null;
  problems: Problem[];
  errors: number;
  /** Warnings without an explanation. */
  openWarnings: number;
  explainedWarnings: number;
  /** Ready to send: no errors, and every warning fixed or explained. */
  ready: boolean;
  /** What the workbook reports, normalised (for merging). */
  measures: MeasureReport[];
  indicators: IndicatorReport[];
  explanations: Explanation[];
  filing: { reporter: string; phone: string; date: number | null };
}

function readIdentity(sheet: SheetGrid): TemplateIdentity {
  const kv = new Map<string, string>();
  for (let r = 0; r < IDENTITY_KEYS.length; r++)
    kv.set(textOf(valueAt(sheet, r, 0)), textOf(valueAt(sheet, r, 1)));
  // At most the rows the sheet has: a damaged rowCount (1e9) must not drive the loop.
  const count = Math.min(
    Number(kv.get('rowCount') ?? 0) || 0,
    Math.max(0, sheet.values.length - IDENTITY_ROW_TABLE_START),
  );
  const rows: TemplateIdentity['rows'] = [];
  for (let i = 0; i < count; i++) {
    const r = IDENTITY_ROW_TABLE_START + i;
    rows.push({
      sheet: textOf(valueAt(sheet, r, 0)),
      key: textOf(valueAt(sheet, r, 1)),
      signature: textOf(valueAt(sheet, r, 2)),
    });
  }
  return {
    templateId: kv.get('templateId') ?? '',
    templateVersion: kv.get('templateVersion') ?? '',
    regionCode: kv.get('regionCode') ?? '',
    regionName: kv.get('regionName') ?? '',
    period: kv.get('period') ?? '',
    checksum: kv.get('checksum') ?? '',
    rows,
  };
}

/** Header row check; returns true when every column is where the template put it. */
function checkColumns(sheet: SheetGrid, headers: ColumnSpec[], out: Problem[]): boolean {
  const actual = Array.from(
    { length: Math.max(headers.length, sheet.values[HEADER_ROW]?.length ?? 0) },
    (_, c) => textOf(valueAt(sheet, HEADER_ROW, c)),
  );
  let ok = true;
  headers.forEach((spec, c) => {
    if (actual[c] === spec.header) return;
    ok = false;
    const found = actual.indexOf(spec.header);
    const cell = a1(HEADER_ROW, c);
    if (found >= 0) {
      out.push(
        problem(
          'S_COLUMN_MOVED',
          sheet.name,
          a1(HEADER_ROW, found),
          `「${sheet.name}」表的“${spec.header}”列被移到了 ${a1(HEADER_ROW, found)}，应在 ${cell}。请撤销移动或重新下载模板。`,
          `Column "${spec.header}" of sheet ${sheet.name} was moved to ${a1(HEADER_ROW, found)}; it belongs at ${cell}. Undo the move or start from a fresh template.`,
        ),
      );
    } else {
      out.push(
        problem(
          'S_COLUMN_MISSING',
          sheet.name,
          cell,
          `「${sheet.name}」表缺少“${spec.header}”列（${cell} 现为“${actual[c] ?? ''}”），可能被删除或改名。`,
          `Sheet ${sheet.name} lacks column "${spec.header}" (${cell} reads "${actual[c] ?? ''}"): deleted or renamed.`,
          { value: actual[c] ?? null },
        ),
      );
    }
  });
  return ok;
}

interface RowMatch {
  key: string;
  row: number;
  signature: string;
}

/** Finds each expected row by its key; reports deleted, duplicated, unknown and reordered rows. */
function matchRows(
  sheet: SheetGrid,
  keyColumn: number,
  expected: RowMatch[],
  width: number,
  out: Problem[],
): Map<string, number> {
  const found = new Map<string, number>();
  const expectedKeys = new Set(expected.map((e) => e.key));
  const order: string[] = [];
  for (let r = FIRST_DATA_ROW; r < sheet.values.length; r++) {
    const key = textOf(valueAt(sheet, r, keyColumn));
    if (!key) {
      const row = sheet.values[r] ?? [];
      if (row.slice(0, width).some((v) => !isBlank(v)))
        out.push(
          problem(
            'S_ROW_UNKNOWN',
            sheet.name,
            a1(r, keyColumn),
            `「${sheet.name}」表第 ${r + 1} 行没有编号，不是模板中的行。请把内容移到对应编号的行，并删除此行。`,
            `Row ${r + 1} of sheet ${sheet.name} has no key and is not in the template; move its content to the right row and delete it.`,
          ),
        );
      continue;
    }
    if (!expectedKeys.has(key)) {
      out.push(
        problem(
          'S_ROW_UNKNOWN',
          sheet.name,
          a1(r, keyColumn),
          `「${sheet.name}」表第 ${r + 1} 行的编号“${key}”不在模板中，请删除此行。`,
          `Row ${r + 1} of sheet ${sheet.name} has key "${key}", which is not in the template; delete the row.`,
          { value: key },
        ),
      );
      continue;
    }
    const first = found.get(key);
    if (first !== undefined) {
      out.push(
        problem(
          'S_ROW_DUPLICATED',
          sheet.name,
          a1(r, keyColumn),
          `「${sheet.name}」表第 ${r + 1} 行与第 ${first + 1} 行重复（编号 ${key}），请删除重复的行。`,
          `Row ${r + 1} of sheet ${sheet.name} duplicates row ${first + 1} (key ${key}); delete the duplicate.`,
          { value: key },
        ),
      );
      continue;
    }
    found.set(key, r);
    order.push(key);
  }
  const present = expected.filter((e) => found.has(e.key)).map((e) => e.key);
  for (const e of expected) {
    if (!found.has(e.key))
      out.push(
        problem(
          'S_ROW_MISSING',
          sheet.name,
          a1(e.row, keyColumn),
          `「${sheet.name}」表缺少编号 ${e.key} 的行（原在第 ${e.row + 1} 行），可能被删除。请撤销删除或重新下载模板。`,
          `Sheet ${sheet.name} lacks the row with key ${e.key} (was row ${e.row + 1}); undo the deletion or start from a fresh template.`,
        ),
      );
  }
  const firstOut = order.findIndex((k, i) => k !== present[i]);
  if (firstOut >= 0) {
    const key = order[firstOut] as string;
    out.push(
      problem(
        'S_ROWS_REORDERED',
        sheet.name,
        a1(found.get(key) as number, keyColumn),
        `「${sheet.name}」表的行顺序被改变（从编号 ${key} 起），请按编号恢复原顺序。`,
        `Rows of sheet ${sheet.name} were reordered (from key ${key}); sort them back by key.`,
        { value: key },
      ),
    );
  }
  return found;
}

/** Compares the locked cells of a row with the fingerprints recorded when the template was rendered. */
function checkLocked(
  sheet: SheetGrid,
  row: number,
  columns: number[],
  signature: string,
  out: Problem[],
): void {
  const actual = columns.map((c) => valueAt(sheet, row, c));
  if (rowSignature(actual) === signature) return;
  const parts = signature.split('.');
  columns.forEach((c, i) => {
    if (cellFingerprint(actual[i]) !== parts[i]) {
      const cell = a1(row, c);
      out.push(
        problem(
          'S_LOCKED_EDITED',
          sheet.name,
          cell,
          `${sheet.name}!${cell} 是省里预填的锁定内容，已被改为“${textOf(actual[i])}”。请恢复原内容（可从新模板复制）。`,
          `${sheet.name}!${cell} is pre-filled and locked but now reads "${textOf(actual[i])}"; restore it (copy from a fresh template).`,
          { value: actual[i] ?? null },
        ),
      );
    }
  });
}

const MEASURE_LOCKED = [0, 1, 2, 3, 4];
const INDICATOR_LOCKED = [
  0,
  1,
  2,
  3,
  4,
  5,
  ...Array.from({ length: MAX_INPUTS }, (_, i) => INDICATOR_COLUMNS.inputLabel(i)),
];

function checkMeasures(sheet: SheetGrid, rows: Map<string, number>, out: Problem[]): MeasureReport[] {
  const C = MEASURE_COLUMNS;
  const reports: MeasureReport[] = [];
  for (const [id, row] of rows) {
    const at = (c: number) => `${sheet.name}!${a1(row, c)}`;
    const statusText = textOf(valueAt(sheet, row, C.status));
    let status: MeasureStatus | null = null;
    if (!statusText) {
      out.push(
        problem(
          'V_REQUIRED',
          sheet.name,
          a1(row, C.status),
          `${at(C.status)}（${id} 进展状态）未选择，请从列表中选择。`,
          `${at(C.status)} (${id} status) is empty; pick one from the list.`,
        ),
      );
    } else if ((MEASURE_STATUSES as readonly string[]).includes(statusText)) {
      status = statusText as MeasureStatus;
      const raw = valueAt(sheet, row, C.status);
      if (raw !== statusText)
        out.push(
          problem(
            'V_NOT_IN_LIST',
            sheet.name,
            a1(row, C.status),
            `${at(C.status)}“${textOf(raw)}”前后有空格，应为“${statusText}”。`,
            `${at(C.status)} "${String(raw)}" has extra spaces; it should read "${statusText}".`,
            {
              value: raw,
              fix: {
                edits: [{ sheet: sheet.name, cell: a1(row, C.status), value: statusText }],
                zh: `改为“${statusText}”`,
                en: `set to "${statusText}"`,
              },
            },
          ),
        );
    } else {
      out.push(
        problem(
          'V_NOT_IN_LIST',
          sheet.name,
          a1(row, C.status),
          `${at(C.status)}“${statusText}”不是可选的状态，请选择 未启动、推进中、已完成 或 滞后。`,
          `${at(C.status)} "${statusText}" is not a status; pick 未启动, 推进中, 已完成 or 滞后.`,
          { value: statusText },
        ),
      );
    }
    const started = status !== null && status !== '未启动';
    let completion = readNumberCell(
      sheet,
      row,
      C.completion,
      { label: `${id} 完成进度`, unit: '%', required: started, integer: false, min: 0, max: 100 },
      out,
    );
    if (
      completion !== null &&
      started &&
      ((completion > 0 && completion < 1) || (completion === 1 && status === '已完成'))
    ) {
      const scaled = Math.round(completion * 100 * 1e6) / 1e6;
      out.push(
        problem(
          'V_RATE_SCALE',
          sheet.name,
          a1(row, C.completion),
          `${at(C.completion)}完成进度为 ${completion}，本栏按 0–100 填写，是否应为 ${scaled}？`,
          `${at(C.completion)} completion is ${completion}; this column is on a 0–100 scale: did you mean ${scaled}?`,
          {
            value: completion,
            fix: {
              edits: [{ sheet: sheet.name, cell: a1(row, C.completion), value: scaled }],
              zh: `改为 ${scaled}`,
              en: `set to ${scaled}`,
            },
          },
        ),
      );
      completion = scaled;
    }
    if (status === '已完成' && completion !== null && completion < 100)
      out.push(
        problem(
          'C_DONE_INCOMPLETE',
          sheet.name,
          a1(row, C.completion),
          `${at(C.completion)}：${id} 状态为“已完成”，完成进度却是 ${completion}%。请改为 100，或把状态改为“推进中”。`,
          `${at(C.completion)}: ${id} is 已完成 (done) but completion is ${completion}%; set 100 or change the status to 推进中.`,
          { value: completion },
        ),
      );
    const progress = textOf(valueAt(sheet, row, C.progress));
    if (started && !progress)
      out.push(
        problem(
          'C_PROGRESS_MISSING',
          sheet.name,
          a1(row, C.progress),
          `${at(C.progress)}：${id} 状态为“${status}”，请填写本期进展情况。`,
          `${at(C.progress)}: ${id} is ${status}; describe this period's progress.`,
        ),
      );
    const problemsText = textOf(valueAt(sheet, row, C.problems));
    if (status === '滞后' && !problemsText)
      out.push(
        problem(
          'C_PROBLEMS_MISSING',
          sheet.name,
          a1(row, C.problems),
          `${at(C.problems)}：${id} 状态为“滞后”，请写明存在的问题。`,
          `${at(C.problems)}: ${id} is behind (滞后); state the problems.`,
        ),
      );
    const num = valueAt(sheet, row, C.number);
    reports.push({
      id,
      number: typeof num === 'number' ? num : null,
      title: textOf(valueAt(sheet, row, C.title)),
      lead: textOf(valueAt(sheet, row, C.lead)),
      status,
      completion,
      progress,
      problems: problemsText,
      nextSteps: textOf(valueAt(sheet, row, C.nextSteps)),
    });
  }
  return reports;
}

function withTargetFromRow(indicator: ReportIndicator, value: unknown, year: unknown): ReportIndicator {
  if (typeof value !== 'number') return { ...indicator, target: null };
  const direction = indicator.target?.value === value ? indicator.target.direction : indicator.direction;
  return { ...indicator, target: { value, year: typeof year === 'number' ? year : null, direction } };
}

const FORMULA_KEYS = ['value', 'lastValue', 'change', 'completion', 'status'] as const;

function checkIndicators(
  sheet: SheetGrid,
  rows: Map<string, number>,
  catalogue: ReadonlyMap<string, ReportIndicator>,
  out: Problem[],
): IndicatorReport[] {
  const C = INDICATOR_COLUMNS;
  const reports: IndicatorReport[] = [];
  for (const [id, row] of rows) {
    const known = catalogue.get(id);
    // The target is the workbook's own (locked, fingerprinted) target cells: a template rendered for
    // another region or period may carry another target than the catalogue's default.
    const indicator =
      known && withTargetFromRow(known, valueAt(sheet, row, C.target), valueAt(sheet, row, C.targetYear));
    const name = textOf(valueAt(sheet, row, C.name));
    const thisPeriod: Record<string, number | null> = {};
    const lastYear: Record<string, number | null> = {};
    const inputs = indicator?.inputs ?? [];
    inputs.forEach((input, i) => {
      const spec = { unit: input.unit, integer: input.integer, min: 0, max: 1_000_000_000 };
      thisPeriod[input.key] = readNumberCell(
        sheet,
        row,
        C.inputThis(i),
        { ...spec, label: `${name} ${input.label} 本期值`, required: true },
        out,
      );
      lastYear[input.key] = readNumberCell(
        sheet,
        row,
        C.inputLast(i),
        { ...spec, label: `${name} ${input.label} 上年同期值`, required: false },
        out,
      );
    });
    reports.push({ id, name, unit: textOf(valueAt(sheet, row, C.unit)), thisPeriod, lastYear });
    if (!indicator) continue;
    let partExceeds = false;
    for (const [part, whole] of indicator.partOf) {
      const pi = inputs.findIndex((x) => x.key === part);
      const wi = inputs.findIndex((x) => x.key === whole);
      for (const [values, column, label] of [
        [thisPeriod, C.inputThis, '本期'],
        [lastYear, C.inputLast, '上年同期'],
      ] as const) {
        const p = values[part];
        const w = values[whole];
        if (p != null && w != null && p > w) {
          partExceeds = true;
          const cell = a1(row, column(pi));
          out.push(
            problem(
              'C_PART_EXCEEDS_WHOLE',
              sheet.name,
              cell,
              `${sheet.name}!${cell}：${name}${label}的“${inputs[pi]?.label}”${p} 大于“${inputs[wi]?.label}”${w}，分项不能大于总量，请核对。`,
              `${sheet.name}!${cell}: ${name}, ${part} (${p}) exceeds ${whole} (${w}); a part cannot exceed its whole.`,
              { value: p },
            ),
          );
        }
      }
    }
    const computed = computeIndicatorRow(indicator, thisPeriod, lastYear);
    const allThis = inputs.every((x) => thisPeriod[x.key] != null);
    if (allThis && computed.value === null) {
      const cell = a1(row, C.value);
      out.push(
        problem(
          'C_VALUE_UNDEFINED',
          sheet.name,
          cell,
          `${sheet.name}!${cell}：${name}无法计算（分母为 0），请核对输入项。`,
          `${sheet.name}!${cell}: ${name} cannot be computed (zero denominator); check the inputs.`,
        ),
      );
    }
    const expected = indicatorRowFormulas(indicator, row);
    for (const key of FORMULA_KEYS) {
      const want = expected[key];
      if (want === null) continue;
      const column = C[key];
      const cell = a1(row, column);
      const have = formulaAt(sheet, row, column);
      const restore = {
        edits: [{ sheet: sheet.name, cell, formula: want }],
        zh: '恢复公式',
        en: 'restore the formula',
      };
      if (have !== null) {
        if (canonicalFormula(have) !== canonicalFormula(want))
          out.push(
            problem(
              'C_FORMULA_OVERWRITTEN',
              sheet.name,
              cell,
              `${sheet.name}!${cell} 的公式被改为 ${have}，请恢复模板公式。`,
              `${sheet.name}!${cell}: the formula was changed to ${have}; restore the template's formula.`,
              { value: have, fix: restore },
            ),
          );
        continue;
      }
      const typed = valueAt(sheet, row, column);
      const should = computed[key];
      const agrees =
        typeof should === 'number'
          ? typeof typed === 'number' && Math.abs(typed - should) <= 0.005 + 1e-9 * Math.abs(should)
          : textOf(typed) === textOf(should);
      if (agrees && !isBlank(typed))
        out.push(
          problem(
            'C_FORMULA_TYPED_SAME',
            sheet.name,
            cell,
            `${sheet.name}!${cell} 的公式被数值 ${textOf(typed)} 替换（与公式结果一致），请恢复公式，以免输入项改变后不再更新。`,
            `${sheet.name}!${cell}: the formula was replaced by ${textOf(typed)} (equal to its result); restore it so it keeps updating.`,
            { value: typed, fix: restore },
          ),
        );
      else
        out.push(
          problem(
            'C_FORMULA_OVERWRITTEN',
            sheet.name,
            cell,
            `${sheet.name}!${cell} 的公式被${isBlank(typed) ? '删除' : `改写为 ${textOf(typed)}`}，按输入项应为 ${should === null ? '空' : textOf(should)}。请恢复公式。`,
            `${sheet.name}!${cell}: the formula was ${isBlank(typed) ? 'deleted' : `overwritten with ${textOf(typed)}`}; from the inputs it should be ${should === null ? 'empty' : String(should)}. Restore the formula.`,
            { value: typed, fix: restore },
          ),
        );
    }
    // A part above its whole makes the value meaningless: fix that first, then compare with last year.
    if (
      !partExceeds &&
      computed.change !== null &&
      Math.abs(computed.change) > indicator.plausibleChange * 100
    ) {
      const cell = a1(row, C.value);
      out.push(
        problem(
          'C_YOY_JUMP',
          sheet.name,
          cell,
          `${sheet.name}!${cell}：${name}本期 ${computed.value}，上年同期 ${computed.lastValue}，变化 ${computed.change}%，超过 ±${indicator.plausibleChange * 100}%。请核实；数据无误的，在“核实说明”表写明原因。`,
          `${sheet.name}!${cell}: ${name} is ${computed.value} against ${computed.lastValue} last year (${computed.change}%), beyond ±${indicator.plausibleChange * 100}%. Check it; if right, explain it on the 核实说明 sheet.`,
          { value: computed.value },
        ),
      );
    }
  }
  return reports;
}

function readExplanations(sheet: SheetGrid | undefined): Explanation[] {
  if (!sheet) return [];
  const E = EXPLANATION_COLUMNS;
  const list: Explanation[] = [];
  for (let r = FIRST_DATA_ROW; r < sheet.values.length; r++) {
    const text = textOf(valueAt(sheet, r, E.text));
    const cell = textOf(valueAt(sheet, r, E.cell))
      .toUpperCase()
      .replace(/\$/g, '');
    if (!text || !cell) continue;
    list.push({
      sheet: textOf(valueAt(sheet, r, E.sheet)),
      cell,
      code: textOf(valueAt(sheet, r, E.code)),
      text,
    });
  }
  return list;
}

/** Error values (`#DIV/0!`, `#REF!`) and merged cells where values belong. Formula errors in rows that already have a problem are its consequence, not reported twice. */
function checkCells(sheet: SheetGrid, rowsWithProblems: Set<number>, out: Problem[]): void {
  for (const [r, row] of sheet.values.entries()) {
    for (const [c, v] of row.entries()) {
      if (typeof v !== 'string' || !ERROR_VALUE.test(v.trim())) continue;
      if (formulaAt(sheet, r, c) && rowsWithProblems.has(r)) continue;
      const cell = a1(r, c);
      out.push(
        problem(
          'S_CELL_ERROR',
          sheet.name,
          cell,
          `${sheet.name}!${cell} 显示错误值 ${v}，请检查该单元格${formulaAt(sheet, r, c) ? '公式引用的输入项' : '的内容'}。`,
          `${sheet.name}!${cell} shows ${v}; check ${formulaAt(sheet, r, c) ? 'the inputs its formula uses' : 'its content'}.`,
          { value: v },
        ),
      );
    }
  }
  if (sheet.name === SHEET.instructions) return; // its instruction lines are merged on purpose; its inputs sit in column B alone
  for (const merge of sheet.merges ?? []) {
    const range = parseRange(merge);
    if (range.end.row < FIRST_DATA_ROW) continue;
    const cell = a1(range.start.row, range.start.column);
    out.push(
      problem(
        'S_MERGED',
        sheet.name,
        cell,
        `${sheet.name}!${merge} 是合并单元格，填报区不能合并。请取消合并，把内容填回各自的单元格。`,
        `${sheet.name}!${merge} is merged; cells where values belong cannot be merged. Unmerge and put each value in its own cell.`,
        { value: merge },
      ),
    );
  }
}

function checkFiling(sheet: SheetGrid, out: Problem[]): ValidationReport['filing'] {
  const col = FILING.valueColumn;
  const raw = valueAt(sheet, FILING.date, col);
  const cell = a1(FILING.date, col);
  let date: number | null = null;
  if (typeof raw === 'number') date = raw;
  else if (typeof raw === 'string' && raw.trim()) {
    const serial = parseDateText(raw);
    if (serial === null)
      out.push(
        problem(
          'V_NOT_DATE',
          sheet.name,
          cell,
          `${sheet.name}!${cell} 填报日期“${raw}”不是日期，请按 2018-01-15 的格式填写。`,
          `${sheet.name}!${cell}: filing date "${raw}" is not a date; type it like 2018-01-15.`,
          { value: raw },
        ),
      );
    else {
      out.push(
        problem(
          'V_DATE_AS_TEXT',
          sheet.name,
          cell,
          `${sheet.name}!${cell} 填报日期“${raw}”存成了文本，应存为日期。`,
          `${sheet.name}!${cell}: filing date "${raw}" is text; it should be a date.`,
          {
            value: raw,
            fix: {
              edits: [{ sheet: sheet.name, cell, value: serial }],
              zh: '改为日期',
              en: 'store as a date',
            },
          },
        ),
      );
      date = serial;
    }
  }
  return {
    reporter: textOf(valueAt(sheet, FILING.reporter, col)),
    phone: textOf(valueAt(sheet, FILING.phone, col)),
    date,
  };
}

function finish(
  source: string,
  identity: ValidationReport['identity'],
  problems: Problem[],
  explanations: Explanation[],
  partial: Partial<ValidationReport> = {},
): ValidationReport {
  for (const p of problems) {
    if (p.severity !== 'warning') continue;
    const e = explanations.find(
      (x) =>
        x.cell === p.cell && (x.sheet === '' || x.sheet === p.sheet) && (x.code === '' || x.code === p.code),
    );
    if (e) p.explanation = e.text;
  }
  const errors = problems.filter((p) => p.severity === 'error').length;
  const explainedWarnings = problems.filter((p) => p.severity === 'warning' && p.explanation).length;
  const openWarnings = problems.filter((p) => p.severity === 'warning' && !p.explanation).length;
  return {
    source,
    identity,
    problems,
    errors,
    openWarnings,
    explainedWarnings,
    ready: errors === 0 && openWarnings === 0,
    measures: [],
    indicators: [],
    explanations,
    filing: { reporter: '', phone: '', date: null },
    ...partial,
  };
}

let cached: ReportIndicator[] | undefined;
function defaultIndicators(): ReportIndicator[] {
  cached ??= catalogueIndicators();
  return cached;
}

/** Validates a filled reporting workbook. Never throws on bad content: everything wrong is a problem in the report. */
export function validateWorkbook(grid: WorkbookGrid, options: ValidateOptions = {}): ValidationReport {
  const out: Problem[] = [];
  const idSheet = findSheet(grid, SHEET.identity);
  const identity = idSheet ? readIdentity(idSheet) : null;
  if (!identity || identity.templateId !== TEMPLATE_ID) {
    out.push(
      problem(
        'S_NOT_TAIZHANG',
        SHEET.identity,
        'A1',
        identity?.templateId === SUMMARY_TEMPLATE_ID
          ? `${grid.source} 是全省汇总表（taizhang merge 的结果），不是市州填报表，不需要审核。`
          : `${grid.source} 不是台账填报表（没有模板标识）。请用 taizhang fill 或 Excel 加载项生成的模板填报。`,
        identity?.templateId === SUMMARY_TEMPLATE_ID
          ? `${grid.source} is a provincial summary (made by taizhang merge), not a prefecture's reporting workbook.`
          : `${grid.source} is not a taizhang reporting workbook (no template identity); fill a template made by taizhang fill or the Excel add-in.`,
      ),
    );
    return finish(grid.source, null, out, []);
  }
  const { rows: idRows, ...head } = identity;
  if (identity.templateVersion !== TEMPLATE_VERSION) {
    out.push(
      problem(
        'S_VERSION',
        SHEET.identity,
        'B2',
        `模板版本为 ${identity.templateVersion}，当前为 ${TEMPLATE_VERSION}。请下载新模板，把数据填入新模板。`,
        `Template version ${identity.templateVersion}; the current version is ${TEMPLATE_VERSION}. Copy the data into a fresh template.`,
        { value: identity.templateVersion },
      ),
    );
    return finish(grid.source, head, out, []);
  }
  if (workbookChecksum(idRows.map((r) => r.signature)) !== identity.checksum)
    out.push(
      problem(
        'S_CHECKSUM',
        SHEET.identity,
        'B6',
        '隐藏的模板标识表被改动，无法确认模板内容。请用新模板重新填报。',
        'The hidden identity sheet was altered; the template cannot be verified. Fill a fresh template.',
      ),
    );
  if (options.document) {
    const expected = expectedChecksum(options.document, identity.regionCode, identity.period);
    const docNo = options.document.metadata.documentNumber ?? options.document.title;
    if (expected !== identity.checksum)
      out.push(
        problem(
          'S_DOCUMENT',
          SHEET.identity,
          'B6',
          `这份填报表的模板不是按《${docNo}》生成的（措施、指标或目标与该文件不符）。请用该文件重新生成模板（taizhang fill --document …）后填报。`,
          `This workbook's template was not made from ${docNo} (its measures, indicators or targets differ). Make a template from that document (taizhang fill --document …) and fill it.`,
        ),
      );
  }
  const catalogue = new Map((options.indicators ?? defaultIndicators()).map((i) => [i.id, i]));
  const explanationSheet = findSheet(grid, SHEET.explanations);
  const partial: Partial<ValidationReport> = {};
  const rowsWithProblems = new Map<string, Set<number>>();
  const sections: Array<{ name: string; headers: ColumnSpec[]; keyColumn: number; locked: number[] }> = [
    { name: SHEET.measures, headers: MEASURE_HEADERS, keyColumn: MEASURE_COLUMNS.id, locked: MEASURE_LOCKED },
    {
      name: SHEET.indicators,
      headers: INDICATOR_HEADERS,
      keyColumn: INDICATOR_COLUMNS.id,
      locked: INDICATOR_LOCKED,
    },
  ];
  const present = new Set(grid.sheets.map((s) => s.name));
  const extra = grid.sheets.filter((s) => !Object.values(SHEET).includes(s.name as never)).map((s) => s.name);
  for (const name of [SHEET.instructions, SHEET.measures, SHEET.indicators, SHEET.explanations]) {
    if (present.has(name)) continue;
    const hint = extra.length ? `（是否被改名为“${extra.join('”“')}”？请改回“${name}”）` : '';
    out.push(
      problem(
        'S_SHEET_MISSING',
        name,
        'A1',
        `缺少“${name}”工作表${hint}。`,
        `Sheet "${name}" is missing${extra.length ? ` (renamed to "${extra.join('", "')}"? rename it back)` : ''}.`,
      ),
    );
  }
  for (const section of sections) {
    const sheet = findSheet(grid, section.name);
    if (!sheet) continue;
    const before = out.length;
    if (!checkColumns(sheet, section.headers, out)) continue;
    const expected = idRows
      .filter((r) => r.sheet === section.name)
      .map((r, i) => ({ key: r.key, row: FIRST_DATA_ROW + i, signature: r.signature }));
    const rows = matchRows(sheet, section.keyColumn, expected, section.headers.length, out);
    for (const e of expected) {
      const row = rows.get(e.key);
      if (row !== undefined) checkLocked(sheet, row, section.locked, e.signature, out);
    }
    if (section.name === SHEET.measures) partial.measures = checkMeasures(sheet, rows, out);
    else partial.indicators = checkIndicators(sheet, rows, catalogue, out);
    rowsWithProblems.set(section.name, new Set(out.slice(before).map((p) => parsePos(p.cell))));
  }
  const instructions = findSheet(grid, SHEET.instructions);
  if (instructions) partial.filing = checkFiling(instructions, out);
  if (explanationSheet) checkColumns(explanationSheet, EXPLANATION_HEADERS, out);
  for (const sheet of [
    instructions,
    findSheet(grid, SHEET.measures),
    findSheet(grid, SHEET.indicators),
    explanationSheet,
  ]) {
    if (sheet) checkCells(sheet, rowsWithProblems.get(sheet.name) ?? new Set(), out);
  }
  return finish(grid.source, head, out, readExplanations(explanationSheet), partial);
}

function parsePos(cell: string): number {
  const m = /(\d+)$/.exec(cell);
  return m ? Number(m[1]) - 1 : -1;
}
