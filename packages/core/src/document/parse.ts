import { looksLikeClause, parseClauseRoles } from './clause.js';
import { LineIndex, ParseError } from './errors.js';
import { parseHeader, toIsoDate } from './header.js';
import { foldForParsing } from './normalize.js';
import { CHINESE_NUMERAL_CHARS, parseChineseNumeral } from './numerals.js';
import type { Measure, ParseWarning, PolicyDocument, Responsibility, Section, TextSpan } from './schema.js';

export interface ParseOptions {
  /** A name for the source (a file name), kept in `source.name`. */
  name?: string;
  /** Expands a local-government phrase (`各市州人民政府`) to GB/T 2260 region codes. Without it, `regions` is empty. */
  expandLocalGovernments?: (phrase: string) => string[];
  /** Largest text accepted, in characters (default 5,000,000): a guard against pasting a whole site. */
  maxLength?: number;
}

export const DEFAULT_MAX_DOCUMENT_LENGTH = 5_000_000;

interface Line {
  start: number;
  end: number;
  folded: string;
}

const NUMERAL = `[${CHINESE_NUMERAL_CHARS}]+`;
const SECTION_HEADING = new RegExp(`^(${NUMERAL})、(.{1,80})$`);
const MEASURE_MARKER = new RegExp(`\\((${NUMERAL})\\)`, 'g');
const ARABIC_MARKER = /^(\d{1,3})[.、．](?!\d)/;
const DATE_LINE = /^\d{4}\s*年\s*\d{1,2}\s*月\s*\d{1,2}\s*日$/;
const TITLE_ENDING = /(意见|通知|方案|办法|规定|决定|规划|计划|纲要|措施|细则|要点)$/;

function splitLines(folded: string): Line[] {
  const lines: Line[] = [];
  let start = 0;
  for (let i = 0; i <= folded.length; i++) {
    if (i === folded.length || folded.charCodeAt(i) === 10) {
      const end = i > start && folded.charCodeAt(i - 1) === 13 ? i - 1 : i;
      lines.push({ start, end, folded: folded.slice(start, end) });
      start = i + 1;
    }
  }
  return lines;
}

/** Span of a line's text without its surrounding white space. */
function trimmedSpan(line: Line): TextSpan {
  const lead = line.folded.length - line.folded.trimStart().length;
  return { start: line.start + lead, end: line.start + line.folded.trimEnd().length };
}

function trimSpan(folded: string, span: TextSpan): TextSpan {
  let { start, end } = span;
  while (start < end && /\s/.test(folded[start] as string)) start++;
  while (end > start && /\s/.test(folded[end - 1] as string)) end--;
  return { start, end };
}

function padId(n: number): string {
  return String(n).padStart(2, '0');
}

/** Index of the `(` matching the `)` at `close`, or -1 when the brackets do not balance. */
function matchingOpen(folded: string, close: number, floor: number): number {
  let depth = 0;
  for (let i = close; i >= floor; i--) {
    const ch = folded[i];
    if (ch === ')') depth++;
    else if (ch === '(') {
      depth--;
      if (depth === 0) return i;
    }
  }
  return -1;
}

interface Marker {
  number: number;
  numeral: string;
  /** Offset of the marker itself, e.g. of `(`. */
  start: number;
  /** Offset just after the marker: where the measure's text begins. */
  textStart: number;
  atLineStart: boolean;
}

/**
 * Parses a Chinese government implementation document (实施意见 and its family) into sections, numbered measures and
 * their responsibility clauses. Every title, text and clause is a slice of `text` at the recorded span.
 *
 * Throws `ParseError` (with line and column) only when the text cannot be a policy document at all; anything else
 * that looks wrong is kept and reported in `warnings`, never silently dropped.
 */
