/** The whole report as one self-contained HTML file: inline CSS and SVG, no scripts, no external requests. */
import type { ProgressView } from '@taizhang/core/report';
import { behindSection } from './behind-section.js';
import { html } from './escape.js';
import { headlineSection } from './headline-section.js';
import { matrixSection } from './matrix-section.js';
import { REPORT_CSS } from './style.js';
import { textsSection } from './texts-section.js';
import { yearOnYearSection } from './year-on-year-section.js';

/** A workbook's file name without its folders: the report travels by e-mail, the folders of this machine do not. */
function fileName(source: string): string {
  return source.split(/[\\/]/).pop() ?? source;
}

export function renderProgressHtml(view: ProgressView, generated: string): string {
  const scope =
    view.scope.kind === 'province'
      ? '全省'
      : view.scope.kind === 'agency'
        ? `${view.scope.label}牵头或配合的措施`
        : view.scope.label;
  const page = html`<!doctype html>
<html lang="zh-CN">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'; img-src data:">
<title>${view.title}（${view.period.label}·${scope}）</title>
<style>${REPORT_CSS}</style>
</head>
<body>
<header>
<h1>${view.title}</h1>
<p class="meta">${view.period.label} · ${scope} · <span class="en">progress report</span></p>
<p class="note">本期依据 ${view.sources.length} 份已审核的填报表汇总 / this period from ${view.sources.length} validated workbooks: ${view.sources.map(fileName).join('、')}。生成于 generated ${generated}。</p>
${view.missing.length ? html`<p class="missing">未报送 not reported: ${view.missing.map((r) => r.name).join('、')}（相关格子标为“未报送” / their cells read 未报送）</p>` : ''}
<nav><ol>
<li><a href="#headline">主要指标与目标</a></li><li><a href="#matrix">措施进展矩阵</a></li><li><a href="#behind">滞后的措施与责任单位</a></li><li><a href="#year-on-year">本期与上年同期</a></li><li><a href="#texts">上报的进展情况</a></li>
</ol></nav>
</header>
${headlineSection(view)}
${matrixSection(view)}
${behindSection(view)}
${yearOnYearSection(view)}
${textsSection(view)}
</body>
</html>
`;
  return page.text;
}
