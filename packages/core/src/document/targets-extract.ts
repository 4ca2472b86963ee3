import { indicators as catalogue } from '../formula/indicators.js';
import type { Measure, PolicyDocument } from './schema.js';
import type { Target } from './targets.js';
import { type Expression, findExpressions } from './targets-expressions.js';
import { scopeOf } from './targets-scope.js';

/** What the extractor needs of an indicator to link a target to it. */
export interface LinkableIndicator {
  id: string;
  keywords: readonly string[];
}

export interface ExtractTargetsOptions {
  /** The indicators targets are linked to (default: the catalogue). */
  indicators?: readonly LinkableIndicator[];
}

interface Clause {
  /** Offset of the clause in the source text. */
  offset: number;
  text: string;
  masked: string;
  expressions: Expression[];
}

const MASK = '□';

/**
 * Blanks out what a commitment cannot be made of, keeping every offset: quotations (“一年打基础、
 * 两年见成效”, “131”), titles in 《》, and document numbers (〔2016〕109号). Full-width digits and
 * signs are folded to ASCII one for one.
 */
export function maskText(text: string): string {
  const chars = text.split('').map((ch) => {
    const folded = ch.normalize('NFKC');
    return folded.length === 1 && /[0-9%.()]/.test(folded) ? folded : ch;
  });
  const pairs: [string, string][] = [
    ['“', '”'],
    ['《', '》'],
    ['〔', '〕'],
    ['「', '」'],
    ['"', '"'],
  ];
  for (const [open, close] of pairs) {
    let inside = false;
    for (let i = 0; i < chars.length; i++) {
      const ch = chars[i];
      if (!inside && ch === open) inside = true;
      else if (inside && ch === close) {
        inside = false;
        chars[i] = MASK;
        continue;
      }
      if (inside) chars[i] = MASK;
    }
  }
  // A document number keeps its 号 after the masked 〔year〕: blank the serial as well.
  return chars.join('').replace(/□(\d+)号/g, (m) => MASK.repeat(m.length));
}

/** Splits text into sentences (。；; ！？) and each sentence into clauses (，,：:), with offsets. */
function sentencesOf(text: string, masked: string, offset: number): Clause[][] {
  const sentences: Clause[][] = [];
  let sentence: Clause[] = [];
  let start = 0;
  const flush = (end: number, endsSentence: boolean): void => {
    const raw = text.slice(start, end);
    const lead = raw.length - raw.trimStart().length;
    const clauseText = raw.trim();
    if (clauseText.length > 0) {
      const clauseMasked = masked.slice(start + lead, start + lead + clauseText.length);
      sentence.push({
        offset: offset + start + lead,
        text: clauseText,
        masked: clauseMasked,
        expressions: findExpressions(clauseMasked),
      });
    }
    if (endsSentence && sentence.length > 0) {
      sentences.push(sentence);
      sentence = [];
    }
  };
  for (let i = 0; i < masked.length; i++) {
    const ch = masked[i] as string;
    if ('。；;！？!?'.includes(ch)) {
      flush(i, true);
      start = i + 1;
    } else if ('，,：:'.includes(ch)) {
      flush(i, false);
      start = i + 1;
    }
  }
  flush(masked.length, true);
  return sentences;
}

const LEADING_WORDS =
  /^(力争|争取|确保|努力|进一步|尽快|全面|加快|着力|推进|推动|实施|开展|打好|打造|建设|建成|构建|实现|完成|使|让|由|要|将|到|在|全省|各地|新启动的|现有的?)+/;
const TRAILING_WORDS = /(达到|提高到|控制在|保持在|降低到|降到|为|的基础上|打造成果|建设成果|和|与|及|、)+$/;

function tidy(text: string): string {
  let t = text.replace(/□+/g, '').trim();
  for (let i = 0; i < 3; i++)
    t = t.replace(LEADING_WORDS, '').replace(TRAILING_WORDS, '').replace(/^的/, '').trim();
  return t;
}

/** Removes the expressions (dates, recurrences, durations) from a piece of clause text. */
function withoutExpressions(clause: Clause, from: number, to: number): string {
  let out = '';
  for (let i = from; i < to; i++) {
    const inside = clause.expressions.some(
      (e) =>
        (e.kind === 'year' || e.kind === 'year-range' || e.kind === 'recurrence' || e.kind === 'duration') &&
        i >= e.start &&
        i < e.end,
    );
    // Detection reads the masked text; the subject keeps what was written, quotations included.
    out += inside ? '' : clause.text[i];
  }
  return out;
}

/**
 * Splits a parallel list sharing its verb, so each item is a target: 所有行政村通硬化路、通客班车、
 * 通宽带 → 行政村通硬化路, 行政村通客班车, 行政村通宽带. Lists whose items do not share a first
 * character (城镇棚户区、城中村和危房改造) are one task and stay whole.
 */
