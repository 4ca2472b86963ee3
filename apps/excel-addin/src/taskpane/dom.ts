/**
 * Builds DOM from data without ever parsing HTML: text goes in through text nodes, so a cell value
 * or a sheet name cannot become markup.
 */
type Child = Node | string | null | undefined | false;

export interface Attributes {
  class?: string;
  id?: string;
  title?: string;
  type?: string;
  role?: string;
  [attribute: `data-${string}`]: string;
  [attribute: `aria-${string}`]: string;
}

export function h<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  attributes: Attributes & { onClick?: (event: MouseEvent) => void } = {},
  ...children: Child[]
): HTMLElementTagNameMap[K] {
  const element = document.createElement(tag);
  for (const [name, value] of Object.entries(attributes)) {
    if (name === 'onClick') element.addEventListener('click', value as EventListener);
    else if (name === 'class') element.className = value as string;
    else if (value !== undefined) element.setAttribute(name, value as string);
  }
  for (const child of children) {
    if (child === null || child === undefined || child === false) continue;
    element.append(typeof child === 'string' ? document.createTextNode(child) : child);
  }
  return element;
}

export function replaceChildren(parent: Element, ...children: Child[]): void {
  parent.replaceChildren(
    ...children.filter((c): c is Node | string => c !== null && c !== undefined && c !== false),
  );
}
