/**
 * Find, in any text, what a policy document's ledger knows: measures (by key phrases derived from
 * each measure's own text plus a curated list), agencies (every name, successors included), regions
 * and document numbers — simplified or traditional, full-width or ASCII — in one Aho–Corasick pass.
 *
 * ```ts
 * const matcher = buildMatcher(matcherSources([seedDocument, ...userDocuments])); // once
 * const relation = relatePage(matcher, pageText); // relation.measures ranked with evidence; relation.marks to show
 * ```
 * `matcher.find(text)` gives every mention with its span in the original text; `relateMentions`
 * relates mentions collected piece by piece (a browser page, node by node).
 */
export { Automaton, type AutomatonMatch } from './automaton.js';
export { CURATED_PHRASES, type CuratedPhrase } from './curated.js';
export { type DocumentNumberParts, documentNumberParts, documentNumberPattern } from './document-number.js';
export { buildMatcher, type DocumentKeyPhrase, Matcher, type MatcherSources } from './matcher.js';
export { type FoldedText, foldCode, foldPattern, foldText, originalSpan } from './normalize.js';
export {
  candidatePhrases,
  deriveKeyPhrases,
  isGenericPhrase,
  type KeyPhrase,
  measureContent,
  PHRASE_WEIGHT,
} from './phrases.js';
export { type AgencyNames, documentKey, type Mention, type Referent, type RegionNames } from './referent.js';
export { agencyNames, regionNames } from './registry.js';
export {
  type CountedReferent,
  type GroupRelation,
  groupMentions,
  type MentionedAgency,
  type MentionGroup,
  type MentionGroups,
  type PageRelation,
  type PhraseEvidence,
  RELATED_MIN_SCORE,
  type RelatedMeasure,
  type Role,
  relateGroups,
  relateMentions,
  relatePage,
} from './relate.js';
export { matcherSources } from './sources.js';
