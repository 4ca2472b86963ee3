import { type Language, t } from '../shared/i18n.js';
import type { MeasureLedger } from '../shared/ledger.js';

export const CARD_TAG = 'taizhang-card';

/** The card's own styles: static text, never page data. Shadow DOM keeps them and the page's apart. */
const CARD_CSS = `
:host { position: fixed !important; z-index: 2147483647 !important; display: block !important; margin: 0 !important; padding: 0 !important;
  border: 0 !important; width: auto !important; height: auto !important; visibility: visible !important; opacity: 1 !important;
  transform: none !important; filter: none !important; clip-path: none !important; }
:host([hidden]) { display: none !important; }
.card { box-sizing: border-box; width: 360px; max-width: calc(100vw - 16px); max-height: 70vh; overflow: auto;
  background: #fff; color: #1f2937; border: 1px solid #d6d3d1; border-radius: 8px; box-shadow: 0 8px 24px rgba(0,0,0,.18);
  padding: 12px 14px; font: 13px/1.55 system-ui, "Noto Sans CJK SC", "Microsoft YaHei", sans-serif; text-align: left; }
h2 { margin: 0 0 2px; font-size: 15px; color: #92400e; }
.title { margin: 0 0 8px; font-weight: 600; }
dl { margin: 0; display: grid; grid-template-columns: max-content 1fr; gap: 3px 10px; }
dt { color: #6b7280; }
dd { margin: 0; }
ul { margin: 0; padding-left: 1.1em; }
a { display: inline-block; margin-top: 10px; color: #1d4ed8; }
a:focus, .card:focus { outline: 2px solid #2563eb; outline-offset: 2px; }
.doc { color: #6b7280; font-size: 12px; margin-bottom: 6px; }
`;

export interface CardActions {
  openDocument(document: string, measure: number): void;
  href(document: string, measure: number): string;
}

/**
 * The hover/focus card: one host element at the end of <html>, its content in a shadow root.
 * Every piece of data goes in through textContent.
 */
export class Card {
  readonly host: HTMLElement;
  private readonly body: HTMLElement;
  private anchor: Element | null = null;
  private shown = 0;
  private returning: Element | null = null;

  constructor(
    private readonly document: Document,
    private readonly language: () => Language,
    private readonly actions: CardActions,
  ) {
    this.host = document.createElement(CARD_TAG);
    this.host.hidden = true;
    const shadow = this.host.attachShadow({ mode: 'open' });
    const style = document.createElement('style');
    style.textContent = CARD_CSS;
    this.body = document.createElement('div');
    this.body.className = 'card';
    this.body.setAttribute('role', 'dialog');
    this.body.setAttribute('tabindex', '-1');
    shadow.append(style, this.body);
    this.host.addEventListener('keydown', (e) => {
      if (e.key === 'Escape') {
        const anchor = this.anchor;
        this.hide();
        if (anchor && anchor.nodeType === 1 && 'focus' in anchor) {
          // Focus goes back to the badge without opening the card again.
          this.returning = anchor;
          (anchor as HTMLElement).focus();
        }
      }
    });
    this.host.addEventListener('mouseleave', () => this.hide());
    document.documentElement.append(this.host);
  }

  /** True (once) when `el` gets focus back from the card's Escape: it must not reopen the card. */
  isReturningTo(el: Element): boolean {
    const returning = this.returning === el;
    this.returning = null;
    return returning;
  }

  get visible(): boolean {
    return !this.host.hidden;
  }

  /** Show the card for `ledger` by `anchor`; `targets`, when given, fill the targets row when they arrive. */
  show(anchor: Element, ledger: MeasureLedger, targets?: Promise<string[]>): void {
    this.anchor = anchor;
    const shown = ++this.shown;
    const row = this.render(ledger);
    if (targets) {
      row.textContent = '…';
      targets.then(
        (list) => {
          if (shown === this.shown) this.fillTargets(row, list);
        },
        () => {
          if (shown === this.shown) this.fillTargets(row, []);
        },
      );
    }
    this.host.hidden = false;
    const rect = anchor.getBoundingClientRect();
    const view = this.document.defaultView;
    const width = Math.min(360, (view?.innerWidth ?? 800) - 16);
    const left = Math.max(8, Math.min(rect.left, (view?.innerWidth ?? 800) - width - 8));
    const below = rect.bottom + 6;
    const top =
      below + 200 > (view?.innerHeight ?? 600) && rect.top > 260 ? Math.max(8, rect.top - 6 - 260) : below;
    this.host.style.setProperty('left', `${left}px`, 'important');
    this.host.style.setProperty('top', `${top}px`, 'important');
  }

  /** Move keyboard focus into the card (Enter on a badge). */
  focus(): void {
    this.body.focus();
  }

  hide(): void {
    this.host.hidden = true;
    this.anchor = null;
  }

  destroy(): void {
    this.host.remove();
  }

  private fillTargets(dd: HTMLElement, targets: readonly string[]): void {
    dd.replaceChildren();
    if (targets.length === 0) {
      dd.textContent = t(this.language(), 'noTargets');
      return;
    }
    const ul = this.document.createElement('ul');
    for (const target of targets) {
      const li = this.document.createElement('li');
      li.textContent = target;
      ul.append(li);
    }
    dd.append(ul);
  }

  /** Draw the card; returns the targets row's cell. */
  private render(ledger: MeasureLedger): HTMLElement {
    const lang = this.language();
    const el = <K extends keyof HTMLElementTagNameMap>(tag: K, text?: string, className?: string) => {
      const e = this.document.createElement(tag);
      if (text !== undefined) e.textContent = text;
      if (className) e.className = className;
      return e;
    };
    this.body.replaceChildren();
    this.body.setAttribute('aria-label', t(lang, 'measureHeading', ledger.numeral));
    this.body.append(
      el('div', ledger.documentTitle, 'doc'),
      el('h2', t(lang, 'measureHeading', ledger.numeral)),
      el('p', ledger.title, 'title'),
    );
    const dl = el('dl');
    const row = (label: string, values: string[]) => {
      if (values.length === 0) return;
      dl.append(el('dt', label), el('dd', values.join('、')));
    };
    row(t(lang, 'section'), ledger.section ? [ledger.section] : []);
    row(t(lang, 'lead'), ledger.lead);
    row(t(lang, 'supporting'), ledger.supporting);
    row(t(lang, 'joint'), ledger.joint);
    row(t(lang, 'local'), ledger.local);
    dl.append(el('dt', t(lang, 'targets')));
    const targets = el('dd');
    this.fillTargets(targets, ledger.targets);
    dl.append(targets);
    this.body.append(dl);
    const link = el('a', t(lang, 'openInDocument'));
    link.href = this.actions.href(ledger.document, ledger.number);
    link.addEventListener('click', (e) => {
      e.preventDefault();
      this.actions.openDocument(ledger.document, ledger.number);
    });
    this.body.append(link);
    return targets;
  }
}
