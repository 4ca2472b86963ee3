import { parseChineseNumeral } from './numerals.js';
import type { TargetComparator } from './targets.js';

/**
 * The Chinese number and date expressions commitments are made of, found in one clause of
 * text. Positions are offsets into the text given (the caller adds the clause's offset).
 */
export type Expression =
  | { kind: 'year'; role: 'deadline' | 'start'; year: number; start: number; end: number }
  | { kind: 'year-range'; from: number; to: number; start: number; end: number }
  | { kind: 'recurrence'; recurrence: 'yearly' | 'quarterly' | 'monthly'; start: number; end: number }
  /** `context`: 通过三年建设, 三年内 — a time frame for what follows. `target`: 三年攻坚, 五年完善城市功能 — a commitment itself. */
  | { kind: 'duration'; role: 'context' | 'target'; years: number; start: number; end: number }
  | {
      kind: 'quantity';
      value: number;
      unit: string;
      comparator: TargetComparator;
      /** 下降18%, 提高3个百分点: a change from a baseline, not a level. */
      change: 'increase' | 'decrease' | null;
      start: number;
      end: number;
    }
  /** 完成, 基本建成, 全覆盖, 所有 …; `universal` for 全覆盖/所有/全部, which need no date to be a commitment. */
  | { kind: 'completion'; word: string; universal: boolean; start: number; end: number }
  | { kind: 'direction'; direction: 'up' | 'down'; word: string; start: number; end: number };

const CN_DIGIT = '〇零一二两三四五六七八九';
const CN_NUMBER = `[${CN_DIGIT}十百千]+`;
const MULTIPLIER: Record<string, number> = { 万: 1e4, 亿: 1e8, 千: 1e3, 百: 1e2 };

/** Units a quantity is counted in, longest first so `平方公里` wins over `公里`. `人(次)` is read as 人次. */
const UNITS = [
  '个百分点',
  '百分点',
  '平方公里',
  '平方米',
  '人(次)',
  '人（次）',
  '人次',
  '公里',
  '千米',
  '小时',
  '分钟',
  '%',
  '％',
  '‰',
  '人',
  '个',
  '次',
  '项',
  '所',
  '户',
  '套',
  '座',
  '亩',
  '天',
  '年',
  '元',
  '家',
  '条',
  '处',
  '名',
  '张',
  '辆',
  '间',
  '吨',
];
/** Units a number written in Chinese characters may carry (两次, 十五个); `年` is handled as a duration. */
const COUNT_UNITS = ['人次', '个', '次', '项', '所', '户', '套', '座', '家', '条', '处', '名', '辆', '间'];

const escapeRegExp = (s: string): string => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const UNIT_PATTERN = UNITS.map(escapeRegExp).join('|');
const COUNT_UNIT_PATTERN = COUNT_UNITS.map(escapeRegExp).join('|');

const LEVEL_PREFIX =
  '不低于|不少于|至少|超过|达到|提高到|提升到|增加到|增长到|不超过|不高于|控制在|低于|降到|降低到|下降到|减少到|压减到';
