/** Section 3: the measures behind (滞后), most prefectures first, with the lead agency and the local governments to call. */
import type { BehindMeasure, ProgressView } from '@taizhang/core/report';
import { type Html, html } from './escape.js';

function who(b: BehindMeasure): Html {
  return html`<div class="who" data-measure="${b.id}">
<p><b>（${b.number}）${b.title}</b> — ${b.regions.length} 个市州滞后 <span class="en">behind in ${b.regions.length}</span></p>
<p>${b.lead.length ? html`牵头单位 lead: <b>${b.lead.join('、')}</b>` : html`按职能分工负责 each for its part: <b>${b.joint.join('、') || '—'}</b>`}${b.supporting.length ? html`；配合 supporting: ${b.supporting.join('、')}` : ''}</p>
<p>责任地方政府 local governments: ${b.local.join('、') || '—'}；滞后的市州 behind: ${b.regions.map((r, i) => html`${i ? '、' : ''}<a href="#${r.anchor}">${r.region.name}人民政府</a>（${r.completion ?? '—'}%）`)}</p>
${b.regions.map((r) => html`<p class="note">${r.region.name}：${r.problems || '（未写明问题）'}</p>`)}
</div>`;
}

export function behindSection(view: ProgressView): Html {
  return html`<section id="behind">
<h2>三、滞后的措施与责任单位 <span class="en">Measures behind, and who to call</span></h2>
${view.behind.length === 0 ? html`<p>本期没有市州报告滞后的措施。<span class="en">No prefecture reports a measure behind this period.</span></p>` : view.behind.map(who)}
</section>`;
}
