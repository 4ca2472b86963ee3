export { Automaton, type AutomatonMatch } from './automaton.js';
export { CURATED_PHRASES, type CuratedPhrase } from './curated.js';
export { documentNumberParts, documentNumberPattern, type DocumentNumberParts } from './document-number.js';
export { buildMatcher, Matcher, type DocumentKeyPhrase, type MatcherSources } from './matcher.js';
export { foldCode, foldPattern, foldText, originalSpan, type FoldedText } from './normalize.js';
export { candidatePhrases, deriveKeyPhrases, isGenericPhrase, measureContent, PHRASE_WEIGHT, type KeyPhrase } from './phrases.js';
export {
  RELATED_MIN_SCORE,
  relateMentions,
  relatePage,
  type CountedReferent,
  type MentionedAgency,
  type PageRelation,
  type PhraseEvidence,
  type RelatedMeasure,
  type Role,
} from './relate.js';
export { documentKey, type AgencyNames, type Mention, type Referent, type RegionNames } from './referent.js';
export { agencyNames, regionNames } from './registry.js';
export { matcherSources } from './sources.js';
