import { type FillResult, fillWorkbook } from '../office/fill.js';
import { h } from './dom.js';
import { reportingRegions, templateFor } from './engine.js';
import type { View, ViewContext } from './view.js';

/** Fill: region and period → the template's sheets; asks before touching sheets that exist. */
export class FillView implements View {
  private regionCode = reportingRegions()[1]?.code ?? '630000';
  private period = String(new Date().getFullYear() - 1);
  private conflict: string[] | null = null;
  private result: FillResult | null = null;
  private message: { kind: 'info' | 'error'; text: string } | null = null;

  constructor(private readonly ctx: ViewContext) {}

  private async fill(mode: 'new-only' | 'keep-existing'): Promise<void> {
    this.message = null;
    let plan: ReturnType<typeof templateFor>;
    try {
      plan = templateFor(this.regionCode, this.period);
    } catch (error) {
      this.message = { kind: 'error', text: (error as Error).message };
      this.ctx.refresh();
      return;
    }
    await this.ctx.busy(async () => {
      const result = await this.ctx.run((context) => fillWorkbook(context, plan, { mode }));
      this.conflict = result.status === 'conflict' ? result.existingSheets : null;
      this.result = result.status === 'filled' ? result : null;
    });
  }

  render(): HTMLElement {
    const t = this.ctx.text;
    const regionSelect = h('select', { id: 'fill-region', class: 'field-input' });
    for (const region of reportingRegions()) {
      const option = h('option', {}, region.name);
      option.value = region.code;
      option.selected = region.code === this.regionCode;
      regionSelect.append(option);
    }
    regionSelect.addEventListener('change', () => {
      this.regionCode = regionSelect.value;
    });
    const periodInput = h('input', {
      id: 'fill-period',
      class: 'field-input',
      type: 'text',
      'aria-describedby': 'fill-period-hint',
    });
    periodInput.value = this.period;
    periodInput.addEventListener('input', () => {
      this.period = periodInput.value;
    });

    const panel = h(
      'section',
      { class: 'panel', id: 'panel-fill', role: 'tabpanel' },
      h('p', { class: 'intro' }, t('fillIntro')),
      h('label', { class: 'field' }, h('span', { class: 'field-label' }, t('region')), regionSelect),
      h(
        'label',
        { class: 'field' },
        h('span', { class: 'field-label' }, t('period')),
        periodInput,
        h('span', { class: 'field-hint', id: 'fill-period-hint' }, t('periodHint')),
      ),
      h(
        'div',
        { class: 'actions' },
        h(
          'button',
          { class: 'button primary', id: 'fill-button', onClick: () => void this.fill('new-only') },
          t('fillButton'),
        ),
      ),
    );

    if (this.conflict) {
      panel.append(
        h(
          'div',
          { class: 'message-bar warning', role: 'alertdialog', id: 'fill-conflict' },
          h('p', {}, t('fillConflict', { sheets: this.conflict.join('、') })),
          h(
            'div',
            { class: 'actions' },
            h(
              'button',
              {
                class: 'button primary',
                id: 'fill-keep-existing',
                onClick: () => void this.fill('keep-existing'),
              },
              t('fillKeepExisting'),
            ),
            h(
              'button',
              {
                class: 'button',
                onClick: () => {
                  this.conflict = null;
                  this.message = { kind: 'info', text: t('fillCancelled') };
                  this.ctx.refresh();
                },
              },
              t('cancel'),
            ),
          ),
        ),
      );
    }
    if (this.result?.status === 'filled') {
      const r = this.result;
      const done = h('div', { class: 'message-bar success', id: 'fill-result', role: 'status' });
      if (r.createdSheets.length > 0)
        done.append(h('p', {}, t('fillDone', { created: r.createdSheets.length, cells: r.cellsWritten })));
      if (r.completedSheets.length > 0) {
        done.append(
          h('p', {}, t('fillCompleted', { sheets: r.completedSheets.join('、'), count: r.kept.length })),
        );
        if (r.kept.length > 0) {
          done.append(
            h(
              'ul',
              { class: 'kept' },
              ...r.kept
                .slice(0, 50)
                .map((k) => h('li', {}, `${k.sheet}!${k.address}：${String(k.existing)}`)),
            ),
          );
        }
      }
      panel.append(done);
    }
    if (this.message)
      panel.append(
        h('div', { class: `message-bar ${this.message.kind}`, role: 'status' }, this.message.text),
      );
    return panel;
  }
}
