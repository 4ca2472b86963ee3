/**
 * Progress: the open workbook's charts — each headline indicator on its path to the target and where the
 * region stands, the measures by status with those behind and their lead agency, and the year-on-year
 * change — drawn from core's chart options, the ones the CLI's report renders on the server.
 */
import './progress.css';
import {
  formatChange,
  formatNumber,
  type HeadlineIndicator,
  headlinePathOption,
  headlineStandingOption,
  MATRIX_STATUSES,
  type MatrixStatus,
  type ProgressView,
  STATUS_STYLES,
  type WorkbooksProgress,
  yearOnYearOption,
} from '@taizhang/core/report';
import { h } from '../taskpane/dom.js';
import type { View, ViewContext } from '../taskpane/view.js';
import { chartElement, narrow } from './charts.js';
import { progressInExcel } from './read-progress.js';
import { type ProgressKey, progressText } from './text.js';

const WIDTH = 330;

/** A status label in core's colours (never colour alone: the mark and the word are in it). */
function statusTag(status: MatrixStatus, label: string): HTMLElement {
  const style = STATUS_STYLES[status];
  const tag = h('span', { class: 'progress-tag', 'data-status': status, title: style.en }, label);
  tag.style.background = style.fill;
  tag.style.color = style.text;
  return tag;
}

/** Who to call, short enough for the pane: a clause naming many joint agencies shows the first three. */
function who(names: string[]): string {
  if (names.length === 0) return '—';
  return names.length > 3 ? `${names.slice(0, 3).join('、')} 等 ${names.length} 个单位` : names.join('、');
}

export class ProgressPanel implements View {
  private progress: WorkbooksProgress | null = null;

  constructor(private readonly ctx: ViewContext) {}

  private text(key: ProgressKey, params?: Record<string, string | number>): string {
    return progressText(this.ctx.language(), key, params);
  }

  async showProgress(): Promise<void> {
    await this.ctx.busy(async () => {
      this.progress = await this.ctx.run((context) => progressInExcel(context, this.ctx.features));
    });
  }

  /**
   * One workbook is one region: merging it alone gives that region's figures, so the chart shows them
   * once, under the region's name (the province's figures come from `taizhang report` over all eight).
   */
  private headline(
    merged: HeadlineIndicator,
    region: ProgressView['regions'][number] | undefined,
  ): HTMLElement {
    const item: HeadlineIndicator = region
      ? { ...merged, province: { ...merged.province, region }, prefectures: [] }
      : merged;
    const p = item.province;
    return h(
      'div',
      { class: 'progress-headline', 'data-indicator': item.id },
      h('h3', { class: 'group-title' }, `${item.name}（${item.unit}）`),
      h('p', { class: 'progress-note' }, item.goal.text),
      h(
        'p',
        { class: 'progress-figure' },
        h('b', { 'data-number': `${item.id}:value` }, formatNumber(p.value, item.decimals)),
        ` ${item.unit} · ${p.progress?.status ?? '无法判断'}`,
      ),
      p.progress ? h('p', { class: 'progress-note' }, p.progress.reasoning[this.ctx.language()]) : null,
      item.path.length > 0
        ? chartElement(narrow(headlinePathOption(item)), WIDTH, 240, `${item.name}: path`)
        : null,
      chartElement(
        narrow(headlineStandingOption(item)),
        WIDTH,
        120 + 30 * (1 + item.prefectures.length),
        `${item.name}: standing`,
      ),
    );
  }

  private statuses(view: ProgressView): HTMLElement {
    const counts = MATRIX_STATUSES.filter((s) => view.counts[s] > 0).map((s) =>
      statusTag(s, `${STATUS_STYLES[s].mark} ${s} ${view.counts[s]}`),
    );
    const behind = view.behind.map((b) =>
      h(
        'li',
        { class: 'progress-behind', 'data-measure': b.id },
        statusTag('滞后', `${STATUS_STYLES.滞后.mark} 滞后`),
        ` （${b.number}）${b.title} — ${who(b.lead.length ? b.lead : b.joint)}`,
      ),
    );
    return h(
      'section',
      { class: 'progress-section', id: 'progress-statuses' },
      h('h2', { class: 'severity-title' }, this.text('statuses')),
      h('div', { class: 'progress-tags' }, ...counts),
      h('h3', { class: 'group-title' }, this.text('behind')),
      behind.length
        ? h('ul', { class: 'progress-list' }, ...behind)
        : h('p', { class: 'empty' }, this.text('nothingBehind')),
    );
  }

  private drawView(view: ProgressView): HTMLElement {
    const region = view.regions[0]?.name ?? view.scope.label;
    return h(
      'div',
      { class: 'progress-result', id: 'progress-result' },
      h('p', { class: 'progress-scope' }, this.text('scope', { region, period: view.period.label })),
      h(
        'section',
        { class: 'progress-section', id: 'progress-headline' },
        h('h2', { class: 'severity-title' }, this.text('headline')),
        ...(view.headline.length
          ? view.headline.map((item) => this.headline(item, view.regions[0]))
          : [h('p', { class: 'empty' }, this.text('noHeadline'))]),
      ),
      this.statuses(view),
      h(
        'section',
        { class: 'progress-section', id: 'progress-yoy' },
        h('h2', { class: 'severity-title' }, this.text('yearOnYear')),
        chartElement(
          narrow(yearOnYearOption(view)),
          WIDTH,
          50 + 26 * view.yearOnYear.length,
          this.text('yearOnYear'),
        ),
        h(
          'ul',
          { class: 'progress-list' },
          ...view.yearOnYear.map((r) =>
            h(
              'li',
              { 'data-indicator': r.id },
              `${r.name}：`,
              h('b', { 'data-number': `${r.id}:change` }, formatChange(r.province.change)),
            ),
          ),
        ),
      ),
    );
  }

  render(): HTMLElement {
    const result = this.progress;
    let body: HTMLElement | null = null;
    if (result && !result.ok) {
      const count =
        result.notReady.reduce((n, r) => n + r.errors + r.openWarnings, 0) + result.conflicts.length;
      body = h(
        'div',
        { class: 'message-bar warning', id: 'progress-not-ready' },
        this.text('notReady', { count }),
        ' ',
        h(
          'button',
          { class: 'button small', onClick: () => this.ctx.showTab('validate') },
          this.text('goValidate'),
        ),
      );
    } else if (result?.ok) body = this.drawView(result.view);
    return h(
      'div',
      { class: 'panel', id: 'progress-panel' },
      h('p', { class: 'intro' }, this.text('intro')),
      h(
        'div',
        { class: 'actions' },
        h(
          'button',
          { class: 'button primary', id: 'progress-button', onClick: () => void this.showProgress() },
          this.text('show'),
        ),
      ),
      body,
    );
  }
}
