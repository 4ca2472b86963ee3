/** Elements whose text is not prose to annotate: code, form fields, scripts, and our own UI. */
const SKIPPED = new Set([
  'SCRIPT',
  'STYLE',
  'NOSCRIPT',
  'TEMPLATE',
  'TEXTAREA',
  'INPUT',
  'SELECT',
  'OPTION',
  'BUTTON',
  'CODE',
  'PRE',
  'KBD',
  'SAMP',
  'VAR',
  'SVG',
  'MATH',
  'IFRAME',
  'OBJECT',
  'CANVAS',
  'HEAD',
  'TITLE',
  'TAIZHANG-MARK',
  'TAIZHANG-BADGE',
  'TAIZHANG-CARD',
]);

/** True when text under `element` must not be annotated. */
export function isSkippedElement(element: Element): boolean {
  if (SKIPPED.has(element.tagName.toUpperCase())) return true;
  const editable = element.getAttribute('contenteditable');
  return editable !== null && editable !== 'false';
}

/** True when `node` lies inside a skipped element (checked up to `root`). */
export function isInsideSkipped(node: Node, root: Node): boolean {
  for (let el = node.parentElement; el; el = el.parentElement) {
    if (isSkippedElement(el)) return true;
    if (el === root) break;
  }
  return false;
}

/** The text nodes under `root` worth matching, in document order: not blank, not in skipped elements. */
export function collectTextNodes(root: Node): Text[] {
  const doc = root.ownerDocument ?? (root as Document);
  const nodes: Text[] = [];
  if (root.nodeType === 3) {
    if (!isInsideSkipped(root, doc.documentElement)) nodes.push(root as Text);
    return nodes;
  }
  if (
    root.nodeType === 1 &&
    (isSkippedElement(root as Element) || isInsideSkipped(root, doc.documentElement))
  )
    return nodes;
  const walker = doc.createTreeWalker(root, 0x1 | 0x4 /* SHOW_ELEMENT | SHOW_TEXT */, {
    acceptNode(node: Node): number {
      if (node.nodeType === 1) return isSkippedElement(node as Element) ? 2 /* REJECT */ : 3 /* SKIP */;
      return /\S/.test((node as Text).data) ? 1 /* ACCEPT */ : 3;
    },
  });
  for (let n = walker.nextNode(); n; n = walker.nextNode()) nodes.push(n as Text);
  return nodes;
}
