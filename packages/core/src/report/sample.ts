/**
 * A plausibly filled workbook, generated from a template plan: what a diligent statistician might type.
 * Deterministic (seeded by region and period), so demos, tests and benchmarks see the same numbers.
 */
import { a1 } from './a1.js';
import { fnv1a } from './checksum.js';
import { type CellEdit, findSheet, planToGrid, textOf, valueAt } from './grid-access.js';
import type { ReportIndicator } from './indicator.js';
import {
  FILING,
  FIRST_DATA_ROW,
  INDICATOR_COLUMNS,
  MEASURE_COLUMNS,
  type MeasureStatus,
  SHEET,
} from './layout.js';
import { parsePeriod } from './period.js';
import type { WorkbookPlan } from './plan.js';
import { dateSerial } from './read-cell.js';

/** mulberry32: a small seeded generator, the same in every JavaScript engine. */
function generator(seed: string): () => number {
  let a = fnv1a(seed);
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Typical size of one prefecture's figure for one year, by unit (used for sample data only). */
const MAGNITUDE: Record<string, [number, number]> = {
  万人: [40, 250],
  万人次: [1, 10],
  套: [2000, 20000],
  户: [1000, 8000],
  个: [20, 300],
  次: [2, 6],
  人次: [5000, 30000],
  万立方米: [3000, 12000],
  平方公里: [20, 120],
  万亩: [50, 300],
};

const PROGRESS: Record<MeasureStatus, string[]> = {
  未启动: [''],
  推进中: [
    '已制定年度工作方案，明确责任分工，相关工作按计划推进。',
    '召开专题会议部署，完成阶段性任务，正在加快推进。',
    '已落实配套资金，重点项目开工建设，进度符合预期。',
  ],
  已完成: ['年度任务已全部完成，已报省牵头部门备案。', '各项工作已完成并通过验收。'],
  滞后: ['已启动前期工作，但进度慢于计划。', '项目前期手续尚在办理，进度滞后。'],
};

/** Input edits for a template plan that make a clean, ready-to-send workbook. */
export function sampleFill(
  plan: WorkbookPlan,
  indicators: readonly ReportIndicator[],
  seed?: string,
): CellEdit[] {
  const grid = planToGrid(plan, 'sample');
  const identity = findSheet(grid, SHEET.identity);
  const period = parsePeriod(textOf(identity ? valueAt(identity, 4, 1) : null) || '2017');
  const random = generator(seed ?? `${textOf(identity ? valueAt(identity, 2, 1) : null)}-${period.code}`);
  const between = (lo: number, hi: number) => lo + (hi - lo) * random();
  const edits: CellEdit[] = [];
  const measures = findSheet(grid, SHEET.measures);
  const M = MEASURE_COLUMNS;
  for (let r = FIRST_DATA_ROW; measures && r < measures.values.length; r++) {
    if (!textOf(valueAt(measures, r, M.id))) continue;
    const roll = random();
    const status: MeasureStatus =
      roll < 0.08 ? '未启动' : roll < 0.18 ? '滞后' : roll < 0.4 ? '已完成' : '推进中';
    const completion =
      status === '已完成'
        ? 100
        : status === '未启动'
          ? 0
          : status === '滞后'
            ? Math.round(between(5, 40))
            : Math.round(between(30, 95));
    const progressList = PROGRESS[status];
    const put = (c: number, value: string | number) =>
      edits.push({ sheet: SHEET.measures, cell: a1(r, c), value });
    put(M.status, status);
    put(M.completion, completion);
    if (status !== '未启动') put(M.progress, progressList[Math.floor(random() * progressList.length)] ?? '');
    if (status === '滞后') put(M.problems, '资金到位不足，项目前期手续办理进度慢。');
    put(M.nextSteps, status === '已完成' ? '巩固成果，做好长效管理。' : '加强协调调度，确保按期完成。');
  }
  const sheet = findSheet(grid, SHEET.indicators);
  const byId = new Map(indicators.map((i) => [i.id, i]));
  const scale = period.kind === 'year' ? 1 : period.kind === 'half' ? 0.5 : 0.25;
  const days = Math.round(365 * scale);
  for (let r = FIRST_DATA_ROW; sheet && r < sheet.values.length; r++) {
    const indicator = byId.get(textOf(valueAt(sheet, r, INDICATOR_COLUMNS.id)));
    if (!indicator) continue;
    // A percentage of two inputs reads as part of a whole even where the catalogue does not say so
    // (a completion rate can pass 100% in principle, but a sample should look like a real return).
    const [first, second] = indicator.inputs;
    const pairs =
      indicator.partOf.length === 0 &&
      indicator.unit === '%' &&
      indicator.inputs.length === 2 &&
      first &&
      second
        ? [[first.key, second.key] as [string, string]]
        : indicator.partOf;
    const parts = new Map(pairs);
    const thisPeriod = new Map<string, number>();
    const round = (x: number, integer: boolean) =>
      integer ? Math.max(1, Math.round(x)) : Math.round(x * 100) / 100;
    // Wholes first, then parts as a share of their whole.
    const ordered = [...indicator.inputs].sort((a, b) => Number(parts.has(a.key)) - Number(parts.has(b.key)));
    for (const input of ordered) {
      const whole = parts.get(input.key);
      const [lo, hi] = MAGNITUDE[input.unit] ?? [10, 1000];
      const value =
        whole !== undefined
          ? (thisPeriod.get(whole) ?? 0) * between(0.55, 0.9)
          : input.unit === '天'
            ? days
            : between(lo, hi) * (input.unit.startsWith('万') ? 1 : scale);
      thisPeriod.set(
        input.key,
        Math.min(
          round(value, input.integer),
          whole !== undefined ? (thisPeriod.get(whole) ?? 0) : Number.POSITIVE_INFINITY,
        ),
      );
    }
    // Last year: every input scaled by one factor (plus a little noise), so ratios — even those built on a
    // difference, like a leakage rate — move by a few percent, as real figures do from year to year.
    const growth = between(0.94, 1);
    indicator.inputs.forEach((input, i) => {
      const now = thisPeriod.get(input.key) ?? 0;
      const last = input.unit === '天' ? now : round(now * growth * between(0.998, 1.002), input.integer);
      edits.push({ sheet: SHEET.indicators, cell: a1(r, INDICATOR_COLUMNS.inputThis(i)), value: now });
      edits.push({ sheet: SHEET.indicators, cell: a1(r, INDICATOR_COLUMNS.inputLast(i)), value: last });
    });
  }
  const fileDay =
    period.kind === 'year'
      ? dateSerial(period.year + 1, 1, 15)
      : dateSerial(period.year, Math.min(12, (period.kind === 'half' ? 6 : 3) * period.part + 1), 10);
  const c = FILING.valueColumn;
  edits.push(
    { sheet: SHEET.instructions, cell: a1(FILING.reporter, c), value: '李明' },
    { sheet: SHEET.instructions, cell: a1(FILING.phone, c), value: '0971-6100000' },
    { sheet: SHEET.instructions, cell: a1(FILING.date, c), value: fileDay },
  );
  return edits;
}
