/** Section 5: the progress text each prefecture reported, grouped by measure, one anchor per cell of the matrix. */
import { type ProgressText, type ProgressView, STATUS_STYLES } from '@taizhang/core/report';
import { type Html, html } from './escape.js';
import { statusClass } from './style.js';

function entry(t: ProgressText): Html {
  return html`<div class="text" id="${t.anchor}">
<p><b>${t.region.name}</b> ${t.status ? html`<span class="tag ${statusClass(t.status)}">${STATUS_STYLES[t.status].mark} ${t.status}</span>` : '未填状态'}${t.completion !== null ? `（${t.completion}%）` : ''} <a class="back" href="#matrix">↑ 矩阵 matrix</a></p>
<p>本期进展 progress: ${t.progress || '—'}</p>
${t.problems ? html`<p>存在问题 problems: ${t.problems}</p>` : ''}
${t.nextSteps ? html`<p>下步打算 next steps: ${t.nextSteps}</p>` : ''}
</div>\n`;
}

export function textsSection(view: ProgressView): Html {
  const groups = new Map<string, ProgressText[]>();
  for (const t of view.texts) groups.set(t.measureId, [...(groups.get(t.measureId) ?? []), t]);
  return html`<section id="texts">
<h2>五、各市州上报的进展情况 <span class="en">Progress as reported</span></h2>
${[...groups.values()].map((list) => html`<h3>（${list[0]?.measureNumber}）${list[0]?.title}</h3>\n${list.map(entry)}`)}
</section>`;
}
