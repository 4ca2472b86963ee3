import {
  documentKey,
  type GroupRelation,
  groupMentions,
  type Matcher,
  type Mention,
  type MentionGroups,
  type Referent,
  relateGroups,
} from '@taizhang/core/match';
import { type Language, t } from '../shared/i18n.js';
import type { MeasureLedger } from '../shared/ledger.js';
import type { PageSummary } from '../shared/summary.js';
import { CARD_TAG, Card, type CardActions } from './card.js';
import { BADGE_TAG, Highlighter, MARK_TAG, type MarkSpec } from './highlighter.js';
import { createSlicer, type Slicer } from './scheduler.js';
import { collectTextNodes, isInsideSkipped } from './text-nodes.js';

export const MEASURES_ATTRIBUTE = 'data-taizhang-measures';
export const STATUS_ATTRIBUTE = 'data-taizhang-status';

export interface AnnotatorOptions {
  matcher: Matcher;
  language: () => Language;
  ledger(document: string, measure: number): MeasureLedger | null;
  /** A measure's targets and deadlines, as lines; asked when its card opens. */
  targets?(document: string, measure: number): Promise<string[]>;
  agencyName(id: string): string;
  regionName(id: string): string;
  actions: CardActions;
  /** Longest stretch of work before yielding to the page (ms). */
  sliceMs?: number;
  /** Total time for one pass over the page; past it the annotator stops and says so (ms). */
  budgetMs?: number;
  /** How long to gather DOM changes before annotating them (ms). */
  mutationDelayMs?: number;
}

/**
 * A run of text nodes under one block (`推进<b>海绵</b>城市建设` is one run), searched as one text so a
 * phrase split by inline markup is still found.
 */
interface Entry {
  nodes: Text[];
  /** Each node's text when it was searched. */
  texts: string[];
  /** Offset of each node's text in the run's text. */
  starts: number[];
  /** Offset of the run's text in the page's text as the annotator numbers it. */
  base: number;
  mentions: Mention[];
  applied: boolean;
}

/** A text node this long is searched in windows, so one node cannot block the page. */
const WINDOW = 16_384;
/** Windows overlap by more than the longest pattern, so no mention is cut. */
const OVERLAP = 64;

/**
 * Annotates one document: finds mentions in its text nodes (in time slices), relates the page to
 * measures, marks the related mentions, adds a badge at each measure's first mention, keeps up with
 * DOM changes, and takes everything away again on `stop()`.
 */
export class Annotator {
  private readonly highlighter: Highlighter;
  private readonly entries: Entry[] = [];
  private entryOf = new WeakMap<Text, Entry>();
  private nextBase = 0;
  private relation: GroupRelation | null = null;
  /** Every mention found so far, grouped by pattern, positions in the annotator's page offsets. */
  private groups: MentionGroups = new Map();
  private card: Card | null = null;
  private observer: MutationObserver | null = null;
  private pending = new Set<Node>();
  private pendingTimer: ReturnType<typeof setTimeout> | null = null;
  private hideTimer: ReturnType<typeof setTimeout> | null = null;
  private readonly badged = new Set<string>();
  private status: PageSummary['status'] = 'off';
  private elapsedMs = 0;
  private running: Promise<void> = Promise.resolve();
  private readonly originalMeasuresAttribute: string | null;
  private readonly listeners: Array<[string, EventListener]> = [];
  private readonly sliceMs: number;
  private readonly budgetMs: number;
  private readonly mutationDelayMs: number;

  constructor(
    private readonly document: Document,
    private readonly options: AnnotatorOptions,
  ) {
    this.highlighter = new Highlighter(document);
    this.originalMeasuresAttribute = document.documentElement.getAttribute(MEASURES_ATTRIBUTE);
    this.sliceMs = options.sliceMs ?? 8;
    this.budgetMs = options.budgetMs ?? 5_000;
    this.mutationDelayMs = options.mutationDelayMs ?? 150;
  }

  get active(): boolean {
    return this.status !== 'off';
  }

