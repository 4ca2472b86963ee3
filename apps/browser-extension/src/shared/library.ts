import { type Agency, agencyById, regionByCode, regionById, seedDocument } from '@taizhang/core/data';
import type { PolicyDocument } from '@taizhang/core/document';
import { buildMatcher, documentKey, type Matcher, matcherSources } from '@taizhang/core/match';
import { type MeasureLedger, measureLedger } from './ledger.js';

/**
 * The documents the extension knows (the built-in seed first, then the user's) and the matcher
 * built from them, with the look-ups the card, popup and document page need.
 */
export class Library {
  readonly documents: readonly PolicyDocument[];
  private matcherCache: Matcher | null = null;

  constructor(userDocuments: readonly PolicyDocument[] = []) {
    const seedKey = documentKey(seedDocument);
    this.documents = [seedDocument, ...userDocuments.filter((d) => documentKey(d) !== seedKey)];
  }

  get matcher(): Matcher {
    this.matcherCache ??= buildMatcher(matcherSources(this.documents));
    return this.matcherCache;
  }

  document(key: string): PolicyDocument | undefined {
    return this.documents.find((d) => documentKey(d) === key);
  }

  ledger(document: string, measure: number): MeasureLedger | null {
    const doc = this.document(document);
    const m = doc?.measures.find((x) => x.number === measure);
    return doc && m ? measureLedger(doc, m) : null;
  }

  agencyName(id: string): string {
    const agency: Agency | undefined = agencyById(id);
    return agency?.short ?? id;
  }

  regionName(code: string): string {
    return (regionByCode(code) ?? regionById(code))?.short ?? code;
  }
}

export const SEED_KEY = documentKey(seedDocument);
