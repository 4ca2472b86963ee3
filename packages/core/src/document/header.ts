import type { DocumentMetadata } from './schema.js';

/** The labels of a government site's metadata block; letters may be spaced out (`索 引 号`). */
const LABELS: Array<[keyof DocumentMetadata | 'publishedDate', string]> = [
  ['indexNumber', '索引号'],
  ['documentNumber', '发文字号'],
  ['issuer', '发布机构'],
  ['topics', '主题分类'],
  ['writtenDate', '成文日期'],
  ['validity', '公文时效'],
  ['publishedDate', '发布日期'],
];

const LABEL_PATTERN = new RegExp(
  `(${LABELS.map(([, label]) => [...label].join('\\s*')).join('|')})\\s*:\\s*`,
  'g',
);

/** `2016-10-19`, `2016年10月19日`, `2016.10.19` → `2016-10-19`; undefined when not a date. */
export function toIsoDate(text: string): string | undefined {
  const m = /(\d{4})\s*[-年./]\s*(\d{1,2})\s*[-月./]\s*(\d{1,2})\s*日?/.exec(text);
  if (!m) return undefined;
  const [, y, mo, d] = m;
  const month = Number(mo);
  const day = Number(d);
  if (month < 1 || month > 12 || day < 1 || day > 31) return undefined;
  return `${y}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

export interface HeaderResult {
  metadata: DocumentMetadata;
  /** Offset just after the last metadata value, or 0 when there is no metadata block. */
  end: number;
}

/**
 * Reads the metadata block government sites print above a document (`索 引 号 :… 发文字号 :…`).
 * Several fields may share one line; a value runs to the next label or the end of its line.
 */
export function parseHeader(folded: string, original: string, limit: number): HeaderResult {
  const metadata: DocumentMetadata = {
    indexNumber: null,
    documentNumber: null,
    issuer: null,
    topics: [],
    writtenDate: null,
    validity: null,
  };
  const region = folded.slice(0, limit);
  const found = [...region.matchAll(LABEL_PATTERN)];
  let end = 0;
  found.forEach((m, i) => {
    const valueStart = (m.index as number) + m[0].length;
    const lineEnd = region.indexOf('\n', valueStart);
    const nextLabel = found[i + 1]?.index ?? Number.POSITIVE_INFINITY;
    const valueEnd = Math.min(lineEnd === -1 ? region.length : lineEnd, nextLabel);
    const value = original.slice(valueStart, valueEnd).trim();
    end = Math.max(end, valueEnd);
    const label = (m[1] as string).replace(/\s+/g, '');
    const key = LABELS.find(([, l]) => l === label)?.[0];
    if (!value || !key) return;
    if (key === 'topics')
      metadata.topics = value
        .split(/[、,，;；]/)
        .map((t) => t.trim())
        .filter(Boolean);
    else if (key === 'writtenDate') metadata.writtenDate = toIsoDate(value) ?? value;
    else if (key !== 'publishedDate') metadata[key] = value;
  });
  return { metadata, end };
}
