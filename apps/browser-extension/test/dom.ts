import { seedDocument } from '@taizhang/core/data';
import { Annotator, type AnnotatorOptions } from '../src/content/annotator.js';
import { Library } from '../src/shared/library.js';
import { TargetBook } from '../src/shared/targets.js';

const book = new TargetBook();

/** Replace the test document's body with the given markup, parsed (never assigned as innerHTML). */
export function loadBody(markup: string): HTMLElement {
  const parsed = new DOMParser().parseFromString(
    `<!doctype html><html><body>${markup}</body></html>`,
    'text/html',
  );
  const body = document.importNode(parsed.body, true);
  document.body.replaceWith(body);
  return body;
}

export const library = new Library();
export const seedKey = seedDocument.metadata.documentNumber as string;
export const opened: Array<[string, number]> = [];

export function annotator(options: Partial<AnnotatorOptions> = {}): Annotator {
  return new Annotator(document, {
    matcher: library.matcher,
    language: () => 'zh_CN',
    ledger: (doc, measure) => library.ledger(doc, measure),
    targets: async (doc, measure) => {
      const d = library.document(doc);
      return d ? book.of(d, measure) : [];
    },
    agencyName: (id) => library.agencyName(id),
    regionName: (id) => library.regionName(id),
    actions: {
      href: (doc, m) => `document.html?doc=${encodeURIComponent(doc)}#m${m}`,
      openDocument: (doc, m) => void opened.push([doc, m]),
    },
    mutationDelayMs: 10,
    ...options,
  });
}

/** A serialisation of the body that also tells text-node boundaries apart, to compare DOMs exactly. */
export function snapshot(root: Node = document.documentElement): string {
  const out: string[] = [];
  const walk = (n: Node) => {
    if (n.nodeType === 3) out.push(`"${(n as Text).data}"`);
    else if (n.nodeType === 1) {
      const el = n as Element;
      const attrs = [...el.attributes].map((a) => `${a.name}=${a.value}`).join(' ');
      out.push(`<${el.tagName.toLowerCase()} ${attrs}>`);
      for (const c of el.childNodes) walk(c);
      out.push(`</${el.tagName.toLowerCase()}>`);
    }
  };
  walk(root);
  return out.join('');
}