const CHANGE_PREFIX = '下降|降低|减少|压减|增长|增加|提高|提升';
const CHANGE_WORD = new RegExp(`^(${CHANGE_PREFIX})$`);
const QUANTITY = new RegExp(
  `(${LEVEL_PREFIX}|${CHANGE_PREFIX})?(第)?(\\d+(?:\\.\\d+)?)(万|亿)?(${UNIT_PATTERN})(左右|以上|以下|以内|之内|多)?`,
  'g',
);
const CN_QUANTITY = new RegExp(`(第|每)?(${CN_NUMBER})(${COUNT_UNIT_PATTERN})(左右|以上|以下|以内|多)?`, 'g');
const YEAR_RANGE = /(\d{4})\s*[-—–~至到]\s*(\d{4})\s*年/g;
const YEAR = new RegExp(`(从|自|到|至|于)?(\\d{4}|[${CN_DIGIT}]{4})\\s*年(底|末|前|以前|起|开始|以来)?`, 'g');
const RECURRENCE = /每(年|季度|季|月)|年均|年平均/g;
const DURATION = /(通过|经过|用|利用)?(\d{1,2}|[一二两三四五六七八九十]{1,3})\s*年(内|时间|左右)?/g;
/** A duration followed by one of these is a commitment itself: 三年攻坚, 三年初具城市形态, 五年完善城市功能. */
const DURATION_TARGET_NEXT = /^(初具|初步|完善|建成|基本|实现|完成|见成效|攻坚|行动|计划|达到|全面)/;
const COMPLETION = /(基本完成|全面完成|如期完成|完成|基本建成|全面建成|建成|初步形成|全覆盖|所有|全部)/g;
const DIRECTION = /(稳步提高|逐步提高|进一步提高|大幅提高|明显提高|提高|提升|增加|扩大|降低|减少|下降|压减)/g;
/** A qualitative target is about a rate or a share: 分担率, 漏损率, 优良天数比例 (not 效率 or 频率). */
const RATE_ENDING = /(比例|比重|(?<![效频])率)$/;

const CN_DIGIT_VALUE: Record<string, number> = {
  〇: 0,
  零: 0,
  一: 1,
  二: 2,
  两: 2,
  三: 3,
  四: 4,
  五: 5,
  六: 6,
  七: 7,
  八: 8,
  九: 9,
};

/** `2020` or `二〇二〇` → 2020. */
function chineseYear(text: string): number | undefined {
  if (/^\d{4}$/.test(text)) return Number(text);
  let year = 0;
  for (const ch of text) {
    const d = CN_DIGIT_VALUE[ch];
    if (d === undefined) return undefined;
    year = year * 10 + d;
  }
  return year;
}

function numberOf(text: string): number | undefined {
  if (/^\d+(\.\d+)?$/.test(text)) return Number(text);
  return parseChineseNumeral(text);
}

function comparatorOf(
  prefix: string | undefined,
  suffix: string | undefined,
  unit: string,
): TargetComparator {
  if (suffix === '左右') return 'about';
  if (suffix === '以下' || suffix === '以内' || suffix === '之内') return 'at-most';
  if (suffix === '以上' || suffix === '多') return 'at-least';
  if (prefix && /不超过|不高于|控制在|低于|降到|降低到|压减到/.test(prefix)) return 'at-most';
  if (prefix) return 'at-least';
  // 1小时通勤圈: a travel time is a ceiling; a count or a share is a floor.
  return unit === '小时' || unit === '分钟' ? 'at-most' : 'at-least';
}

function overlaps(a: { start: number; end: number }, taken: { start: number; end: number }[]): boolean {
  return taken.some((t) => a.start < t.end && t.start < a.end);
}

const isNounChar = (ch: string | undefined): boolean =>
  ch !== undefined && /[\p{Script=Han}A-Za-z]/u.test(ch);