  /** Annotate the whole document, then follow its changes. Resolves when the first pass is done. */
  start(): Promise<void> {
    if (this.active) return this.running;
    this.status = 'running';
    this.card = new Card(this.document, this.options.language, this.options.actions);
    this.listen();
    this.running = this.pass([this.document.body ?? this.document.documentElement]);
    this.observe();
    return this.running;
  }

  /** Remove every mark, badge, card and attribute: the DOM is as it was before `start()`. */
  stop(): void {
    if (!this.active) return;
    this.status = 'off';
    this.observer?.disconnect();
    this.observer = null;
    if (this.pendingTimer) clearTimeout(this.pendingTimer);
    if (this.hideTimer) clearTimeout(this.hideTimer);
    this.pending.clear();
    for (const [type, listener] of this.listeners.splice(0))
      this.document.removeEventListener(type, listener, true);
    this.highlighter.removeAll();
    this.card?.destroy();
    this.card = null;
    this.entries.length = 0;
    this.entryOf = new WeakMap();
    this.badged.clear();
    this.relation = null;
    this.groups = new Map();
    this.nextBase = 0;
    const root = this.document.documentElement;
    if (this.originalMeasuresAttribute === null) root.removeAttribute(MEASURES_ATTRIBUTE);
    else root.setAttribute(MEASURES_ATTRIBUTE, this.originalMeasuresAttribute);
    root.removeAttribute(STATUS_ATTRIBUTE);
  }

  /** Wait for any annotation in progress (first pass or a batch of DOM changes). */
  settled(): Promise<void> {
    return this.running;
  }

  private async pass(roots: Node[]): Promise<void> {
    const slicer = createSlicer(this.sliceMs, this.budgetMs);
    for (const root of roots) {
      await slicer.checkpoint();
      if (slicer.overBudget || !this.active) break;
      if (!root.isConnected) continue;
      const nodes = collectTextNodes(root).filter((node) => {
        if (this.highlighter.has(node) || this.highlighter.owns(node)) return false;
        const seen = this.entryOf.get(node);
        return !seen || seen.texts[seen.nodes.indexOf(node)] !== node.data; // unseen, or changed since
      });
      for (const run of inlineRuns(nodes)) {
        const texts = run.map((n) => n.data);
        const starts: number[] = [];
        let length = 0;
        for (const text of texts) {
          starts.push(length);
          length += text.length;
        }
        const entry: Entry = {
          nodes: run,
          texts,
          starts,
          base: this.nextBase,
          mentions: this.findIn(texts.join('')),
          applied: false,
        };
        this.nextBase += length + 1;
        this.entries.push(entry);
        groupMentions(entry.mentions, this.groups, entry.base);
        for (const node of run) this.entryOf.set(node, entry);
        await slicer.checkpoint();
        if (slicer.overBudget) break;
        if (!this.active) return;
      }
      if (slicer.overBudget) break;
    }
    if (!this.active) return;
    // Mentions were grouped by pattern as they were found: relating costs the few hundred patterns
    // seen, not the tens of thousands of mentions of a long page.
    this.relation = relateGroups(this.options.matcher, this.groups);
    await slicer.checkpoint();
    if (!this.active) return;
    await this.apply(slicer);
    this.elapsedMs += slicer.elapsed();
    if (!this.active) return;
    this.status = slicer.overBudget ? 'budget-exceeded' : 'annotated';
    const root = this.document.documentElement;
    root.setAttribute(MEASURES_ATTRIBUTE, this.measureIds().join(','));
    if (slicer.overBudget) root.setAttribute(STATUS_ATTRIBUTE, 'budget-exceeded');
  }

  private findIn(text: string): Mention[] {
    if (text.length <= WINDOW) return this.options.matcher.find(text);
    const found: Mention[] = [];
    let reached = 0;
    for (let from = 0; from < text.length; from += WINDOW - OVERLAP) {
      const to = Math.min(text.length, from + WINDOW);
      for (const m of this.options.matcher.find(text.slice(from, to))) {
        const start = m.start + from;
        if (start < reached) continue;
        found.push({ ...m, start, end: m.end + from });
        reached = m.end + from;
      }
      if (to === text.length) break;
    }
    return found;
  }

