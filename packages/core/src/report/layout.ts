/**
 * The reporting template's layout: sheet names, header rows and columns. The renderer writes it and the
 * validator checks a filled workbook against it, so both read it from here.
 */
import { MAX_INPUTS } from './indicator.js';

/** GB/T 2260 code of 青海省: the province's own template covers every measure. */
export const PROVINCE_CODE = '630000';

export const TEMPLATE_ID = 'taizhang.report';
export const TEMPLATE_VERSION = '1';
export const SUMMARY_TEMPLATE_ID = 'taizhang.summary';

export const SHEET = {
  instructions: '说明',
  measures: '措施',
  indicators: '指标',
  explanations: '核实说明',
  identity: '_taizhang',
} as const;

/** Measure progress status, the list the 措施 sheet offers. */
export const MEASURE_STATUSES = ['未启动', '推进中', '已完成', '滞后'] as const;
export type MeasureStatus = (typeof MEASURE_STATUSES)[number];

/** Row 0 is the sheet title, row 1 the column headers; data starts at row 2 (Excel row 3). */
export const TITLE_ROW = 0;
export const HEADER_ROW = 1;
export const FIRST_DATA_ROW = 2;

export interface ColumnSpec {
  header: string;
  width: number;
  /** `input` cells are unlocked for the statistician; `formula` cells are computed; `fixed` are pre-filled and locked. */
  role: 'fixed' | 'input' | 'formula';
}

export const MEASURE_COLUMNS = {
  number: 0,
  id: 1,
  title: 2,
  lead: 3,
  supporting: 4,
  status: 5,
  completion: 6,
  progress: 7,
  problems: 8,
  nextSteps: 9,
} as const;

export const MEASURE_HEADERS: ColumnSpec[] = [
  { header: '序号', width: 6, role: 'fixed' },
  { header: '措施编号', width: 9, role: 'fixed' },
  { header: '措施', width: 40, role: 'fixed' },
  { header: '牵头单位', width: 22, role: 'fixed' },
  { header: '配合单位', width: 30, role: 'fixed' },
  { header: '进展状态', width: 10, role: 'input' },
  { header: '完成进度（%）', width: 10, role: 'input' },
  { header: '本期进展情况', width: 40, role: 'input' },
  { header: '存在问题', width: 30, role: 'input' },
  { header: '下步打算', width: 30, role: 'input' },
];

const NUMERALS = ['一', '二', '三', '四', '五', '六'];

/** Indicator sheet columns: six fixed, then three per input (label, this period, same period last year), then five formulas. */
export const INDICATOR_COLUMNS = {
  id: 0,
  name: 1,
  unit: 2,
  target: 3,
  targetYear: 4,
  definition: 5,
  /** Column of input `i`'s label; this period is +1, last year +2. */
  inputLabel: (i: number) => 6 + 3 * i,
  inputThis: (i: number) => 7 + 3 * i,
  inputLast: (i: number) => 8 + 3 * i,
  value: 6 + 3 * MAX_INPUTS,
  lastValue: 7 + 3 * MAX_INPUTS,
  change: 8 + 3 * MAX_INPUTS,
  completion: 9 + 3 * MAX_INPUTS,
  status: 10 + 3 * MAX_INPUTS,
} as const;

export const INDICATOR_HEADERS: ColumnSpec[] = [
  { header: '指标编号', width: 20, role: 'fixed' },
  { header: '指标名称', width: 24, role: 'fixed' },
  { header: '单位', width: 8, role: 'fixed' },
  { header: '目标值', width: 9, role: 'fixed' },
  { header: '目标年份', width: 9, role: 'fixed' },
  { header: '计算方法', width: 28, role: 'fixed' },
  ...Array.from({ length: MAX_INPUTS }, (_, i): ColumnSpec[] => [
    { header: `输入项${NUMERALS[i]}`, width: 18, role: 'fixed' },
    { header: `输入项${NUMERALS[i]}本期值`, width: 12, role: 'input' },
    { header: `输入项${NUMERALS[i]}上年同期值`, width: 12, role: 'input' },
  ]).flat(),
  { header: '本期指标值', width: 11, role: 'formula' },
  { header: '上年同期指标值', width: 11, role: 'formula' },
  { header: '同比变化（%）', width: 10, role: 'formula' },
  { header: '目标完成度（%）', width: 11, role: 'formula' },
  { header: '对标状态', width: 9, role: 'formula' },
];

/** Indicator status against its target, as the 对标状态 formula writes it. */
export const INDICATOR_STATUSES = {
  notFilled: '未填报',
  reached: '已达标',
  notReached: '未达标',
  filled: '已填报',
} as const;

export const EXPLANATION_COLUMNS = { sheet: 0, cell: 1, code: 2, text: 3 } as const;
export const EXPLANATION_HEADERS: ColumnSpec[] = [
  { header: '工作表', width: 10, role: 'input' },
  { header: '单元格', width: 9, role: 'input' },
  { header: '规则代码', width: 22, role: 'input' },
  { header: '核实说明', width: 70, role: 'input' },
];
/** Rows offered for explanations. */
export const EXPLANATION_ROWS = 60;

/** The 说明 sheet's filing block: label in column A, value in column B, at these 0-based rows. */
export const FILING = {
  region: 2,
  period: 3,
  reporter: 4,
  phone: 5,
  date: 6,
  valueColumn: 1,
} as const;

/** Identity sheet: key/value pairs from row 0, then a row table (sheet, key, signature) from ROW_TABLE_START. */
export const IDENTITY_KEYS = [
  'templateId',
  'templateVersion',
  'regionCode',
  'regionName',
  'period',
  'checksum',
  'rowCount',
] as const;
export type IdentityKey = (typeof IDENTITY_KEYS)[number];
export const IDENTITY_ROW_TABLE_START = 10;
