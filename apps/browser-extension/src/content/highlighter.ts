/**
 * Wraps spans of text nodes in `<taizhang-mark>` and puts the page back exactly when asked.
 *
 * After Hypothesis' highlighter: the marks are custom elements (no page stylesheet targets an
 * unknown tag, and their own inline `!important` styles beat the page's), and the highlighter
 * remembers every text node it split, so removing a mark restores that very node with its original
 * text rather than calling `normalize()`, which would also merge text nodes the page had split.
 */
export const MARK_TAG = 'taizhang-mark';
export const BADGE_TAG = 'taizhang-badge';

export interface MarkSpec {
  start: number;
  end: number;
  /** data-* attributes, without the `data-` prefix, e.g. `{ 'taizhang-measure': '8' }`. */
  data: Record<string, string>;
}

/** Inline styles: unobtrusive (a dotted underline and a faint tint), immune to page CSS, never changing layout. */
const MARK_STYLE = [
  'display:inline',
  'visibility:visible',
  'opacity:1',
  'position:static',
  'float:none',
  'margin:0',
  'padding:0',
  'border:0',
  'border-bottom:1px dotted #b45309',
  'background:rgba(253,230,138,.45)',
  'color:inherit',
  'font:inherit',
  'line-height:inherit',
  'text-decoration:inherit',
  'pointer-events:auto',
  'clip-path:none',
  'transform:none',
  'filter:none',
]
  .map((d) => `${d} !important`)
  .join(';');

const BADGE_STYLE = [
  'display:inline-block',
  'visibility:visible',
  'opacity:1',
  'position:static',
  'float:none',
  'margin:0 0 0 .2em',
  'padding:0 .35em',
  'border:1px solid #b45309',
  'border-radius:.6em',
  'background:#fffbeb',
  'color:#92400e',
  'font:12px/1.5 system-ui,"Noto Sans CJK SC",sans-serif',
  'text-decoration:none',
  'text-indent:0',
  'vertical-align:baseline',
  'cursor:help',
  'white-space:nowrap',
  'pointer-events:auto',
  'clip-path:none',
  'transform:none',
]
  .map((d) => `${d} !important`)
  .join(';');

interface SplitRecord {
  /** The page's own text node, which keeps the first piece after splitting. */
  node: Text;
  original: string;
  /** What the page's node holds once wrapped (the text before the first mark); anything else, the page wrote. */
  kept: string;
  /** Marks and trailing text nodes created from it, in order. */
  created: Node[];
}

export class Highlighter {
  private readonly records: SplitRecord[] = [];
  private readonly badges: Element[] = [];
  private readonly wrapped = new WeakSet<Text>();
  private readonly own = new WeakSet<Node>();
  private readonly badgeOf = new WeakMap<Node, Element>();

  constructor(private readonly document: Document) {}

  /** True when `node` was already wrapped: a node is annotated once. */
  has(node: Text): boolean {
    return this.wrapped.has(node);
  }

  /**
   * Wrap the given non-overlapping spans of `node` (offsets into its text) in marks.
   * Returns the mark made for each spec. The page's node keeps the text before the first span.
   */
  wrap(node: Text, specs: readonly MarkSpec[]): Map<MarkSpec, HTMLElement> {
    const marks = new Map<MarkSpec, HTMLElement>();
    if (this.wrapped.has(node) || specs.length === 0 || !node.parentNode) return marks;
    const sorted = [...specs].sort((a, b) => a.start - b.start);
    const record: SplitRecord = { node, original: node.data, kept: node.data, created: [] };
    // The pieces are built from slices of the text and inserted at once. Splitting the node once per mark
    // copies the rest of its text each time: quadratic, over 20 s for a long node with 20,000 marks in
    // Chromium (found by the page fuzzer). The structure is the same: the page's node keeps the text before
    // the first mark, then mark, text, mark, text….
    const original = record.original;
    const pieces = this.document.createDocumentFragment();
    let first = 0;
    let consumed = 0;
    let after: Text | null = null;
    for (const spec of sorted) {
      if (spec.start < consumed || spec.end > original.length || spec.end <= spec.start) continue;
      if (after) after.data = original.slice(consumed, spec.start);
      else first = spec.start;
      const target = this.document.createTextNode(original.slice(spec.start, spec.end));
      const mark = this.document.createElement(MARK_TAG);
      mark.setAttribute('style', MARK_STYLE);
      for (const [k, v] of Object.entries(spec.data)) mark.setAttribute(`data-${k}`, v);
      mark.appendChild(target);
      after = this.document.createTextNode('');
      pieces.append(mark, after);
      record.created.push(mark, after);
      this.own.add(mark).add(target).add(after);
      marks.set(spec, mark);
      consumed = spec.end;
    }
    if (after) {
      after.data = original.slice(consumed);
      node.data = original.slice(0, first);
      record.kept = node.data;
      node.after(pieces);
    }
    this.records.push(record);
    this.wrapped.add(node);
    return marks;
  }

  /** A focusable badge right after `mark`. */
  addBadge(mark: Element, label: string, data: Record<string, string>): HTMLElement {
    const badge = this.document.createElement(BADGE_TAG);
    badge.setAttribute('style', BADGE_STYLE);
    badge.setAttribute('tabindex', '0');
    badge.setAttribute('role', 'button');
    for (const [k, v] of Object.entries(data)) badge.setAttribute(`data-${k}`, v);
    badge.textContent = label;
    mark.after(badge);
    this.badges.push(badge);
    this.badgeOf.set(mark, badge);
    this.own.add(badge);
    return badge;
  }

  /** True for nodes the highlighter made: a MutationObserver ignores them. */
  owns(node: Node): boolean {
    return this.own.has(node);
  }

  get markCount(): number {
    return this.records.reduce((n, r) => n + r.created.length / 2, 0);
  }

  /** Remove every mark and badge; each split text node gets its original text back. */
  removeAll(): void {
    for (const badge of this.badges.splice(0)) badge.remove();
    for (const record of this.records.splice(0).reverse()) {
      for (const node of record.created) node.parentNode?.removeChild(node);
      // A page that rewrote its node keeps what it wrote (found by the page fuzzer: the old text came back).
      if (record.node.data === record.kept) record.node.data = record.original;
      this.wrapped.delete(record.node);
    }
  }

  /**
   * The page wrote new text into a node we wrapped: take our marks (and their badges) out and leave the
   * page's text, so the page shows what it wrote. True when released; the caller may annotate it afresh.
   */
  release(node: Text): boolean {
    if (!this.wrapped.has(node)) return false;
    const i = this.records.findIndex((r) => r.node === node);
    const record = this.records[i];
    if (!record || node.data === record.kept) return false;
    for (const created of record.created) {
      this.badgeOf.get(created)?.remove();
      created.parentNode?.removeChild(created);
    }
    this.records.splice(i, 1);
    this.wrapped.delete(node);
    return true;
  }
}
