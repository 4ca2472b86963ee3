/** Section 2: measures × prefectures, coloured by status, with a text label and a link to the reported text in every cell. */
import {
  MATRIX_STATUSES,
  type MatrixCell,
  type ProgressView,
  STATUS_STYLES,
  statusCountsOption,
} from '@taizhang/core/report';
import { chartSvg } from './chart-svg.js';
import { type Html, html, trusted } from './escape.js';
import { statusClass } from './style.js';

function cell(c: MatrixCell, measure: string): Html {
  const style = STATUS_STYLES[c.status];
  const label = html`${style.mark} ${c.status}${c.completion !== null && c.status !== '已完成' && c.status !== '未启动' ? html`<br>${c.completion}%` : ''}`;
  const title = `${measure} · ${c.region.name}：${c.status}`;
  return html`<td class="cell ${statusClass(c.status)}" title="${title}" data-status="${c.status}" data-region="${c.region.code}">${c.anchor ? html`<a href="#${c.anchor}">${label}</a>` : label}</td>`;
}

export function matrixSection(view: ProgressView): Html {
  const chart =
    view.regions.length > 1
      ? trusted(chartSvg(statusCountsOption(view), { width: 980, height: 80 + 28 * view.regions.length }))
      : null;
  const legend = MATRIX_STATUSES.map(
    (s) => html`<span class="${statusClass(s)}">${STATUS_STYLES[s].mark} ${s} ${STATUS_STYLES[s].en}</span>`,
  );
  const counts = MATRIX_STATUSES.filter((s) => view.counts[s] > 0)
    .map((s) => `${s} ${view.counts[s]}`)
    .join('，');
  return html`<section id="matrix">
<h2>二、措施进展矩阵 <span class="en">Measures × prefectures by status</span></h2>
<p>${view.matrix.length} 项措施 × ${view.regions.length} 个市州：${counts}。点击格子查看上报的进展情况。<span class="en">Click a cell for the reported progress.</span></p>
<div class="legend">${legend}</div>
${chart ? html`<figure role="img" aria-label="各市州措施状态数量"><figcaption>各市州措施状态 / measures by status, per prefecture</figcaption>${chart}</figure>` : ''}
<table class="matrix">
<thead><tr><th class="measure">措施 measure</th>${view.regions.map((r) => html`<th>${r.name}</th>`)}</tr></thead>
<tbody>
${view.matrix.map((row) => html`<tr data-measure="${row.id}"><td class="measure">（${row.number}）${row.title}</td>${row.cells.map((c) => cell(c, `（${row.number}）`))}</tr>\n`)}
</tbody>
</table>
</section>`;
}
