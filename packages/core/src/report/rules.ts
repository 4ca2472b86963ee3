/**
 * Validation rules, following the convention of the national online direct-reporting system (联网直报):
 * 强制性审核 (mandatory) rules are errors that must be fixed; 核实性审核 (verification) rules are warnings
 * the reporter may keep by writing an explanation (核实说明).
 */
import type { CellEdit } from './grid-access.js';
import type { CellValue } from './plan.js';

export type Severity = 'error' | 'warning';

export const RULES = {
  S_NOT_TAIZHANG: { severity: 'error', zh: '不是台账填报表', en: 'not a taizhang workbook' },
  S_VERSION: { severity: 'error', zh: '模板版本不符', en: 'wrong template version' },
  S_CHECKSUM: { severity: 'error', zh: '标识表被改动', en: 'identity sheet altered' },
  S_DOCUMENT: { severity: 'error', zh: '模板与文件不符', en: 'template not made from this document' },
  S_SHEET_MISSING: { severity: 'error', zh: '缺少工作表', en: 'sheet missing' },
  S_COLUMN_MISSING: { severity: 'error', zh: '列缺失或改名', en: 'column missing or renamed' },
  S_COLUMN_MOVED: { severity: 'error', zh: '列被移动', en: 'column moved' },
  S_ROW_MISSING: { severity: 'error', zh: '行被删除', en: 'row deleted' },
  S_ROW_DUPLICATED: { severity: 'error', zh: '行重复', en: 'row duplicated' },
  S_ROW_UNKNOWN: { severity: 'error', zh: '多出的行', en: 'row not in the template' },
  S_ROWS_REORDERED: { severity: 'error', zh: '行顺序被改变', en: 'rows reordered' },
  S_LOCKED_EDITED: { severity: 'error', zh: '锁定内容被修改', en: 'locked cell edited' },
  S_MERGED: { severity: 'error', zh: '填报区有合并单元格', en: 'merged cells where values belong' },
  S_CELL_ERROR: { severity: 'error', zh: '单元格错误值', en: 'error value in a cell' },
  V_REQUIRED: { severity: 'error', zh: '必填项为空', en: 'required cell empty' },
  V_NOT_IN_LIST: { severity: 'error', zh: '不在选项中', en: 'not one of the allowed values' },
  V_NOT_NUMBER: { severity: 'error', zh: '数值单元格填了文字', en: 'text in a number cell' },
  V_NUMBER_AS_TEXT: { severity: 'error', zh: '数字存成了文本', en: 'number stored as text' },
  V_FULL_WIDTH: { severity: 'error', zh: '全角数字', en: 'full-width digits' },
  V_THOUSANDS: { severity: 'error', zh: '带千分位逗号', en: 'thousands separators typed' },
  V_UNIT_TYPED: { severity: 'error', zh: '数值中带单位', en: 'unit typed into the cell' },
  V_APPROXIMATE: { severity: 'error', zh: '填了约数', en: 'approximate number typed' },
  V_OUT_OF_RANGE: { severity: 'error', zh: '数值超出范围', en: 'number out of range' },
  V_NOT_INTEGER: { severity: 'error', zh: '应为整数', en: 'whole number expected' },
  V_RATE_SCALE: { severity: 'warning', zh: '百分比口径疑误', en: 'rate typed on the wrong scale' },
  V_DATE_AS_TEXT: { severity: 'error', zh: '日期存成了文本', en: 'date typed as text' },
  V_NOT_DATE: { severity: 'error', zh: '不是日期', en: 'not a date' },
  C_PART_EXCEEDS_WHOLE: { severity: 'error', zh: '分项大于总量', en: 'part larger than its whole' },
  C_VALUE_UNDEFINED: { severity: 'error', zh: '指标无法计算', en: 'indicator cannot be computed' },
  C_FORMULA_OVERWRITTEN: { severity: 'error', zh: '公式被改写', en: 'formula overwritten' },
  C_FORMULA_TYPED_SAME: {
    severity: 'warning',
    zh: '公式被同值数字替换',
    en: 'formula replaced by the same number',
  },
  C_DONE_INCOMPLETE: { severity: 'error', zh: '已完成但进度不足100%', en: 'done but below 100%' },
  C_PROGRESS_MISSING: { severity: 'error', zh: '缺少进展情况', en: 'progress text missing' },
  C_PROBLEMS_MISSING: { severity: 'error', zh: '滞后未写问题', en: 'behind without problems stated' },
  C_YOY_JUMP: {
    severity: 'warning',
    zh: '与上年同期相比变化过大',
    en: 'implausible change against last year',
  },
} as const satisfies Record<string, { severity: Severity; zh: string; en: string }>;

export type RuleCode = keyof typeof RULES;

/** A correction that cannot lose anything the reporter meant: apply it with `applyFix`. */
export interface Fix {
  edits: CellEdit[];
  zh: string;
  en: string;
}

export interface Problem {
  sheet: string;
  /** A1 address of the cell (or the first cell of the area) the problem is about. */
  cell: string;
  code: RuleCode;
  severity: Severity;
  message: { zh: string; en: string };
  /** What the cell holds now, for the report. */
  value?: CellValue;
  fix?: Fix;
  /** For warnings: the reporter's 核实说明; a warning with one is `explained`, not open. */
  explanation?: string;
}

export function problem(
  code: RuleCode,
  sheet: string,
  cell: string,
  zh: string,
  en: string,
  extra: Partial<Pick<Problem, 'value' | 'fix'>> = {},
): Problem {
  return { sheet, cell, code, severity: RULES[code].severity, message: { zh, en }, ...extra };
}
