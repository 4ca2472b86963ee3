import type { Measure, PolicyDocument } from '@taizhang/core/document';
import { h } from '../shared/dom.js';
import { type Language, type MessageKey, t } from '../shared/i18n.js';
import { measureAnchor, measureLedger } from '../shared/ledger.js';
import { Library, SEED_KEY } from '../shared/library.js';
import { loadSettings } from '../shared/settings.js';
import { TargetBook } from '../shared/targets.js';

const book = new TargetBook();

/**
 * The full document, every measure anchored (`#m8`) with its ledger beside it: who leads, who
 * supports, which local governments, which targets. Opened from a card's link.
 */
async function main(): Promise<void> {
  const settings = await loadSettings();
  const language: Language = settings.language;
  const tr = (key: MessageKey, value?: string | number) => t(language, key, value);
  document.documentElement.lang = language === 'en' ? 'en' : 'zh-CN';
  const library = new Library(settings.documents);
  const key = new URLSearchParams(location.search).get('doc') ?? SEED_KEY;
  const root = document.getElementById('app') as HTMLElement;
  const doc = library.document(key);
  if (!doc) {
    root.append(h('p', { className: 'warn' }, tr('documentNotFound', key)));
    return;
  }
  render(root, doc, tr);
  const target = location.hash ? document.getElementById(location.hash.slice(1)) : null;
  if (target) {
    target.classList.add('target');
    target.scrollIntoView({ block: 'start' });
  }
}

function render(
  root: HTMLElement,
  doc: PolicyDocument,
  tr: (key: MessageKey, value?: string | number) => string,
): void {
  document.title = `${doc.title} — ${tr('ledger')}`;
  root.append(
    h(
      'header',
      {},
      h('h1', {}, doc.title),
      h(
        'p',
        { className: 'muted' },
        [doc.metadata.documentNumber, doc.metadata.issuer, doc.metadata.writtenDate]
          .filter(Boolean)
          .join('　'),
      ),
    ),
  );
  for (const section of doc.sections) {
    root.append(h('h2', { id: `s${section.number}` }, `${section.numeral}、${section.title}`));
    for (const number of section.measures) {
      const measure = doc.measures.find((m) => m.number === number);
      if (measure) root.append(measureBlock(doc, measure, tr));
    }
  }
}

function measureBlock(
  doc: PolicyDocument,
  measure: Measure,
  tr: (key: MessageKey, value?: string | number) => string,
): HTMLElement {
  const ledger = measureLedger(doc, measure, (d, m) => book.of(d, m.number));
  const dl = h('dl');
  const row = (label: MessageKey, values: string[]) => {
    if (values.length > 0) dl.append(h('dt', {}, tr(label)), h('dd', {}, values.join('、')));
  };
  row('lead', ledger.lead);
  row('supporting', ledger.supporting);
  row('joint', ledger.joint);
  row('local', ledger.local);
  if (ledger.targets.length > 0)
    dl.append(
      h('dt', {}, tr('targets')),
      h('dd', {}, h('ul', {}, ...ledger.targets.map((x) => h('li', {}, x)))),
    );
  return h(
    'article',
    { id: measureAnchor(measure.number), className: 'measure' },
    h(
      'div',
      { className: 'text' },
      h('h3', {}, `(${measure.numeral})${measure.title}`),
      h('p', {}, measure.text),
    ),
    h('aside', { className: 'ledger', attrs: { 'aria-label': tr('ledger') } }, h('h4', {}, tr('ledger')), dl),
  );
}

void main();
