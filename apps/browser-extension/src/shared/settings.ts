import { PolicyDocument } from '@taizhang/core/document';
import { isLanguage, type Language } from './i18n.js';

/** What the extension keeps in chrome.storage.local. */
export interface Settings {
  language: Language;
  /** Hostnames where the user turned annotation off. */
  disabledSites: string[];
  /** Origin patterns (`https://example.org/*`) the user added from the popup. */
  addedSites: string[];
  /** Documents the user added on the options page, besides the built-in seed. */
  documents: PolicyDocument[];
}

export const DEFAULT_SETTINGS: Settings = {
  language: 'zh_CN',
  disabledSites: [],
  addedSites: [],
  documents: [],
};

/** Read settings, dropping anything malformed rather than failing: a bad stored value must not stop annotation. */
export async function loadSettings(): Promise<Settings> {
  const stored = await chrome.storage.local.get(['language', 'disabledSites', 'addedSites', 'documents']);
  const strings = (v: unknown) =>
    Array.isArray(v) ? v.filter((s): s is string => typeof s === 'string') : [];
  const documents = Array.isArray(stored.documents)
    ? stored.documents.flatMap((d: unknown) => {
        const parsed = PolicyDocument.safeParse(d);
        return parsed.success ? [parsed.data] : [];
      })
    : [];
  return {
    language: isLanguage(stored.language) ? stored.language : DEFAULT_SETTINGS.language,
    disabledSites: strings(stored.disabledSites),
    addedSites: strings(stored.addedSites),
    documents,
  };
}

export async function saveSettings(patch: Partial<Settings>): Promise<void> {
  await chrome.storage.local.set(patch);
}
