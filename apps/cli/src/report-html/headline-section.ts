/** Section 1: headline indicators against their targets — the path from the baseline, and where each region stands. */
import {
  formatNumber,
  formatTarget,
  type HeadlineIndicator,
  headlinePathOption,
  headlineStandingOption,
  type ProgressView,
} from '@taizhang/core/report';
import { chartSvg } from './chart-svg.js';
import { type Html, html, trusted } from './escape.js';

function goalText(h: HeadlineIndicator): string {
  const g = h.goal;
  const when = g.recurrence === 'yearly' ? '每年' : g.deadline !== null ? `到${g.deadline}年` : '';
  if (g.value === null)
    return g.comparator === 'complete' ? `${when}全部完成（100%）` : g.direction === 'down' ? '降低' : '提高';
  const value = `${formatTarget(g.value, h.decimals)}${h.unit}`;
  if (g.comparator === 'about') return `${when}${value}左右`;
  return `${when}${g.comparator === 'at-most' ? '不高于' : '不低于'}${value}`;
}

function noPath(h: HeadlineIndicator): string {
  if (h.goal.recurrence === 'yearly')
    return '年度目标按当年时间进度比较，不画多年路径 / a yearly quota is compared with its pro-rata share of the year, not a multi-year path.';
  if (h.targetValue === null)
    return '目标只要求变化方向，没有数值终点，按与基期相比判断 / the target asks for a direction, judged against the baseline.';
  if (h.goal.deadline === null)
    return '目标没有期限，画不出进度线 / the target has no deadline: no path to draw.';
  return '没有基期数值，画不出进度线 / no baseline: no path to draw.';
}

function headline(h: HeadlineIndicator): Html {
  const d = h.decimals;
  const p = h.province;
  const path =
    h.path.length > 0 ? trusted(chartSvg(headlinePathOption(h), { width: 980, height: 300 })) : null;
  const standing = trusted(
    chartSvg(headlineStandingOption(h), { width: 980, height: 110 + 30 * (1 + h.prefectures.length) }),
  );
  return html`<div class="headline" id="h-${h.id}">
<h3>${h.name} <span class="en">目标 target: ${goalText(h)}</span></h3>
<p class="note">文件原文 / the document: “${h.goal.text}”</p>
<div class="cards">
<div class="card">全省本期 province<br><b data-number="${h.id}:province">${formatNumber(p.value, d)}</b> ${h.unit}</div>
${h.goal.recurrence === 'yearly' ? '' : html`<div class="card">基期 baseline（${h.baseline?.label ?? '—'}）<br><b>${formatNumber(h.baseline?.value ?? null, d)}</b> ${h.unit}</div>`}
<div class="card">按进度应达 expected now<br><b>${formatNumber(h.expectedNow, d)}</b> ${h.expectedNow === null ? '' : h.unit}</div>
<div class="card">判断 status<br><b>${p.progress?.status ?? '无法判断'}</b></div>
</div>
<p>${p.progress?.reasoning.zh ?? ''} <span class="en">${p.progress?.reasoning.en ?? ''}</span></p>
${path ? html`<figure role="img" aria-label="${h.name}：从基期到目标的直线路径与全省实际值"><figcaption>从基期到目标的直线路径与全省实际 / the straight path from the baseline to the target, and the province's values</figcaption>${path}</figure>` : html`<p class="note">${noPath(h)}</p>`}
<figure role="img" aria-label="${h.name}：全省和各市州本期数值"><figcaption>全省和各市州本期所处位置 / where the province and each prefecture stand（实线：目标；虚线：全省按进度应达 / solid: target; dashed: where the province's path is now）${h.prefectures.length === 0 ? '（总量指标不分解到市州 / a province-wide total is not split by prefecture）' : ''}</figcaption>${standing}</figure>
</div>`;
}

export function headlineSection(view: ProgressView): Html {
  return html`<section id="headline" class="first">
<h2>一、主要指标与目标 <span class="en">Headline indicators against their targets</span></h2>
${view.headline.length === 0 ? html`<p>本范围内没有带量化目标的指标。<span class="en">No indicator in this scope has a quantified target.</span></p>` : view.headline.map(headline)}
</section>`;
}