  /** Measure ids for the page attribute, best first: plain numbers for the seed's measures, `document#n` for others. */
  private measureIds(): string[] {
    const first = this.options.matcher.documents[0];
    const seed = first ? documentKey(first) : '';
    return (this.relation?.measures ?? []).map((m) =>
      m.document === seed ? String(m.measure) : `${m.document}#${m.measure}`,
    );
  }

  private async apply(slicer: Slicer): Promise<void> {
    const relation = this.relation;
    if (!relation) return;
    const rank = new Map(relation.measures.map((m, i) => [`${m.document}\u0000${m.measure}`, i]));
    // Entries are in the order they were scanned: document order for the first pass, so each badge
    // goes at its measure's first mention (sorting by compareDocumentPosition cost tens of ms on long pages).
    const entries = this.entries.filter((e) => !e.applied && e.mentions.length > 0);
    for (const entry of entries) {
      entry.applied = true;
      if (entry.nodes.some((n) => !n.isConnected || this.highlighter.has(n))) continue;
      // Each mention becomes one mark per text node it covers; the badge goes after its last piece.
      const specs = new Map<Text, MarkSpec[]>();
      const pieces: Array<{ data: Record<string, string>; specs: MarkSpec[] }> = [];
      for (const m of entry.mentions) {
        const referents = relation.keep.get(m.pattern);
        if (!referents || referents.length === 0) continue;
        const data = this.markData(referents, rank);
        if (!data) continue;
        const piece = { data, specs: [] as MarkSpec[] };
        // Only the nodes the mention covers, found by binary search: visiting every node of the run for
        // every mention was 14,000 × 100,000 steps on a page of 100,000 text nodes (found by the page fuzzer).
        for (let i = firstNodeAt(entry.starts, m.start); i < entry.nodes.length; i++) {
          const node = entry.nodes[i] as Text;
          const from = entry.starts[i] ?? 0;
          if (from >= m.end) break;
          const to = from + (entry.texts[i]?.length ?? 0);
          if (m.end <= from || m.start >= to) continue;
          const spec: MarkSpec = {
            start: Math.max(m.start, from) - from,
            end: Math.min(m.end, to) - from,
            data,
          };
          const list = specs.get(node) ?? [];
          list.push(spec);
          specs.set(node, list);
          piece.specs.push(spec);
        }
        pieces.push(piece);
      }
      const marks = new Map<MarkSpec, HTMLElement>();
      for (const [node, list] of specs)
        for (const [spec, mark] of this.highlighter.wrap(node, list)) marks.set(spec, mark);
      for (const piece of pieces) {
        const measure = piece.data['taizhang-measure'];
        const document = piece.data['taizhang-document'];
        const last = marks.get(piece.specs[piece.specs.length - 1] as MarkSpec);
        if (!measure || !document || !last) continue;
        const key = `${document}\u0000${measure}`;
        if (this.badged.has(key)) continue;
        this.badged.add(key);
        const ledger = this.options.ledger(document, Number(measure));
        const label = t(this.options.language(), 'badge', ledger?.numeral ?? measure);
        const badge = this.highlighter.addBadge(last, label, {
          'taizhang-badge': measure,
          'taizhang-document': document,
        });
        badge.setAttribute('aria-label', ledger ? `${label} ${ledger.title}` : label);
      }
      await slicer.checkpoint();
      // Marking counts against the budget too (found by the page fuzzer: 100,000 text nodes under CSS on
      // every element took 14 s past a 5 s budget); the rest is marked if the page changes there later.
      if (!this.active || slicer.overBudget) return;
    }
  }

  private markData(referents: readonly Referent[], rank: Map<string, number>): Record<string, string> | null {
    let best: { document: string; measure: number; rank: number } | null = null;
    for (const r of referents) {
      if (r.kind !== 'measure') continue;
      const i = rank.get(`${r.document}\u0000${r.measure}`);
      if (i !== undefined && (!best || i < best.rank))
        best = { document: r.document, measure: r.measure, rank: i };
    }
    if (best) return { 'taizhang-measure': String(best.measure), 'taizhang-document': best.document };
    const agency = referents.find((r) => r.kind === 'agency');
    if (agency?.kind === 'agency') return { 'taizhang-agency': agency.agency };
    const cited = referents.find((r) => r.kind === 'document');
    if (cited?.kind === 'document') return { 'taizhang-cites': cited.document };
    return null; // regions are listed in the summary, not marked
  }

