import type { Measure, PolicyDocument } from '@taizhang/core/document';
import { renderTable } from './table.js';

const join = (names: string[]) => (names.length ? names.join('、') : '—');

/** Who answers for a measure, in one line: 牵头 lead; 配合 supporting; 分工负责 joint. */
export function ownersLine(m: Measure): string {
  const r = m.responsibility;
  if (!r) return '（无责任分工 / no clause）';
  const parts: string[] = [];
  if (r.lead.length) parts.push(`牵头 ${join(r.lead)}`);
  if (r.supporting.length) parts.push(`配合 ${join(r.supporting)}`);
  if (r.joint.length) parts.push(`分工负责 ${join(r.joint)}`);
  return parts.join('；');
}

/** The ledger as a readable table: one row per measure, with its section, title, local governments and owners. */
export function renderLedger(doc: PolicyDocument, width = 160): string {
  const header = [
    `${doc.metadata.documentNumber ?? ''} ${doc.title}`.trim(),
    `${doc.sections.length} 个部分 sections · ${doc.measures.length} 项措施 measures`,
    '',
  ];
  const rows = doc.measures.map((m) => [
    `(${m.numeral})`,
    String(m.section),
    m.title,
    join(m.responsibility?.local ?? []),
    ownersLine(m),
  ]);
  const ownersWidth = Math.max(30, width - 4 - 2 - 36 - 20 - 10);
  const table = renderTable(['措施', '部分', '标题 title', '地方政府 local', '责任单位 owners'], rows, [
    8,
    4,
    36,
    20,
    ownersWidth,
  ]);
  const warnings = doc.warnings.map((w) => `警告 warning ${w.line}:${w.column} ${w.code}: ${w.message}`);
  return [...header, table, ...(warnings.length ? ['', ...warnings] : []), ''].join('\n');
}