function splitParallel(subject: string): string[] {
  const items = subject.split('、');
  if (items.length < 3) return [subject];
  const lead = items[1]?.[0];
  if (!lead || !items.slice(1).every((item) => item.startsWith(lead))) return [subject];
  const first = items[0] as string;
  const at = first.indexOf(lead, 1);
  if (at < 0) return [subject];
  const head = first.slice(0, at);
  return [first, ...items.slice(1).map((item) => head + item.replace(/等$/, ''))];
}

function linkIndicator(
  subject: string,
  clause: string,
  catalogue: readonly LinkableIndicator[],
): string | null {
  for (const text of [subject, clause]) {
    let best: { id: string; length: number } | null = null;
    for (const indicator of catalogue) {
      for (const keyword of indicator.keywords) {
        if (text.includes(keyword) && (!best || keyword.length > best.length))
          best = { id: indicator.id, length: keyword.length };
      }
    }
    if (best) return best.id;
  }
  return null;
}

interface Context {
  deadline: number | null;
  startYear: number | null;
  recurrence: Target['recurrence'];
  withinYears: number | null;
  clauses: Clause[];
}

function contextOf(clauses: Clause[]): Context {
  const context: Context = { deadline: null, startYear: null, recurrence: null, withinYears: null, clauses };
  for (const clause of clauses) {
    for (const e of clause.expressions) {
      if (e.kind === 'year' && e.role === 'deadline') context.deadline = e.year;
      if (e.kind === 'year' && e.role === 'start') context.startYear = e.year;
      if (e.kind === 'year-range') {
        context.startYear = e.from;
        context.deadline = e.to;
      }
      if (e.kind === 'recurrence') context.recurrence = e.recurrence;
      if (e.kind === 'duration' && e.role === 'context') context.withinYears = e.years;
    }
  }
  return context;
}

/** What makes a clause a commitment: a quantity, a completion, a direction, or a duration with role `target`. */
type Anchor = Extract<Expression, { kind: 'quantity' | 'completion' | 'direction' | 'duration' }>;

function isAnchor(e: Expression): e is Anchor {
  return (
    e.kind === 'quantity' ||
    e.kind === 'completion' ||
    e.kind === 'direction' ||
    (e.kind === 'duration' && e.role === 'target')
  );
}

/** The anchors of a clause that make commitments, given what the sentence and the clause's context hold. */
function commitments(clause: Clause, context: Context, sentenceHasQuantity: boolean): Anchor[] {
  const dated = context.deadline !== null || context.withinYears !== null || context.startYear !== null;
  const anchors = clause.expressions.filter(isAnchor);
  const hasQuantity = anchors.some((a) => a.kind === 'quantity');
  return anchors.filter((a) => {
    if (a.kind !== 'completion') return true;
    // 完成/建成 is a commitment only with a date or a time frame; 全覆盖/所有 always, unless the
    // sentence has a number the universal word merely qualifies (藏区六州全部学生 … 15年免费教育).
    if (hasQuantity) return false;
    return a.universal ? !sentenceHasQuantity : dated;
  });
}

function subjectOf(anchor: Anchor, clause: Clause, anchors: Anchor[], previous: Clause | undefined): string {
  const i = anchors.indexOf(anchor);
  const next = anchors[i + 1];
  // Two commitments in one clause (三年初具城市形态、五年完善城市功能; 10个美丽城镇和20个美丽乡村):
  // each one's words end at the 、 or 和 before the next, and start after the previous one.
  const cutBefore = (k: number): number => {
    const target = anchors[k];
    const previous = anchors[k - 1];
    if (!target || !previous) return 0;
    const cut = Math.max(
      clause.masked.lastIndexOf('、', target.start),
      clause.masked.lastIndexOf('和', target.start),
    );
    return cut > previous.end ? cut : target.start;
  };
  const segmentStart = i > 0 ? Math.min(cutBefore(i) + 1, anchor.start) : 0;
  const segmentEnd = next ? cutBefore(i + 1) : clause.masked.length;
  const after = tidy(withoutExpressions(clause, anchor.end, segmentEnd));
  const before = tidy(withoutExpressions(clause, segmentStart, anchor.start));
  switch (anchor.kind) {
    case 'quantity': {
      // A short noun reads better with its number (15年免费教育, 48个美丽城镇), and with a short lead-in
      // too when there is one (西宁1小时通勤圈).
      if (after.length > 0 && after.length <= 4)
        return `${before.length <= 6 ? before : ''}${clause.text.slice(anchor.start, anchor.end)}${after}`;
      if (after.length > 0) return after.replace(/的基础上$/, '');
      if (before.length >= 4 || !previous) return before || clause.text;
      return tidy(withoutExpressions(previous, 0, previous.masked.length)) + before;
    }
    case 'completion':
      if (anchor.word === '全覆盖' || after.length === 0) return `${before}${anchor.word}`;
      return after;
    case 'direction':
      return after;
    case 'duration': {
      if (/^(初具|初步|完善|建成|基本|实现|完成|达到|全面)/.test(after)) return after;
      return `${before}${clause.text.slice(anchor.start, anchor.end)}${after}`;
    }
  }
}

