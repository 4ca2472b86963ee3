/**
 * The report's stylesheet, inlined into the file: a CJK font stack, screen layout, and print rules for A4
 * (each section starts a page, table headers repeat, colours print as they are).
 */
import { CHART_FONT, MATRIX_STATUSES, STATUS_STYLES } from '@taizhang/core/report';

const statusRules = MATRIX_STATUSES.map(
  (s, i) => `.st-${i}{background:${STATUS_STYLES[s].fill};color:${STATUS_STYLES[s].text}}`,
).join('\n');

/** CSS class of a matrix status. */
export function statusClass(status: (typeof MATRIX_STATUSES)[number]): string {
  return `st-${MATRIX_STATUSES.indexOf(status)}`;
}

export const REPORT_CSS = `
@page { size: A4; margin: 14mm 12mm 16mm; }
* { box-sizing: border-box; }
html { -webkit-print-color-adjust: exact; print-color-adjust: exact; }
body { font-family: ${CHART_FONT}; color: #1f1f1f; margin: 0 auto; max-width: 1040px; padding: 24px; line-height: 1.6; font-size: 14px; background: #fff; }
h1 { font-size: 22px; margin: 0 0 4px; }
h2 { font-size: 18px; border-bottom: 2px solid #0072b2; padding-bottom: 4px; margin: 0 0 12px; }
h3 { font-size: 15px; margin: 16px 0 6px; }
.en { color: #595959; font-size: 0.85em; font-weight: normal; }
.meta { color: #404040; margin: 0 0 8px; }
.note { color: #595959; font-size: 12px; }
section { margin: 0 0 32px; }
nav ol { margin: 4px 0 0; padding-left: 20px; }
a { color: #0b5394; }
figure { margin: 8px 0 12px; }
figure svg { max-width: 100%; height: auto; display: block; }
figcaption { font-size: 12px; color: #404040; }
table { border-collapse: collapse; width: 100%; font-size: 12px; }
th, td { border: 1px solid #bfbfbf; padding: 3px 5px; vertical-align: top; }
th { background: #ddebf7; font-weight: 600; text-align: center; }
td.num { text-align: right; font-variant-numeric: tabular-nums; white-space: nowrap; }
.headline { break-inside: avoid; page-break-inside: avoid; margin-bottom: 20px; }
.cards { display: flex; gap: 8px; flex-wrap: wrap; margin: 6px 0; }
.card { border: 1px solid #bfbfbf; border-radius: 4px; padding: 4px 10px; min-width: 150px; }
.card b { font-size: 18px; }
.legend { display: flex; flex-wrap: wrap; gap: 10px; margin: 4px 0 8px; font-size: 12px; }
.legend span { padding: 1px 6px; border: 1px solid #8c8c8c; }
table.matrix { table-layout: fixed; }
table.matrix th.measure { width: 34%; text-align: left; }
table.matrix td.cell { text-align: center; padding: 1px 2px; font-size: 11px; line-height: 1.3; }
table.matrix td.cell a { color: inherit; text-decoration: none; display: block; }
table.matrix td.measure { font-size: 11px; line-height: 1.35; }
.st-4 { border-style: dashed; }
${statusRules}
.who { margin: 0 0 12px; padding: 8px 10px; border-left: 4px solid #d55e00; background: #fdf1ea; break-inside: avoid; page-break-inside: avoid; }
.who p { margin: 2px 0; }
.text { margin: 0 0 8px; padding: 4px 8px; border-left: 3px solid #bfbfbf; break-inside: avoid; page-break-inside: avoid; }
.text:target { outline: 3px solid #0072b2; }
.text p { margin: 1px 0; }
.tag { padding: 0 4px; border: 1px solid #8c8c8c; }
.missing { color: #a61c00; }
@media print {
  body { padding: 0; max-width: none; font-size: 11pt; }
  section { break-before: page; page-break-before: always; margin: 0; }
  section.first { break-before: auto; page-break-before: auto; }
  nav { display: none; }
  thead { display: table-header-group; }
  tr { break-inside: avoid; page-break-inside: avoid; }
  a { text-decoration: none; color: inherit; }
  .card { min-width: 0; }
  /* The reported texts are an appendix: two columns of small type. */
  #texts { columns: 2; column-gap: 8mm; font-size: 8.5pt; line-height: 1.45; }
  #texts h2 { column-span: all; }
  #texts h3 { font-size: 9.5pt; margin: 8px 0 4px; break-after: avoid; }
  .back { display: none; }
}
`;
