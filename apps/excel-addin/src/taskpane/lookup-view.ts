import { insertIntoSelection } from '../office/insert.js';
import { h } from './dom.js';
import { currentAgencyName, type LookupHit, lookUp } from './engine.js';
import type { View, ViewContext } from './view.js';

/** Look up: measures, agencies (old and new names) and indicators; insert one into the selected cell. */
export class LookupView implements View {
  private query = '';
  private message: { kind: 'info' | 'error' | 'success'; text: string } | null = null;
  private results: HTMLElement | null = null;

  constructor(private readonly ctx: ViewContext) {}

  private async insert(hit: LookupHit): Promise<void> {
    await this.ctx.busy(async () => {
      const outcome = await this.ctx.run((context) => insertIntoSelection(context, hit.reference));
      const address = outcome.address.replace(/^.*!/, '');
      this.message =
        outcome.status === 'inserted'
          ? { kind: 'success', text: this.ctx.text('inserted', { address }) }
          : { kind: 'error', text: this.ctx.text('cellNotEmpty', { address }) };
    });
  }

  private hitRow(hit: LookupHit): HTMLElement {
    const t = this.ctx.text;
    let title: string;
    let detail: string;
    if (hit.kind === 'measure') {
      title = `${hit.measure.id}（${hit.measure.numeral}）${hit.measure.title}`;
      detail = hit.measure.responsibility?.lead.length
        ? `${hit.measure.responsibility.lead.join('、')} ${t('leads')}`
        : '';
    } else if (hit.kind === 'agency') {
      const now = currentAgencyName(hit.agency);
      title = hit.agency.short;
      detail = [hit.agency.full, now !== hit.agency.short ? `${t('nowCalled')} ${now}` : '']
        .filter(Boolean)
        .join(' · ');
    } else {
      title = hit.indicator.name;
      detail = `${hit.indicator.definition}（${hit.indicator.unit}）`;
    }
    return h(
      'li',
      { class: 'hit' },
      h(
        'div',
        { class: 'hit-text' },
        h('div', { class: 'hit-title' }, title),
        detail ? h('div', { class: 'hit-detail' }, detail) : null,
      ),
      h('button', { class: 'button small', onClick: () => void this.insert(hit) }, t('insert')),
    );
  }

  private drawResults(): void {
    if (!this.results) return;
    const t = this.ctx.text;
    const hits = lookUp(this.query);
    this.results.replaceChildren();
    if (this.query.trim() && hits.length === 0)
      this.results.append(h('p', { class: 'empty' }, t('lookupNone')));
    const groups: Array<[LookupHit['kind'], string]> = [
      ['measure', t('lookupMeasures')],
      ['agency', t('lookupAgencies')],
      ['indicator', t('lookupIndicators')],
    ];
    for (const [kind, label] of groups) {
      const list = hits.filter((hit) => hit.kind === kind);
      if (list.length === 0) continue;
      this.results.append(
        h('h3', { class: 'group-title' }, label),
        h('ul', { class: 'hits' }, ...list.map((hit) => this.hitRow(hit))),
      );
    }
  }

  render(): HTMLElement {
    const t = this.ctx.text;
    const input = h('input', {
      class: 'field-input',
      id: 'lookup-query',
      type: 'search',
      'aria-label': t('lookupPlaceholder'),
    });
    input.placeholder = t('lookupPlaceholder');
    input.value = this.query;
    input.addEventListener('input', () => {
      this.query = input.value;
      this.message = null;
      this.drawResults();
    });
    this.results = h('div', { class: 'results', id: 'lookup-results' });
    this.drawResults();
    return h(
      'section',
      { class: 'panel', id: 'panel-lookup', role: 'tabpanel' },
      h('p', { class: 'intro' }, t('lookupIntro')),
      input,
      this.message
        ? h('div', { class: `message-bar ${this.message.kind}`, role: 'status' }, this.message.text)
        : null,
      this.results,
    );
  }
}