/** The text of a measure the extractor reads: everything but its responsibility clause. */
function bodyOf(measure: Measure): string {
  const end = measure.responsibility
    ? measure.responsibility.span.start - measure.span.start
    : measure.text.length;
  return measure.text.slice(0, Math.max(0, end));
}

/**
 * Every quantified or dated commitment in a document's measures: numbers with their units
 * (60%左右, 7万人(次) → 70000 人次, 1500个, 两次), dates (到2020年, 2017年, 从2016年起), recurrences
 * (每年), time frames (三年攻坚, 通过三年建设, 三年…五年…), tasks to complete (完成, 全覆盖, 所有),
 * and qualitative aims for a rate (提高…分担率, 降低…漏损率). Each target records its clause
 * and the span of that clause in the source text; with `sourceText`, spans are checked against it.
 */
export function extractTargets(
  document: PolicyDocument,
  sourceText?: string,
  options: ExtractTargetsOptions = {},
): Target[] {
  const linkable = options.indicators ?? catalogue;
  const targets: Target[] = [];
  for (const measure of document.measures) {
    if (sourceText !== undefined && sourceText.slice(measure.span.start, measure.span.end) !== measure.text) {
      throw new Error(
        `extractTargets: the source text does not match measure (${measure.numeral}) at offsets ${measure.span.start}–${measure.span.end}; pass the text the document was parsed from`,
      );
    }
    const body = bodyOf(measure);
    let count = 0;
    for (const sentence of sentencesOf(body, maskText(body), measure.span.start)) {
      const sentenceHasQuantity = sentence.some((c) => c.expressions.some((e) => e.kind === 'quantity'));
      let carried: Clause[] = [];
      // Dates that open a sentence (到2020年，A达到…，B达到…) frame every commitment in it.
      const leading: Clause[] = [];
      let committed = false;
      sentence.forEach((clause, index) => {
        const context = contextOf([...new Set([...leading, ...carried, clause])]);
        const anchors = commitments(clause, context, sentenceHasQuantity);
        if (anchors.length === 0) {
          // A clause of dates alone (从2016年起，通过三年建设) frames the next one.
          if (clause.expressions.some((e) => !isAnchor(e))) {
            carried.push(clause);
            if (!committed) leading.push(clause);
          } else carried = [];
          return;
        }
        committed = true;
        const scope = scopeOf(context.clauses.map((c) => c.masked).join('，'));
        for (const anchor of anchors) {
          // A bare number (到2020年，1500个) says nothing else about what it counts: the clause is the subject.
          const subject =
            subjectOf(anchor, clause, anchors, index > 0 ? sentence[index - 1] : undefined) || clause.text;
          const subjects =
            anchor.kind === 'completion' && anchor.word === '所有' ? splitParallel(subject) : [subject];
          for (const item of subjects) {
            const expressionText = clause.text.slice(anchor.start, anchor.end);
            targets.push({
              id: `${measure.id}-T${++count}`,
              measure: measure.number,
              subject: item,
              // An item split from a list is linked by its own words only: 通邮 is not 通硬化路.
              indicatorId: linkIndicator(item, subjects.length > 1 ? '' : clause.masked, linkable),
              value: anchor.kind === 'quantity' ? anchor.value : null,
              unit: anchor.kind === 'quantity' ? anchor.unit : null,
              comparator:
                anchor.kind === 'direction'
                  ? null
                  : anchor.kind === 'quantity'
                    ? anchor.comparator
                    : 'complete',
              direction: anchor.kind === 'direction' ? anchor.direction : null,
              change: anchor.kind === 'quantity' ? anchor.change : null,
              deadline: context.deadline,
              withinYears: anchor.kind === 'duration' ? anchor.years : context.withinYears,
              recurrence: context.recurrence,
              startYear: context.startYear,
              scope,
              text: clause.text,
              span: { start: clause.offset, end: clause.offset + clause.text.length },
              expression: {
                text: expressionText,
                span: { start: clause.offset + anchor.start, end: clause.offset + anchor.end },
              },
            });
          }
        }
        carried = [];
      });
    }
  }
  return targets;
}

/** The targets an indicator tracks. */
export function targetsOfIndicator(indicatorId: string, targets: readonly Target[]): Target[] {
  return targets.filter((t) => t.indicatorId === indicatorId);
}
