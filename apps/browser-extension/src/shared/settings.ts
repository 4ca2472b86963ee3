import type { PolicyDocument } from '@taizhang/core/document';
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

/** Checks a stored document; returns it, or null to drop it. */
export type DocumentCheck = (value: unknown) => PolicyDocument | null;

/**
 * The shape check the content script and the popup use. The options page validates a document in
 * full (zod) before storing it; this only guards against a damaged store, and keeps zod out of the
 * content script.
 */
export const looksLikeDocument: DocumentCheck = (value) => {
  if (typeof value !== 'object' || value === null) return null;
  const d = value as Partial<PolicyDocument>;
  const ok =
    typeof d.title === 'string' &&
    typeof d.metadata === 'object' &&
    d.metadata !== null &&
    Array.isArray(d.sections) &&
    Array.isArray(d.measures) &&
    d.measures.every(
      (m) => typeof m?.number === 'number' && typeof m.text === 'string' && typeof m.title === 'string',
    );
  return ok ? (value as PolicyDocument) : null;
};

/** Read settings, dropping anything malformed rather than failing: a bad stored value must not stop annotation. */
export async function loadSettings(check: DocumentCheck = looksLikeDocument): Promise<Settings> {
  const stored = await chrome.storage.local.get(['language', 'disabledSites', 'addedSites', 'documents']);
  const strings = (v: unknown) =>
    Array.isArray(v) ? v.filter((s): s is string => typeof s === 'string') : [];
  const documents = Array.isArray(stored.documents)
    ? stored.documents.flatMap((d: unknown) => {
        const document = check(d);
        return document ? [document] : [];
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
