/**
 * Prefecture workbooks for the report tests and the benchmark, made through the real fill path: core renders
 * the template, core's sample filler types plausible inputs, a scenario then edits values, and the exceljs
 * adapter writes the .xlsx — the same bytes `taizhang fill` would give a statistician.
 */
import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { seedDocument } from '@taizhang/core/data';
import {
  a1,
  applyEditsToPlan,
  type CellEdit,
  EXPLANATION_COLUMNS,
  FIRST_DATA_ROW,
  findSheet,
  INDICATOR_COLUMNS,
  MEASURE_COLUMNS,
  type MeasureStatus,
  parsePeriod,
  planToGrid,
  type ReportRegion,
  reportingPrefectures,
  SHEET,
  sampleFill,
  textOf,
  validateWorkbook,
  valueAt,
  type WorkbookPlan,
} from '@taizhang/core/report';
import { reportIndicators, templateFileName, templatePlan } from '../src/report-context.js';
import { planToXlsx } from '../src/xlsx/write-plan.js';

/** A scenario's say over one prefecture's workbook: measure statuses to set, indicator inputs to set. */
export interface WorkbookEdits {
  /** Measure id → status (and completion); every other measure keeps the sample's. */
  measures?: Record<string, { status: MeasureStatus; completion: number; problems?: string }>;
  /** Turns every 滞后 and 未启动 of the sample into 推进中: a prefecture with nothing behind. */
  onTrack?: boolean;
  /** Indicator id → input key → [this period, same period last year]. */
  inputs?: Record<string, Record<string, [number, number | null]>>;
}

function rowsByKey(plan: WorkbookPlan, sheet: string, keyColumn: number): Map<string, number> {
  const grid = planToGrid(plan, 'plan');
  const s = findSheet(grid, sheet);
  const rows = new Map<string, number>();
  for (let r = FIRST_DATA_ROW; s && r < s.values.length; r++) {
    const key = textOf(valueAt(s, r, keyColumn));
    if (key) rows.set(key, r);
  }
  return rows;
}

function measureEdits(row: number, status: MeasureStatus, completion: number, problems: string): CellEdit[] {
  const M = MEASURE_COLUMNS;
  const at = (c: number) => ({ sheet: SHEET.measures, cell: a1(row, c) });
  return [
    { ...at(M.status), value: status },
    { ...at(M.completion), value: completion },
    {
      ...at(M.progress),
      value: status === '未启动' ? '' : `${status}：按年度方案推进，本期完成 ${completion}%。`,
    },
    { ...at(M.problems), value: problems },
  ];
}

/** The filled plan of one prefecture and period, with a scenario's edits on top of the sample. */
export function filledPlan(
  region: ReportRegion,
  periodCode: string,
  edits: WorkbookEdits = {},
): WorkbookPlan {
  const plan = templatePlan(seedDocument, region, parsePeriod(periodCode));
  const list: CellEdit[] = [...sampleFill(plan, reportIndicators())];
  const measureRows = rowsByKey(plan, SHEET.measures, MEASURE_COLUMNS.id);
  if (edits.onTrack) {
    const sampled = applyEditsToPlan(plan, list);
    const grid = planToGrid(sampled, 'sample');
    const sheet = findSheet(grid, SHEET.measures);
    for (const [, row] of measureRows) {
      const status = sheet ? textOf(valueAt(sheet, row, MEASURE_COLUMNS.status)) : '';
      if (status === '滞后' || status === '未启动') list.push(...measureEdits(row, '推进中', 60, ''));
    }
  }
  for (const [id, m] of Object.entries(edits.measures ?? {})) {
    const row = measureRows.get(id);
    if (row === undefined) continue; // not this prefecture's measure
    list.push(
      ...measureEdits(
        row,
        m.status,
        m.completion,
        m.problems ?? (m.status === '滞后' ? '项目资金未到位，前期手续办理慢。' : ''),
      ),
    );
  }
  const indicatorRows = rowsByKey(plan, SHEET.indicators, INDICATOR_COLUMNS.id);
  for (const [id, inputs] of Object.entries(edits.inputs ?? {})) {
    const row = indicatorRows.get(id);
    const indicator = reportIndicators().find((i) => i.id === id);
    if (row === undefined || !indicator) continue;
    for (const [key, [now, last]] of Object.entries(inputs)) {
      const i = indicator.inputs.findIndex((x) => x.key === key);
      if (i < 0) throw new Error(`${id} has no input ${key}`);
      list.push({ sheet: SHEET.indicators, cell: a1(row, INDICATOR_COLUMNS.inputThis(i)), value: now });
      list.push({ sheet: SHEET.indicators, cell: a1(row, INDICATOR_COLUMNS.inputLast(i)), value: last });
    }
  }
  return explainWarnings(applyEditsToPlan(plan, list));
}

