import type { PolicyDocument } from '../document/schema.js';
import { Automaton } from './automaton.js';
import type { CuratedPhrase } from './curated.js';
import { documentNumberParts, documentNumberPattern } from './document-number.js';
import { foldPattern, foldText, originalSpan } from './normalize.js';
import { deriveKeyPhrases, type KeyPhrase } from './phrases.js';
import { type AgencyNames, documentKey, type Mention, type Referent, type RegionNames } from './referent.js';

/** What the matcher is built from. Any documents: the seed, or ones a user added. */
export interface MatcherSources {
  readonly documents: readonly PolicyDocument[];
  readonly agencies: readonly AgencyNames[];
  readonly regions: readonly RegionNames[];
  /** Defaults to the curated list in `curated.ts`. */
  readonly curated?: readonly CuratedPhrase[];
}

/** A key phrase with the document it belongs to. */
export interface DocumentKeyPhrase extends KeyPhrase {
  readonly document: string;
}

interface Pattern {
  readonly text: string;
  readonly referents: Referent[];
}

/** Found in folded text, before overlap resolution. */
interface Candidate {
  readonly start: number;
  readonly end: number;
  readonly pattern: Pattern;
}

/**
 * Finds mentions of measures, agencies, regions and document numbers in any text.
 * Build once (it compiles every pattern into one automaton) and reuse for every text.
 */
export class Matcher {
  readonly documents: readonly PolicyDocument[];
  private readonly automaton: Automaton;
  private readonly patterns: Pattern[] = [];
  private readonly phraseEvidence = new Map<string, DocumentKeyPhrase[]>();
  private readonly agencyByName = new Map<string, string>();
  private readonly documentNumbers: Array<{ regex: RegExp; pattern: Pattern }> = [];
  private evidenceOf = new Map<string, DocumentKeyPhrase[]>();

  constructor(sources: MatcherSources) {
    this.documents = sources.documents;
    const byText = new Map<string, Pattern>();
    const pattern = (text: string, referent: Referent) => {
      const folded = foldPattern(text);
      if (folded.length < 2) return; // one character is never a mention
      let p = byText.get(folded);
      if (!p) {
        p = { text: folded, referents: [] };
        byText.set(folded, p);
      }
      if (!p.referents.some((r) => sameReferent(r, referent))) p.referents.push(referent);
    };

    for (const agency of sources.agencies) {
      for (const name of agency.names) {
        pattern(name, { kind: 'agency', agency: agency.id });
        this.agencyByName.set(foldPattern(name), agency.id);
      }
    }
    for (const region of sources.regions)
      for (const name of region.names) pattern(name, { kind: 'region', region: region.code });
    for (const document of sources.documents) {
      const key = documentKey(document);
      for (const phrase of deriveKeyPhrases(document, sources.curated)) {
        // An agency or region name is evidence of that agency or region, not of a measure.
        const existing = byText.get(phrase.phrase);
        if (existing?.referents.some((r) => r.kind !== 'measure')) continue;
        pattern(phrase.phrase, { kind: 'measure', document: key, measure: phrase.measure });
        const list = this.phraseEvidence.get(phrase.phrase) ?? [];
        list.push({ ...phrase, document: key });
        this.phraseEvidence.set(phrase.phrase, list);
      }
      const number = document.metadata.documentNumber;
      const parts = number ? documentNumberParts(number) : null;
      if (parts) {
        this.documentNumbers.push({
          regex: documentNumberPattern(parts),
          pattern: { text: foldPattern(number as string), referents: [{ kind: 'document', document: key }] },
        });
      }
    }
    this.patterns = [...byText.values()];
    this.automaton = new Automaton(this.patterns.map((p) => p.text));
    this.indexContainedPhrases();
  }

  /**
   * A longer phrase wins the overlap (`海绵城市建设` over `海绵城市`), but the evidence it carries is
   * the best of every key phrase inside it, per measure: the mention counts as the curated 海绵城市.
   */
  private indexContainedPhrases(): void {
    const contained = new Map<string, DocumentKeyPhrase[]>();
    for (const pattern of this.patterns) {
      const best = new Map<string, DocumentKeyPhrase>();
      for (const m of this.automaton.findAll(pattern.text)) {
        for (const phrase of this.phraseEvidence.get((this.patterns[m.pattern] as Pattern).text) ?? []) {
          const key = `${phrase.document}\u0000${phrase.measure}`;
          const current = best.get(key);
          if (
            !current ||
            phrase.weight > current.weight ||
            (phrase.weight === current.weight && phrase.phrase.length > current.phrase.length)
          ) {
            best.set(key, phrase);
          }
        }
      }
      if (best.size > 0) contained.set(pattern.text, [...best.values()]);
    }
    this.evidenceOf = contained;
  }

  /** The distinct patterns compiled into the automaton, folded (for comparisons, e.g. a regular-expression baseline). */
  patternTexts(): string[] {
    return this.patterns.map((p) => p.text);
  }

  /** Number of distinct patterns compiled into the automaton (document-number expressions aside). */
  get patternCount(): number {
    return this.patterns.length;
  }

  /**
   * The evidence a mention of a pattern gives: per measure, the best key phrase the pattern is or
   * contains (a phrase may be evidence for several measures).
   */
  keyPhrases(pattern: string): readonly DocumentKeyPhrase[] {
    return this.evidenceOf.get(pattern) ?? [];
  }

  /** Every key phrase of every document. */
  allKeyPhrases(): DocumentKeyPhrase[] {
    return [...this.phraseEvidence.values()].flat();
  }

  /** The registry id for an agency name as a document writes it, or null when the registry does not know it. */
  agencyId(name: string): string | null {
    return this.agencyByName.get(foldPattern(name)) ?? null;
  }

  document(key: string): PolicyDocument | undefined {
    return this.documents.find((d) => documentKey(d) === key);
  }

  /**
   * Every mention in `text`, in order, not overlapping: where patterns overlap the one starting
   * first wins, and of those the longest (`青海省住房和城乡建设厅` over `住房`).
   */
  find(text: string): Mention[] {
    const folded = foldText(text);
    const candidates: Candidate[] = [];
    for (const m of this.automaton.findAll(folded.text)) {
      candidates.push({ start: m.start, end: m.end, pattern: this.patterns[m.pattern] as Pattern });
    }
    for (const { regex, pattern } of this.documentNumbers) {
      regex.lastIndex = 0;
      for (let m = regex.exec(folded.text); m; m = regex.exec(folded.text)) {
        candidates.push({ start: m.index, end: m.index + m[0].length, pattern });
      }
    }
    candidates.sort((a, b) => a.start - b.start || b.end - a.end);
    const mentions: Mention[] = [];
    let reached = 0;
    for (const c of candidates) {
      if (c.start < reached) continue;
      reached = c.end;
      const span = originalSpan(folded, c.start, c.end);
      mentions.push({
        ...span,
        text: text.slice(span.start, span.end),
        pattern: c.pattern.text,
        referents: c.pattern.referents,
      });
    }
    return mentions;
  }
}

function sameReferent(a: Referent, b: Referent): boolean {
  if (a.kind !== b.kind) return false;
  switch (a.kind) {
    case 'measure':
      return b.kind === 'measure' && a.document === b.document && a.measure === b.measure;
    case 'agency':
      return b.kind === 'agency' && a.agency === b.agency;
    case 'region':
      return b.kind === 'region' && a.region === b.region;
    case 'document':
      return b.kind === 'document' && a.document === b.document;
  }
}

/** Build a matcher from documents and the agency and region registries. */
export function buildMatcher(sources: MatcherSources): Matcher {
  return new Matcher(sources);
}