/** Finds every number and date expression in a clause. `text` is already masked (quotations blanked). */
export function findExpressions(text: string): Expression[] {
  const found: Expression[] = [];
  const taken: { start: number; end: number }[] = [];
  const add = (e: Expression): void => {
    found.push(e);
    taken.push(e);
  };

  for (const m of text.matchAll(YEAR_RANGE)) {
    const from = Number(m[1]);
    const to = Number(m[2]);
    if (from >= 1949 && to >= from && to <= 2100)
      add({ kind: 'year-range', from, to, start: m.index, end: m.index + m[0].length });
  }
  for (const m of text.matchAll(YEAR)) {
    const year = chineseYear(m[2] as string);
    const span = { start: m.index, end: m.index + m[0].length };
    if (year === undefined || year < 1949 || year > 2100 || overlaps(span, taken)) continue;
    const start = m[1] === '从' || m[1] === '自' || m[3] === '起' || m[3] === '开始' || m[3] === '以来';
    add({ kind: 'year', role: start ? 'start' : 'deadline', year, ...span });
  }
  for (const m of text.matchAll(RECURRENCE)) {
    const recurrence =
      m[1] === undefined || m[1] === '年' ? 'yearly' : m[1] === '月' ? 'monthly' : 'quarterly';
    const span = { start: m.index, end: m.index + m[0].length };
    if (!overlaps(span, taken)) add({ kind: 'recurrence', recurrence, ...span });
  }
  for (const m of text.matchAll(DURATION)) {
    const span = { start: m.index, end: m.index + m[0].length };
    const years = numberOf(m[2] as string);
    if (years === undefined || years === 0 || overlaps(span, taken)) continue;
    const before = text[m.index - 1];
    if (before !== undefined && /[\d每第]/.test(before)) continue;
    const next = text.slice(span.end);
    if (m[1] || m[3] === '内' || m[3] === '时间') {
      add({ kind: 'duration', role: 'context', years, ...span });
    } else if (DURATION_TARGET_NEXT.test(next)) {
      add({ kind: 'duration', role: 'target', years, ...span });
    } else if (/^(建设|努力)([，,。；;]|$)/.test(next)) {
      add({ kind: 'duration', role: 'context', years, ...span });
    }
  }
  for (const m of text.matchAll(QUANTITY)) {
    const span = { start: m.index, end: m.index + m[0].length };
    if (m[2] || overlaps(span, taken)) continue;
    const before = text[m.index - 1];
    if (before !== undefined && /[\d.A-Za-z]/.test(before)) continue;
    let unit = m[5] as string;
    const suffix = m[6];
    // 5年以上人口, 3年以下工龄: a length of time that qualifies a noun is a criterion, not a commitment.
    if (unit === '年' && (suffix === '以上' || suffix === '以下') && isNounChar(text[span.end])) continue;
    if (unit === '年' && Number(m[3]) >= 1000) continue;
    const base = Number(m[3]) * (m[4] ? (MULTIPLIER[m[4]] ?? 1) : 1);
    if (unit === '人(次)' || unit === '人（次）') unit = '人次';
    if (unit === '％') unit = '%';
    const change =
      m[1] && CHANGE_WORD.test(m[1]) ? (/下降|降低|减少|压减/.test(m[1]) ? 'decrease' : 'increase') : null;
    // The span starts at the number: 达到 is how the comparator is said, not part of the quantity.
    add({
      kind: 'quantity',
      value: base,
      unit,
      change,
      comparator: comparatorOf(change ? undefined : m[1], suffix, unit),
      start: span.start + (m[1]?.length ?? 0),
      end: span.end,
    });
  }
  for (const m of text.matchAll(CN_QUANTITY)) {
    const span = { start: m.index, end: m.index + m[0].length };
    if (m[1] || overlaps(span, taken)) continue;
    const value = numberOf(m[2] as string);
    const after = text[span.end];
    if (value === undefined || value === 0 || after === '性') continue;
    add({
      kind: 'quantity',
      value,
      unit: m[3] as string,
      change: null,
      comparator: comparatorOf(undefined, m[4], m[3] as string),
      ...span,
    });
  }
  for (const m of text.matchAll(COMPLETION)) {
    const span = { start: m.index, end: m.index + m[0].length };
    if (overlaps(span, taken)) continue;
    const word = m[0];
    // 所有权 is ownership and 建成区 the built-up area, not commitments.
    if (
      (word === '所有' && /[权制者]/.test(text[span.end] ?? '')) ||
      (word.endsWith('建成') && text[span.end] === '区')
    )
      continue;
    add({
      kind: 'completion',
      word,
      universal: word === '全覆盖' || word === '所有' || word === '全部',
      ...span,
    });
  }
  for (const m of text.matchAll(DIRECTION)) {
    const span = { start: m.index, end: m.index + m[0].length };
    if (overlaps(span, taken)) continue;
    const object = text.slice(span.end).replace(/[。；;，,、\s]+$/, '');
    if (!RATE_ENDING.test(object) || /[，,；;。]/.test(object)) continue;
    const word = m[0];
    add({ kind: 'direction', direction: /降低|减少|下降|压减/.test(word) ? 'down' : 'up', word, ...span });
  }
  return found.sort((a, b) => a.start - b.start);
}