/**
 * The sample's numbers can still trip a verification warning (a leakage rate's year-on-year swing); a
 * statistician explains it on the 核实说明 sheet, and so does this generator, so the workbook is ready to send.
 */
function explainWarnings(plan: WorkbookPlan): WorkbookPlan {
  const report = validateWorkbook(planToGrid(plan, 'generated'), { indicators: reportIndicators() });
  const open = report.problems.filter((p) => p.severity === 'warning' && !p.explanation);
  const E = EXPLANATION_COLUMNS;
  const edits = open.flatMap((p, i): CellEdit[] => {
    const row = FIRST_DATA_ROW + i;
    const at = (c: number, value: string) => ({ sheet: SHEET.explanations, cell: a1(row, c), value });
    return [
      at(E.sheet, p.sheet),
      at(E.cell, p.cell),
      at(E.code, p.code),
      at(E.text, '经核实数据无误：本期管网改造，计量口径调整。'),
    ];
  });
  return edits.length ? applyEditsToPlan(plan, edits) : plan;
}

/** Residents (万人) and urban share of each prefecture in the year before the first period: near the real 2016 figures. */
const POPULATION: Record<string, [number, number]> = {
  西宁市: [233, 0.72],
  海东市: [147, 0.38],
  海北藏族自治州: [28, 0.35],
  黄南藏族自治州: [27, 0.33],
  海南藏族自治州: [47, 0.38],
  果洛藏族自治州: [20, 0.3],
  玉树藏族自治州: [41, 0.33],
  海西蒙古族藏族自治州: [51, 0.71],
};

/**
 * Plausible urbanization inputs (the sample's are random): the urban share rises ~1.2 points a year, so the
 * province starts near 52% and the 60%-by-2020 path has a slope to read.
 */
export function urbanization(region: ReportRegion, period: string): NonNullable<WorkbookEdits['inputs']> {
  const [residents, share] = POPULATION[region.name] ?? [50, 0.4];
  const p = parsePeriod(period);
  const round = (x: number) => Math.round(x * 100) / 100;
  const rise =
    0.012 * (p.year - 2017) +
    0.012 * (p.kind === 'quarter' ? p.part / 4 : p.kind === 'half' ? p.part / 2 : 1);
  return {
    'urbanization-rate-resident': {
      urbanResidents: [round(residents * (share + 0.012 + rise)), round(residents * (share + rise))],
      residents: [residents, residents],
    },
  };
}

/** Writes one workbook per prefecture and period into `dir`; `edits` by prefecture name; `skip` leaves prefectures out. */
export async function writePrefectureWorkbooks(
  dir: string,
  periods: string[],
  options: { edits?: (region: ReportRegion, period: string) => WorkbookEdits; skip?: string[] } = {},
): Promise<string[]> {
  await mkdir(dir, { recursive: true });
  const paths: string[] = [];
  for (const period of periods) {
    for (const region of reportingPrefectures()) {
      if (options.skip?.includes(region.name)) continue;
      const plan = filledPlan(region, period, options.edits?.(region, period) ?? {});
      const path = join(dir, templateFileName(region, parsePeriod(period)));
      await writeFile(path, await planToXlsx(plan));
      paths.push(path);
    }
  }
  return paths;
}