export function parsePolicyDocument(text: string, options: ParseOptions = {}): PolicyDocument {
  const maxLength = options.maxLength ?? DEFAULT_MAX_DOCUMENT_LENGTH;
  if (text.length > maxLength) {
    throw new ParseError(
      'too-large',
      `文本有 ${text.length} 个字符，超过上限 ${maxLength}；请只提供一份文件的正文 / the text has ${text.length} characters, more than the limit of ${maxLength}: give one document's text only`,
      { line: 1, column: 1 },
    );
  }
  const folded = foldForParsing(text.replace(/^\uFEFF/, ' '));
  const index = new LineIndex(text);
  const warnings: ParseWarning[] = [];
  const warn = (code: string, message: string, at: number, span?: TextSpan) => {
    warnings.push({ code, message, ...index.locate(at), ...(span ? { span } : {}) });
  };

  if (folded.trim().length === 0) {
    throw new ParseError('empty', '文件是空的 / the document is empty: give the text of a policy document', {
      line: 1,
      column: 1,
    });
  }

  const lines = splitLines(folded);

  // Sections: `一、…` headings numbered 1, 2, 3 … in order; anything else that looks like one is body text.
  const headings: Array<{ number: number; numeral: string; title: TextSpan; line: Line }> = [];
  for (const line of lines) {
    const span = trimmedSpan(line);
    const m = SECTION_HEADING.exec(folded.slice(span.start, span.end));
    if (!m || /[。;]/.test(m[2] as string)) continue;
    const number = parseChineseNumeral(m[1] as string);
    if (number === undefined || number !== headings.length + 1) continue;
    const titleStart = span.start + (m[1] as string).length + 1;
    headings.push({ number, numeral: m[1] as string, title: { start: titleStart, end: span.end }, line });
  }

  // Signature: an issuing body on one line, a date on the next, at the end.
  let bodyEnd = folded.length;
  let signature: PolicyDocument['signature'] = { issuer: null, date: null };
  const nonEmpty = lines.filter((l) => l.folded.trim().length > 0);
  for (let i = nonEmpty.length - 1; i >= Math.max(0, nonEmpty.length - 4); i--) {
    const line = nonEmpty[i] as Line;
    const span = trimmedSpan(line);
    if (!DATE_LINE.test(folded.slice(span.start, span.end))) continue;
    const issuerLine = nonEmpty[i - 1];
    const issuerSpan = issuerLine ? trimmedSpan(issuerLine) : undefined;
    const issuerText = issuerSpan ? text.slice(issuerSpan.start, issuerSpan.end) : '';
    const isIssuer = issuerText.length > 0 && issuerText.length <= 40 && !/[。;；)）]/.test(issuerText);
    signature = {
      issuer: isIssuer ? issuerText : null,
      date: toIsoDate(folded.slice(span.start, span.end)) ?? null,
    };
    bodyEnd = isIssuer && issuerSpan ? issuerSpan.start : span.start;
    break;
  }

  const firstHeading = headings[0];
  const bodyStart = firstHeading ? firstHeading.line.start : 0;

  // Measures: `(一)` at the start of a line, or right after the closing bracket of the previous measure's clause
  // (`…负责)(三十七)加强规划统领。`). Numbering runs on across sections; a document whose numbering restarts in
  // each section is read that way too.
  const markers: Marker[] = [];
  let restarts = false;
  for (const m of folded.slice(0, bodyEnd).matchAll(MEASURE_MARKER)) {
    const start = m.index as number;
    if (start < bodyStart && firstHeading) continue;
    const number = parseChineseNumeral(m[1] as string);
    if (number === undefined || number === 0) continue;
    // Look back over white space only: slicing the whole line before each marker is quadratic on a long line.
    let back = start - 1;
    while (back >= 0 && folded.charCodeAt(back) !== 10 && /\s/.test(folded[back] as string)) back--;
    const atLineStart = back < 0 || folded.charCodeAt(back) === 10;
    const afterClause = !atLineStart && folded[back] === ')';
    const expected = (markers.at(-1)?.number ?? 0) + 1;
    const isRestart = atLineStart && number === 1 && markers.length > 0;
    const accepted =
      (atLineStart && (number === expected || isRestart || number > expected)) ||
      (afterClause && number === expected);
    if (!accepted) continue;
    if (isRestart) restarts = true;
    else if (number > expected) {
      warn(
        'numbering-gap',
        `措施编号从 (${markers.at(-1)?.numeral ?? '无'}) 跳到 (${m[1]})；请检查是否漏了措施 / measure numbering jumps to (${m[1]}): check for a missing measure`,
        start,
      );
    }
    markers.push({ number, numeral: m[1] as string, start, textStart: start + m[0].length, atLineStart });
  }
  if (markers.length === 0) {
    // Documents one level shallower number their measures `1.` / `1、` under each section.
    for (const line of lines) {
      const span = trimmedSpan(line);
      if (span.start < bodyStart || span.start >= bodyEnd) continue;
      const m = ARABIC_MARKER.exec(folded.slice(span.start, span.end));
      if (!m) continue;
      const number = Number(m[1]);
      const expected = (markers.at(-1)?.number ?? 0) + 1;
      if (number !== expected && number !== 1) continue;
      if (number === 1 && markers.length > 0) restarts = true;
      markers.push({
        number,
        numeral: m[1] as string,
        start: span.start,
        textStart: span.start + m[0].length,
        atLineStart: true,
      });
    }
  }

  if (headings.length === 0 && markers.length === 0) {
    throw new ParseError(
      'not-a-policy-document',
      '没有找到章节标题（如“一、总体要求”）或编号措施（如“(一)…”）：这不像一份政策文件 / found no section heading (一、…) and no numbered measure ((一)…): this does not look like a policy document',
      { line: 1, column: 1 },
    );
  }

  // Headings and boundaries are in text order: binary search keeps many measures linear, not quadratic.
  const lastAtOrBefore = (sorted: readonly number[], offset: number): number => {
    let lo = 0;
    let hi = sorted.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if ((sorted[mid] as number) <= offset) lo = mid + 1;
      else hi = mid;
    }
    return lo - 1;
  };
  const headingStarts = headings.map((h) => h.line.start);
  const sectionOf = (offset: number): number => headings[lastAtOrBefore(headingStarts, offset)]?.number ?? 0;
  if (headings.length === 0) {
    warn(
      'no-sections',
      '没有章节标题；全部措施归入第 1 部分 / no section headings: every measure is put in part 1',
      bodyStart,
    );
  }

  const boundaries = [...markers.map((m) => m.start), ...headings.map((h) => h.line.start), bodyEnd].sort(
    (a, b) => a - b,
  );
  const nextBoundary = (after: number) => boundaries[lastAtOrBefore(boundaries, after) + 1] ?? bodyEnd;

  const measures: Measure[] = markers.map((marker) => {
    const span = trimSpan(folded, { start: marker.textStart, end: nextBoundary(marker.start) });
    const measureText = folded.slice(span.start, span.end);
    const section = Math.max(1, sectionOf(marker.start));
    const period = measureText.indexOf('。');
    let titleEnd = period;
    if (period === -1) {
      const stop = measureText.search(/[;\n(]/);
      titleEnd = stop === -1 ? measureText.length : stop;
      warn(
        'no-title-sentence',
        `措施 (${marker.numeral}) 没有以“。”结束的首句；标题取到第一个分隔处 / measure (${marker.numeral}) has no first sentence ending in 。`,
        marker.start,
      );
    }
    const titleSpan = trimSpan(folded, { start: span.start, end: span.start + titleEnd });
    const responsibility = readResponsibility(marker, span);
    const id = restarts ? `M${padId(section)}${padId(marker.number)}` : `M${padId(marker.number)}`;
    return {
      number: marker.number,
      numeral: marker.numeral,
      id,
      title: text.slice(titleSpan.start, titleSpan.end),
      titleSpan,
      text: text.slice(span.start, span.end),
      span,
      section,
      responsibility,
    };
  });

  function readResponsibility(marker: Marker, span: TextSpan): Responsibility | null {
    const body = folded.slice(span.start, span.end);
    const build = (clauseSpan: TextSpan, inner: TextSpan, form?: Responsibility['form']): Responsibility => {
      const roles = parseClauseRoles(
        text.slice(inner.start, inner.end),
        folded.slice(inner.start, inner.end),
      );
      const expand = options.expandLocalGovernments;
      const regions = expand ? [...new Set(roles.local.flatMap((p) => expand(p)))] : [];
      return {
        clause: text.slice(clauseSpan.start, clauseSpan.end),
        span: clauseSpan,
        local: roles.local,
        regions,
        lead: roles.lead,
        supporting: roles.supporting,
        joint: roles.joint,
        form: form ?? roles.form,
      };
    };

    // The usual form: a bracketed clause closing the measure.
    if (body.endsWith(')')) {
      const close = span.end - 1;
      const open = matchingOpen(folded, close, span.start);
      if (open === -1) {
        warn(
          'unbalanced-bracket',
          `措施 (${marker.numeral}) 末尾的“)”没有对应的“(”；请补上括号 / measure (${marker.numeral}) ends with a ")" that has no matching "(": add the missing bracket`,
          close,
        );
      } else if (looksLikeClause(folded.slice(open + 1, close))) {
        return build({ start: open, end: span.end }, { start: open + 1, end: close });
      }
    }
    // A clause opened but never closed: keep what is there and say so.
    const lastOpen = body.lastIndexOf('(');
    if (lastOpen !== -1 && body.indexOf(')', lastOpen) === -1 && looksLikeClause(body.slice(lastOpen + 1))) {
      const open = span.start + lastOpen;
      warn(
        'unbalanced-bracket',
        `措施 (${marker.numeral}) 的责任分工括号没有闭合；请在末尾补上“)” / the responsibility clause of measure (${marker.numeral}) is not closed: add ")" at its end`,
        open,
      );
      return build({ start: open, end: span.end }, { start: open + 1, end: span.end });
    }
    // A separate `责任单位:…` line at the end.
    const lastBreak = body.lastIndexOf('\n');
    if (lastBreak !== -1) {
      const lineStart = span.start + lastBreak + 1;
      const line = trimSpan(folded, { start: lineStart, end: span.end });
      if (/^(牵头单位|责任单位)\s*:/.test(folded.slice(line.start, line.end))) {
        return build(line, line, 'separate-line');
      }
    }
    // `由…牵头,会同…负责。` as the last sentence.
    const sentences = body.replace(/。$/, '').split('。');
    const last = sentences.at(-1) ?? '';
    if (/^由.+牵头/.test(last.trim())) {
      const start = span.start + body.lastIndexOf(last) + (last.length - last.trimStart().length);
      const end = span.start + body.replace(/。$/, '').length;
      return build({ start, end: body.endsWith('。') ? end + 1 : end }, { start, end }, 'led-by');
    }
    warn(
      'missing-clause',
      `措施 (${marker.numeral}) 没有责任分工（如“(各市州人民政府;省…牵头…)”）；请补上或确认 / measure (${marker.numeral}) has no responsibility clause`,
      marker.start,
    );
    return null;
  }

  const measuresBySection = new Map<number, number[]>();
  for (const m of measures) {
    const list = measuresBySection.get(m.section);
    if (list) list.push(m.number);
    else measuresBySection.set(m.section, [m.number]);
  }
  const sections: Section[] = headings.map((h, i) => {
    const next = headings[i + 1]?.line.start ?? bodyEnd;
    return {
      number: h.number,
      numeral: h.numeral,
      title: text.slice(h.title.start, h.title.end),
      titleSpan: h.title,
      span: trimSpan(folded, { start: trimmedSpan(h.line).start, end: next }),
      measures: measuresBySection.get(h.number) ?? [],
    };
  });
  if (sections.length === 0) {
    sections.push({
      number: 1,
      numeral: '一',
      title: '',
      titleSpan: { start: bodyStart, end: bodyStart },
      span: trimSpan(folded, { start: bodyStart, end: bodyEnd }),
      measures: measures.map((m) => m.number),
    });
  }

  // Above the first section: metadata block, title, document number, recipients, preamble.
  const headLimit =
    markers[0] && (!firstHeading || markers[0].start < firstHeading.line.start)
      ? markers[0].start
      : bodyStart;
  const header = parseHeader(folded, text, headLimit);
  const headLines = lines.filter(
    (l) => l.start >= header.end && l.end <= headLimit && l.folded.trim().length > 0,
  );
  let titleSpan: TextSpan | null = null;
  let recipients: string | null = null;
  for (const line of headLines) {
    const span = trimmedSpan(line);
    const content = folded.slice(span.start, span.end);
    if (!titleSpan && /^关于/.test(content) && !/[。:]/.test(content)) titleSpan = span;
    else if (!titleSpan && TITLE_ENDING.test(content) && content.length <= 80 && !/[。:]/.test(content))
      titleSpan = span;
    else if (titleSpan && !recipients && /:$/.test(content) && content.length <= 120) {
      recipients = text.slice(span.start, span.end - 1);
      break;
    }
  }
  if (!titleSpan) {
    warn(
      'no-title',
      '没有找到文件标题（如“关于…的实施意见”）/ found no title line (关于…的实施意见)',
      header.end,
    );
  }
  const metadata = header.metadata;
  if (!metadata.documentNumber) {
    const number = /[\u4e00-\u9fa5]{1,8}[〔[(]\d{4}[〕\])]\d+号/.exec(folded.slice(0, headLimit));
    if (number) metadata.documentNumber = text.slice(number.index, number.index + number[0].length);
  }
  if (!metadata.issuer && signature.issuer) metadata.issuer = signature.issuer;
  if (!metadata.writtenDate && signature.date) metadata.writtenDate = signature.date;

  return {
    metadata,
    title: titleSpan ? text.slice(titleSpan.start, titleSpan.end) : '',
    titleSpan,
    recipients,
    sections,
    measures,
    signature,
    source: { length: text.length, sha256: null, name: options.name ?? null },
    warnings,
  };
}