  private observe(): void {
    const view = this.document.defaultView;
    if (!view?.MutationObserver) return;
    this.observer = new view.MutationObserver((records) => {
      for (const record of records) {
        if (record.type === 'characterData') {
          // Our own wrapping changes the text of nodes we wrap: not news. The page writing to one is: unwrap it.
          const target = record.target as Text;
          if (this.highlighter.owns(target)) continue;
          if (!this.highlighter.has(target) || this.highlighter.release(target)) this.pending.add(target);
          continue;
        }
        for (const node of record.addedNodes) {
          if (this.highlighter.owns(node) || isOurs(node)) continue;
          this.pending.add(node);
        }
      }
      if (this.pending.size > 0 && !this.pendingTimer)
        this.pendingTimer = setTimeout(() => this.flush(), this.mutationDelayMs);
    });
    this.observer.observe(this.document.documentElement, {
      childList: true,
      subtree: true,
      characterData: true,
    });
  }

  private flush(): void {
    this.pendingTimer = null;
    const roots = [...this.pending].filter(
      (n) => n.isConnected && !isInsideSkipped(n, this.document.documentElement),
    );
    this.pending.clear();
    if (roots.length === 0 || !this.active) return;
    this.running = this.running.then(() => this.pass(roots));
  }

  private listen(): void {
    const on = (type: string, listener: EventListener) => {
      this.document.addEventListener(type, listener, true);
      this.listeners.push([type, listener]);
    };
    const measureOf = (
      target: EventTarget | null,
    ): { el: Element; document: string; measure: number } | null => {
      if (!isElement(target)) return null;
      const el = target.closest(`${MARK_TAG}[data-taizhang-measure], ${BADGE_TAG}`);
      if (!el) return null;
      const measure = el.getAttribute('data-taizhang-measure') ?? el.getAttribute('data-taizhang-badge');
      const document = el.getAttribute('data-taizhang-document');
      return measure && document ? { el, document, measure: Number(measure) } : null;
    };
    const show = (hit: { el: Element; document: string; measure: number }) => {
      const ledger = this.options.ledger(hit.document, hit.measure);
      if (!ledger || !this.card) return;
      if (this.hideTimer) clearTimeout(this.hideTimer);
      this.card.show(hit.el, ledger, this.options.targets?.(hit.document, hit.measure));
    };
    on('mouseover', (e) => {
      const hit = measureOf(e.target);
      if (hit) show(hit);
      else if (this.card?.visible && isElement(e.target) && e.target.closest(CARD_TAG)) {
        if (this.hideTimer) clearTimeout(this.hideTimer);
      }
    });
    on('mouseout', (e) => {
      if (!measureOf(e.target) || !this.card?.visible) return;
      if (this.hideTimer) clearTimeout(this.hideTimer);
      this.hideTimer = setTimeout(() => this.card?.hide(), 400);
    });
    on('focusin', (e) => {
      const hit = measureOf(e.target);
      if (hit && !this.card?.isReturningTo(hit.el)) show(hit);
      // Focus moved on to something else on the page (not a badge, not into the card): close it.
      else if (!hit && this.card?.visible && !(isElement(e.target) && e.target.closest(CARD_TAG)))
        this.card.hide();
    });
    on('keydown', (e) => {
      const key = (e as KeyboardEvent).key;
      const hit = measureOf(e.target);
      if (!hit) return;
      if (key === 'Enter' || key === ' ') {
        e.preventDefault();
        show(hit);
        this.card?.focus();
      } else if (key === 'Escape') this.card?.hide();
    });
  }

