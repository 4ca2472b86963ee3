/** Section 4: every indicator this period against the same period last year, province and prefectures. */
import {
  formatChange,
  formatNumber,
  type IndicatorFigures,
  type ProgressView,
  yearOnYearOption,
} from '@taizhang/core/report';
import { chartSvg } from './chart-svg.js';
import { type Html, html, trusted } from './escape.js';

function change(f: IndicatorFigures | null): string {
  return formatChange(f?.change ?? null);
}

export function yearOnYearSection(view: ProgressView): Html {
  const chart = trusted(
    chartSvg(yearOnYearOption(view), { width: 980, height: 50 + 26 * view.yearOnYear.length }),
  );
  const rows = view.yearOnYear.map(
    (r) => html`<tr data-indicator="${r.id}"><td>${r.name}（${r.unit}）</td>
<td class="num" data-number="${r.id}:province:value">${formatNumber(r.province.value, r.decimals)}</td><td class="num" data-number="${r.id}:province:lastValue">${formatNumber(r.province.lastValue, r.decimals)}</td><td class="num" data-number="${r.id}:province:change">${change(r.province)}</td>
${r.prefectures.map((p) => html`<td class="num"><span data-number="${r.id}:${p.region.code}:value">${formatNumber(p.figures?.value ?? null, r.decimals)}</span><br><span class="note" data-number="${r.id}:${p.region.code}:change">${change(p.figures)}</span></td>`)}</tr>\n`,
  );
  return html`<section id="year-on-year">
<h2>四、本期与上年同期 <span class="en">This period against the same period last year</span></h2>
<p>${view.period.label}与${view.lastYear.label}相比（全省数为各市州输入项加总后重新计算）。<span class="en">Province values are recomputed from the prefectures' summed inputs.</span></p>
<figure role="img" aria-label="全省各指标同比变化"><figcaption>全省各指标同比变化 / province, change on last year</figcaption>${chart}</figure>
<table>
<thead><tr><th>指标 indicator</th><th>全省本期</th><th>全省上年同期</th><th>同比</th>${view.regions.map((r) => html`<th>${r.name}<br><span class="en">本期 / 同比</span></th>`)}</tr></thead>
<tbody>
${rows}
</tbody>
</table>
${
  view.explanations.length
    ? html`<h3>核实说明 <span class="en">Explanations of unusual figures, as the prefectures wrote them</span></h3>
<ul>${view.explanations.map((e) => html`<li class="note" data-explanation="${e.region.code}:${e.sheet}!${e.cell}">${e.region.name} ${e.sheet}!${e.cell}（${e.code}）：${e.text}</li>`)}</ul>`
    : ''
}
</section>`;
}
