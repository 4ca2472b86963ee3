/** Section 5: the progress text each prefecture reported, one anchor per cell of the matrix. */
import { STATUS_STYLES, type ProgressView } from '@taizhang/core/report';
import { type Html, html } from './escape.js';

export function textsSection(view: ProgressView): Html {
  const items = view.texts.map(
    (t) => html`<div class="text" id="${t.anchor}">
<p><b>（${t.measureNumber}）${t.title}</b> · ${t.region.name} · ${t.status ? html`${STATUS_STYLES[t.status].mark} ${t.status}` : '未填状态'}${t.completion !== null ? `（${t.completion}%）` : ''} <a href="#matrix">↑ 矩阵</a></p>
<p>本期进展 progress: ${t.progress || '—'}</p>
${t.problems ? html`<p>存在问题 problems: ${t.problems}</p>` : ''}
${t.nextSteps ? html`<p>下步打算 next steps: ${t.nextSteps}</p>` : ''}
</div>\n`,
  );
  return html`<section id="texts">
<h2>五、各市州上报的进展情况 <span class="en">Progress as reported</span></h2>
${items}
</section>`;
}