  /** Scroll to the first mark of a measure (`8` in any document, or `青政〔2016〕76号#8`) or an agency; false when there is none. */
  scrollTo(kind: 'measure' | 'agency', id: string): boolean {
    let el: Element | undefined;
    if (kind === 'agency') {
      el = this.document.querySelector(`${MARK_TAG}[data-taizhang-agency="${cssEscape(id)}"]`) ?? undefined;
    } else {
      const at = id.lastIndexOf('#');
      const measure = id.slice(at + 1);
      const document = at > 0 ? id.slice(0, at) : null;
      el = [
        ...this.document.querySelectorAll(`${MARK_TAG}[data-taizhang-measure="${cssEscape(measure)}"]`),
      ].find((mark) => document === null || mark.getAttribute('data-taizhang-document') === document);
    }
    if (!el) return false;
    el.scrollIntoView({ block: 'center' });
    const badge = el.nextElementSibling;
    if (badge?.tagName.toLowerCase() === BADGE_TAG && isElement(badge)) badge.focus();
    return true;
  }

  summary(): PageSummary {
    const relation = this.relation;
    const numeral = (document: string, measure: number) =>
      this.options.ledger(document, measure)?.numeral ?? String(measure);
    return {
      url: this.document.location?.href ?? '',
      status: this.status,
      measures: (relation?.measures ?? []).map((m) => ({
        document: m.document,
        number: m.measure,
        numeral: numeral(m.document, m.measure),
        title: this.options.ledger(m.document, m.measure)?.title ?? '',
        score: m.score,
        phrases: m.phrases.map((p) => ({ phrase: p.phrase, count: p.count })),
      })),
      agencies: (relation?.agencies ?? []).map((a) => ({
        id: a.agency,
        name: this.options.agencyName(a.agency),
        count: a.count,
        roles: a.roles.map((r) => ({
          measure: r.measure,
          numeral: numeral(r.document, r.measure),
          role: r.role,
        })),
      })),
      regions: (relation?.regions ?? []).map((r) => ({
        id: r.id,
        name: this.options.regionName(r.id),
        count: r.count,
      })),
      documents: (relation?.documents ?? []).map((d) => ({ id: d.id, count: d.count })),
      marks: this.highlighter.markCount,
      elapsedMs: Math.round(this.elapsedMs),
    };
  }
}

/** Elements that do not break a line of text: a phrase may run through them. */
const INLINE = new Set([
  'A',
  'ABBR',
  'B',
  'BDI',
  'BDO',
  'BIG',
  'CITE',
  'DATA',
  'DFN',
  'EM',
  'FONT',
  'I',
  'INS',
  'DEL',
  'LABEL',
  'MARK',
  'Q',
  'S',
  'SMALL',
  'SPAN',
  'STRIKE',
  'STRONG',
  'SUB',
  'SUP',
  'TIME',
  'TT',
  'U',
  'WBR',
]);

function blockOf(node: Node): Node | null {
  let el = node.parentElement;
  while (el && INLINE.has(el.tagName.toUpperCase())) el = el.parentElement;
  return el;
}

/**
 * Group text nodes (in document order) into runs under the same block, so `推进<b>海绵</b>城市` is
 * searched as `推进海绵城市`. A node under another block (a nested one too) starts a new run.
 */
function inlineRuns(nodes: readonly Text[]): Text[][] {
  const runs: Text[][] = [];
  let current: Text[] = [];
  let block: Node | null = null;
  for (const node of nodes) {
    const b = blockOf(node);
    const previous = current[current.length - 1];
    // Consecutive in the collected list (skipped and blank nodes aside) and under the same block.
    if (previous && b === block) current.push(node);
    else {
      if (current.length > 0) runs.push(current);
      current = [node];
      block = b;
    }
  }
  if (current.length > 0) runs.push(current);
  return runs;
}

/** Element check by node type: `instanceof` fails across the page's and the content script's worlds. */
function isElement(target: unknown): target is HTMLElement {
  return typeof target === 'object' && target !== null && (target as Node).nodeType === 1;
}

/** Index of the last node starting at or before `offset` (0 when none does). */
function firstNodeAt(starts: readonly number[], offset: number): number {
  let lo = 0;
  let hi = starts.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if ((starts[mid] as number) <= offset) lo = mid + 1;
    else hi = mid;
  }
  return Math.max(0, lo - 1);
}

function isOurs(node: Node): boolean {
  const name = node.nodeName.toLowerCase();
  return name === MARK_TAG || name === BADGE_TAG || name === CARD_TAG;
}

function cssEscape(value: string): string {
  return value.replace(/["\\]/g, '\\$&');
}
