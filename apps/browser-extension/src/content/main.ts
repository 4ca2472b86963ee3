import type { Language } from '../shared/i18n.js';
import { documentPagePath } from '../shared/ledger.js';
import { Library } from '../shared/library.js';
import { isRequest, type Request } from '../shared/messages.js';
import { loadSettings, type Settings } from '../shared/settings.js';
import { Annotator } from './annotator.js';

/**
 * Content script entry. Runs once per frame: a second injection (the manifest's and the popup's
 * executeScript after the user adds a site) finds the first one's flag and does nothing.
 */
const FLAG = '__taizhangAnnotator';
const scope = globalThis as unknown as Record<string, unknown>;

if (!scope[FLAG]) {
  scope[FLAG] = true;
  void main();
}

async function main(): Promise<void> {
  let settings = await loadSettings();
  let language: Language = settings.language;
  const create = (documents: Settings['documents']): Annotator => {
    const library = new Library(documents);
    return new Annotator(document, {
      matcher: library.matcher,
      language: () => language,
      ledger: (doc, measure) => library.ledger(doc, measure),
      targets: async (doc, measure) => {
        const request: Request = { type: 'targets', document: doc, measure };
        const answer: unknown = await chrome.runtime.sendMessage(request);
        return Array.isArray(answer) ? answer.filter((x): x is string => typeof x === 'string') : [];
      },
      agencyName: (id) => library.agencyName(id),
      regionName: (id) => library.regionName(id),
      actions: {
        href: (doc, measure) => chrome.runtime.getURL(documentPagePath(doc, measure)),
        openDocument: (doc, measure) => {
          const request: Request = { type: 'openDocument', document: doc, measure };
          void chrome.runtime.sendMessage(request);
        },
      },
    });
  };
  let annotator = create(settings.documents);
  const site = location.hostname;
  const enabled = () => !settings.disabledSites.includes(site);
  if (enabled()) void annotator.start();

  chrome.storage.onChanged.addListener((changes, area) => {
    if (area !== 'local') return;
    void loadSettings().then((next) => {
      settings = next;
      language = next.language;
      if (changes.documents || changes.language) {
        // Another document set needs another matcher, another language other badges: take the
        // page back to how it was and annotate it afresh.
        annotator.stop();
        if (changes.documents) annotator = create(next.documents);
      }
      if (enabled()) void annotator.start();
      else annotator.stop();
    });
  });

  chrome.runtime.onMessage.addListener((message: unknown, _sender, respond) => {
    if (!isRequest(message) || window !== window.top) return undefined;
    if (message.type === 'summary') {
      const current = annotator;
      void current.settled().then(() => respond(current.summary()));
      return true;
    }
    if (message.type === 'scrollTo') respond(annotator.scrollTo(message.kind, message.id));
    return undefined;
  });
}
