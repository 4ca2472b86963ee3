import { type Agency, agencyById, regionByCode, regionById, seedDocument } from '@taizhang/core/data';
import { extractTargets, type PolicyDocument, type Target } from '@taizhang/core/document';
import { buildMatcher, documentKey, type Matcher, matcherSources } from '@taizhang/core/match';
import { type MeasureLedger, measureLedger } from './ledger.js';

/**
 * The documents the extension knows (the built-in seed first, then the user's) and the matcher
 * built from them, with the look-ups the card, popup and document page need.
 */
export class Library {
  readonly documents: readonly PolicyDocument[];
  private matcherCache: Matcher | null = null;
  private readonly targets = new Map<PolicyDocument, Target[]>();

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
    return doc && m ? measureLedger(doc, m, (d, measure) => this.targetsOf(d, measure.number)) : null;
  }

  /** The measure's targets from core's extractor, each as its clause and its deadline. */
  targetsOf(document: PolicyDocument, measure: number): string[] {
    let all = this.targets.get(document);
    if (!all) {
      all = extractTargets(document);
      this.targets.set(document, all);
    }
    return all.filter((t) => t.measure === measure).map(describeTarget);
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

function describeTarget(target: Target): string {
  const when =
    target.deadline !== null
      ? `${target.deadline}年`
      : target.withinYears !== null
        ? `${target.withinYears}年内`
        : target.recurrence === 'yearly'
          ? '每年'
          : '';
  return when && !target.text.includes(when) ? `${target.text}（${when}）` : target.text;
}
