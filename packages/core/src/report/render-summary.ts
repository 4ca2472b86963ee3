/** The provincial summary as a WorkbookPlan, so every host writes it with the same adapter as the templates. */
import { a1, a1Range } from './a1.js';
import {
  FIRST_DATA_ROW,
  HEADER_ROW,
  INDICATOR_HEADERS,
  SUMMARY_TEMPLATE_ID,
  TEMPLATE_VERSION,
  TITLE_ROW,
} from './layout.js';
import type { ProvincialSummary } from './merge.js';
import type { CellPlan, CellValue, SheetPlan, WorkbookPlan } from './plan.js';
import { indicatorRowCells, STYLE } from './render-template.js';

export const SUMMARY_SHEET = {
  overview: '汇总说明',
  measures: '措施进展',
  indicators: '指标汇总',
  byRegion: '分地区指标',
  behind: '滞后事项',
  explanations: '核实说明汇总',
} as const;

function table(
  name: string,
  title: string,
  headers: string[],
  widths: number[],
  rows: CellValue[][],
  extra: Partial<SheetPlan> = {},
): SheetPlan {
  const cells: CellPlan[] = [{ address: a1(TITLE_ROW, 0), value: title, style: STYLE.title, locked: true }];
  for (const [c, h] of headers.entries())
    cells.push({ address: a1(HEADER_ROW, c), value: h, style: STYLE.header, locked: true });
  for (const [i, row] of rows.entries()) {
    for (const [c, value] of row.entries())
      cells.push({ address: a1(FIRST_DATA_ROW + i, c), value, style: STYLE.fixed, locked: true });
  }
  return {
    name,
    visibility: 'visible',
    cells,
    columnWidths: widths,
    freeze: { rows: FIRST_DATA_ROW, columns: 0 },
    validations: [],
    merges: [a1Range(TITLE_ROW, 0, TITLE_ROW, Math.max(headers.length - 1, 1))],
    protect: true,
    ...extra,
  };
}

const statusText = (status: string | null, completion: number | null) =>
  status ? `${status}${completion !== null ? ` ${completion}%` : ''}` : '—';

export function renderSummary(summary: ProvincialSummary): WorkbookPlan {
  const label = `青海省${summary.periodLabel}`;
  const overview = table(
    SUMMARY_SHEET.overview,
    `${label}新型城镇化建设进展汇总`,
    ['项目', '内容'],
    [16, 90],
    [
      ['报告期', `${summary.periodLabel}（${summary.period}）`],
      ['已报送', `${summary.regions.length} 个：${summary.regions.map((r) => r.name).join('、')}`],
      ['未报送', summary.missing.length ? summary.missing.map((r) => r.name).join('、') : '无'],
      [
        '措施',
        `${summary.measures.length} 项；有地区滞后的 ${summary.measures.filter((m) => m.behind.length).length} 项`,
      ],
      ['指标', `${summary.indicators.length} 项；比率由各地输入项合计后重新计算，不取平均`],
      ['核实说明', `${summary.explanations.length} 条，见“核实说明汇总”`],
    ],
  );
  const regionNames = summary.regions.map((r) => r.name);
  const measures = table(
    SUMMARY_SHEET.measures,
    `${label}措施进展（各地区状态与完成进度）`,
    ['序号', '措施编号', '措施', '牵头单位', ...regionNames, '已完成地区数', '滞后地区'],
    [6, 9, 36, 20, ...regionNames.map(() => 12), 10, 24],
    summary.measures.map((m) => [
      m.number,
      m.id,
      m.title,
      m.lead,
      ...summary.regions.map((r) => {
        const b = m.byRegion.find((x) => x.region.code === r.code);
        return b ? statusText(b.status, b.completion) : '不涉及';
      }),
      m.done,
      m.behind.map((r) => r.name).join('、'),
    ]),
  );
  const indicatorCells: CellPlan[] = [
    {
      address: a1(TITLE_ROW, 0),
      value: `${label}指标汇总（输入项为各地合计，指标值按合计重新计算）`,
      style: STYLE.title,
      locked: true,
    },
  ];
  for (const [c, h] of INDICATOR_HEADERS.entries())
    indicatorCells.push({ address: a1(HEADER_ROW, c), value: h.header, style: STYLE.header, locked: true });
  summary.indicators.forEach((s, i) => {
    const keys = s.indicator.inputs.map((x) => x.key);
    indicatorCells.push(
      ...indicatorRowCells(s.indicator, FIRST_DATA_ROW + i, {
        thisPeriod: keys.map((k) => s.thisPeriod[k] ?? null),
        lastYear: keys.map((k) => s.lastYear[k] ?? null),
      }).cells,
    );
  });
  const indicators: SheetPlan = {
    name: SUMMARY_SHEET.indicators,
    visibility: 'visible',
    cells: indicatorCells,
    columnWidths: INDICATOR_HEADERS.map((h) => h.width),
    freeze: { rows: FIRST_DATA_ROW, columns: 2 },
    validations: [],
    merges: [a1Range(TITLE_ROW, 0, TITLE_ROW, INDICATOR_HEADERS.length - 1)],
    protect: true,
  };
  const byRegion = table(
    SUMMARY_SHEET.byRegion,
    `${label}分地区指标值`,
    ['指标编号', '指标名称', '单位', ...regionNames, '全省（合计后计算）'],
    [20, 24, 8, ...regionNames.map(() => 11), 14],
    summary.indicators.map((s) => [
      s.id,
      s.name,
      s.unit,
      ...summary.regions.map((r) => s.byRegion.find((x) => x.region.code === r.code)?.value ?? null),
      s.result.value,
    ]),
  );
  const behind = table(
    SUMMARY_SHEET.behind,
    `${label}滞后事项`,
    ['地区', '措施编号', '措施', '完成进度（%）', '存在问题'],
    [12, 9, 40, 12, 50],
    summary.behind.map((b) => [b.region.name, b.measureId, b.title, b.completion, b.problems]),
  );
  const explanations = table(
    SUMMARY_SHEET.explanations,
    `${label}核实说明汇总`,
    ['地区', '工作表', '单元格', '规则代码', '核实说明'],
    [12, 10, 9, 20, 70],
    summary.explanations.map((e) => [e.region.name, e.sheet, e.cell, e.code, e.text]),
  );
  const identity: SheetPlan = {
    name: '_taizhang',
    visibility: 'hidden',
    cells: [
      ['templateId', SUMMARY_TEMPLATE_ID],
      ['templateVersion', TEMPLATE_VERSION],
      ['period', summary.period],
      ['regions', summary.regions.map((r) => r.code).join(',')],
    ].flatMap(([k, v], r) => [
      { address: a1(r, 0), value: k as string, numberFormat: '@', locked: true },
      { address: a1(r, 1), value: v as string, numberFormat: '@', locked: true },
    ]),
    columnWidths: [16, 60],
    validations: [],
    merges: [],
    protect: true,
  };
  return {
    templateId: SUMMARY_TEMPLATE_ID,
    templateVersion: TEMPLATE_VERSION,
    sheets: [overview, measures, indicators, byRegion, behind, explanations, identity],
  };
}
