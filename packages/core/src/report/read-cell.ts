/**
 * Reads an input cell the way a statistician meant it, and says what is wrong with it.
 * Returns the number the cell means (so consistency rules still run) and the problems found.
 */
import { a1 } from './a1.js';
import type { SheetGrid } from './grid.js';
import { isBlank, valueAt } from './grid-access.js';
import { parseTypedNumber, sameUnit } from './normalise.js';
import { type Problem, problem } from './rules.js';

export interface NumberCellSpec {
  /** What the cell is, in Chinese, for messages: `西宁市 M05 完成进度`. */
  label: string;
  unit: string;
  required: boolean;
  integer: boolean;
  min: number;
  max: number;
}

export const ERROR_VALUE = /^#(?:DIV\/0!|REF!|VALUE!|NAME\?|N\/A|NUM!|NULL!|SPILL!|CALC!)$/;

export function readNumberCell(
  sheet: SheetGrid,
  row: number,
  column: number,
  spec: NumberCellSpec,
  out: Problem[],
): number | null {
  const raw = valueAt(sheet, row, column);
  const cell = a1(row, column);
  const at = `${sheet.name}!${cell}`;
  if (isBlank(raw)) {
    if (spec.required)
      out.push(
        problem(
          'V_REQUIRED',
          sheet.name,
          cell,
          `${at}「${spec.label}」未填写，请填写。`,
          `${at} (${spec.label}) is empty; fill it in.`,
        ),
      );
    return null;
  }
  if (typeof raw === 'boolean') {
    out.push(
      problem(
        'V_NOT_NUMBER',
        sheet.name,
        cell,
        `${at}「${spec.label}」应填数字。`,
        `${at} (${spec.label}) must be a number.`,
        { value: raw },
      ),
    );
    return null;
  }
  let value: number;
  if (typeof raw === 'string') {
    if (ERROR_VALUE.test(raw.trim())) return null; // reported by the error-value rule
    const typed = parseTypedNumber(raw);
    if (!typed) {
      out.push(
        problem(
          'V_NOT_NUMBER',
          sheet.name,
          cell,
          `${at}「${spec.label}」填了文字“${raw}”，应填数字（单位${spec.unit}）。`,
          `${at} (${spec.label}) holds text "${raw}"; type a number (${spec.unit}).`,
          { value: raw },
        ),
      );
      return null;
    }
    value = typed.value;
    const fix = (zh: string, en: string) => ({ edits: [{ sheet: sheet.name, cell, value }], zh, en });
    const unitOk = typed.unit === null || sameUnit(typed.unit, spec.unit);
    if (typed.issues.includes('approximate')) {
      out.push(
        problem(
          'V_APPROXIMATE',
          sheet.name,
          cell,
          `${at}「${spec.label}」填了约数“${raw}”，请填统计数（准确数字）。`,
          `${at} (${spec.label}) holds an approximation "${raw}"; type the exact figure.`,
          { value: raw },
        ),
      );
      return null; // an approximation is not checked against other figures until the exact one is typed
    } else if (!unitOk) {
      out.push(
        problem(
          'V_UNIT_TYPED',
          sheet.name,
          cell,
          `${at}「${spec.label}」填了“${raw}”，单位“${typed.unit}”与本栏单位“${spec.unit}”不同，请换算后只填数字。`,
          `${at} (${spec.label}) holds "${raw}", in ${typed.unit} not ${spec.unit}; convert and type the number only.`,
          { value: raw },
        ),
      );
      return null; // in another unit the number means something else: nothing downstream can use it
    } else if (typed.unit !== null) {
      out.push(
        problem(
          'V_UNIT_TYPED',
          sheet.name,
          cell,
          `${at}「${spec.label}」填了“${raw}”，单位不用填写，应为 ${value}。`,
          `${at} (${spec.label}) holds "${raw}"; the unit is not typed, it should read ${value}.`,
          { value: raw, fix: fix(`改为 ${value}`, `set to ${value}`) },
        ),
      );
    } else if (typed.issues.includes('thousands')) {
      out.push(
        problem(
          'V_THOUSANDS',
          sheet.name,
          cell,
          `${at}「${spec.label}」“${raw}”带千分位逗号，存成了文本，应为 ${value}。`,
          `${at} (${spec.label}) "${raw}" has thousands separators and is text; it should read ${value}.`,
          { value: raw, fix: fix(`改为 ${value}`, `set to ${value}`) },
        ),
      );
    } else if (typed.issues.includes('fullWidth')) {
      out.push(
        problem(
          'V_FULL_WIDTH',
          sheet.name,
          cell,
          `${at}「${spec.label}」“${raw}”是全角数字，应为半角 ${value}。`,
          `${at} (${spec.label}) "${raw}" uses full-width digits; it should read ${value}.`,
          { value: raw, fix: fix(`改为 ${value}`, `set to ${value}`) },
        ),
      );
    } else {
      out.push(
        problem(
          'V_NUMBER_AS_TEXT',
          sheet.name,
          cell,
          `${at}「${spec.label}」“${raw}”存成了文本，应为数字 ${value}。`,
          `${at} (${spec.label}) "${raw}" is stored as text; it should be the number ${value}.`,
          { value: raw, fix: fix(`改为数字 ${value}`, `store the number ${value}`) },
        ),
      );
    }
  } else value = raw as number;
  if (value < spec.min || value > spec.max) {
    out.push(
      problem(
        'V_OUT_OF_RANGE',
        sheet.name,
        cell,
        `${at}「${spec.label}」为 ${value}，应在 ${spec.min} 到 ${spec.max} 之间。`,
        `${at} (${spec.label}) is ${value}; it must be between ${spec.min} and ${spec.max}.`,
        { value: raw },
      ),
    );
  } else if (spec.integer && !Number.isInteger(value)) {
    out.push(
      problem(
        'V_NOT_INTEGER',
        sheet.name,
        cell,
        `${at}「${spec.label}」为 ${value}，应为整数（单位${spec.unit}）。`,
        `${at} (${spec.label}) is ${value}; it must be a whole number (${spec.unit}).`,
        { value: raw },
      ),
    );
  }
  return value;
}

/** Excel/LibreOffice/WPS date serial (1900 system) for a calendar date. */
export function dateSerial(year: number, month: number, day: number): number {
  return Date.UTC(year, month - 1, day) / 86_400_000 + 25_569;
}

/** `2018-01-15`, `2018/1/15`, `2018.1.15`, `2018年1月15日` → serial; null when it is not such a date. */
export function parseDateText(text: string): number | null {
  const m = /^(\d{4})\s*[-/.年]\s*(\d{1,2})\s*[-/.月]\s*(\d{1,2})\s*日?$/.exec(text.trim());
  if (!m) return null;
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const date = new Date(Date.UTC(y, mo - 1, d));
  if (date.getUTCMonth() !== mo - 1 || date.getUTCDate() !== d) return null;
  return dateSerial(y, mo, d);
}
