/**
 * Build elements for the extension's pages. Text goes in as text nodes, never as HTML:
 * a document's text or a page's words can contain anything.
 */
export function h<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  props: {
    className?: string;
    id?: string;
    attrs?: Record<string, string>;
    on?: Partial<Record<'click' | 'change' | 'input', (e: Event) => void>>;
  } = {},
  ...children: Array<Node | string | null | undefined | false>
): HTMLElementTagNameMap[K] {
  const el = document.createElement(tag);
  if (props.className) el.className = props.className;
  if (props.id) el.id = props.id;
  for (const [k, v] of Object.entries(props.attrs ?? {})) el.setAttribute(k, v);
  for (const [type, listener] of Object.entries(props.on ?? {}))
    if (listener) el.addEventListener(type, listener);
  for (const child of children) {
    if (child === null || child === undefined || child === false) continue;
    el.append(typeof child === 'string' ? document.createTextNode(child) : child);
  }
  return el;
}

/** Apply the chosen language to the page: `lang` and every `data-i18n` element's text. */
export function localize(root: ParentNode, translate: (key: string) => string): void {
  for (const el of root.querySelectorAll<HTMLElement>('[data-i18n]')) {
    const key = el.dataset.i18n;
    if (key) el.textContent = translate(key);
  }
}
