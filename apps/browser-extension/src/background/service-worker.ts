import { documentPagePath } from '../shared/ledger.js';
import { Library } from '../shared/library.js';
import { isRequest } from '../shared/messages.js';
import { loadSettings } from '../shared/settings.js';
import { TargetBook } from '../shared/targets.js';

/**
 * The service worker reads a measure's targets for the card (the extractor stays out of the content
 * script), opens the full-document page for a card's link (a web page may not open an
 * extension page itself, and listing the page as web-accessible would let any site probe for the
 * extension), and re-registers the content script on sites the user added.
 */
const book = new TargetBook();

chrome.runtime.onMessage.addListener((message: unknown, _sender, respond) => {
  if (!isRequest(message) || message.type !== 'targets') return undefined;
  void loadSettings().then((settings) => {
    const document = new Library(settings.documents).document(message.document);
    respond(document ? book.of(document, message.measure) : []);
  });
  return true;
});

chrome.runtime.onMessage.addListener((message: unknown, sender) => {
  if (!isRequest(message) || message.type !== 'openDocument') return undefined;
  const url = chrome.runtime.getURL(documentPagePath(message.document, message.measure));
  void chrome.tabs.create({
    url,
    ...(sender.tab?.index !== undefined ? { index: sender.tab.index + 1 } : {}),
  });
  return undefined;
});

chrome.runtime.onInstalled.addListener(() => {
  void syncAddedSites();
});

/** Register the content script for every added site we still hold a permission for. */
export async function syncAddedSites(): Promise<void> {
  const { addedSites } = await chrome.storage.local.get('addedSites');
  const sites = Array.isArray(addedSites) ? addedSites.filter((s): s is string => typeof s === 'string') : [];
  const granted = await chrome.permissions.getAll();
  const matches = sites.filter((s) => granted.origins?.includes(s));
  const existing = await chrome.scripting.getRegisteredContentScripts({ ids: ['added-sites'] });
  if (existing.length > 0) await chrome.scripting.unregisterContentScripts({ ids: ['added-sites'] });
  if (matches.length === 0) return;
  await chrome.scripting.registerContentScripts([
    { id: 'added-sites', matches, js: ['content.js'], runAt: 'document_idle', allFrames: true },
  ]);
}

chrome.storage.onChanged.addListener((changes, area) => {
  if (area === 'local' && changes.addedSites) void syncAddedSites();
});
chrome.permissions.onRemoved.addListener(() => {
  void syncAddedSites();
});
