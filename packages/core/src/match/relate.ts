import type { Matcher } from './matcher.js';
import { documentKey, type Mention, type Referent } from './referent.js';

/** One phrase found on the page as evidence for a measure. */
export interface PhraseEvidence {
  readonly phrase: string;
  readonly source: 'curated' | 'title' | 'body';
  readonly weight: number;
  readonly count: number;
  /** Offsets (in the original text) where it was found. */
  readonly positions: readonly number[];
}

export interface RelatedMeasure {
  readonly document: string;
  readonly measure: number;
  readonly score: number;
  readonly phrases: readonly PhraseEvidence[];
  /** Agencies of this measure's responsibility clause that the page mentions too. */
  readonly agencies: readonly string[];
}

export type Role = 'lead' | 'supporting' | 'joint';

export interface MentionedAgency {
  readonly agency: string;
  readonly count: number;
  readonly positions: readonly number[];
  /** The agency's roles in the related measures. */
  readonly roles: ReadonlyArray<{ readonly document: string; readonly measure: number; readonly role: Role }>;
}

export interface CountedReferent {
  readonly id: string;
  readonly count: number;
  readonly positions: readonly number[];
}

export interface PageRelation {
  /** Related measures, most strongly related first. */
  readonly measures: readonly RelatedMeasure[];
  readonly agencies: readonly MentionedAgency[];
  readonly regions: readonly CountedReferent[];
  readonly documents: readonly CountedReferent[];
  /**
   * The mentions worth marking on the page: key phrases of related measures (with only the related
   * measures as referents), agencies and regions when anything is related, and document numbers.
   * Empty for a page that relates to nothing.
   */
  readonly marks: readonly Mention[];
}

/**
 * A measure is related when its evidence scores at least this much AND the evidence is a curated
 * phrase, or a title phrase with another phrase, or three distinct phrases. One mention of a title
 * phrase (2) is not enough; two body phrases are not; a curated phrase once (3) is.
 */
export const RELATED_MIN_SCORE = 3;
/** Bonus, once per measure with phrase evidence, when the page also names one of its agencies. */
const AGENCY_BONUS = 0.5;

/** How much a phrase found `count` times counts: repetition helps, with diminishing returns. */
function phraseScore(weight: number, count: number): number {
  return weight * (1 + Math.log2(count) / 2);
}

/** Mentions of one pattern: what it refers to and where it was found. */
export interface MentionGroup {
  readonly referents: readonly Referent[];
  readonly positions: number[];
}

/** Mentions grouped by pattern. Everything `relateGroups` decides depends only on the pattern. */
export type MentionGroups = Map<string, MentionGroup>;

/**
 * Add mentions to `groups` (a new map by default), their positions shifted by `offset`. A caller
 * finding mentions piece by piece (a page, node by node) keeps one map and passes each piece's offset.
 */
export function groupMentions(
  mentions: readonly Mention[],
  groups: MentionGroups = new Map(),
  offset = 0,
): MentionGroups {
  for (const mention of mentions) {
    const group = groups.get(mention.pattern);
    if (group) group.positions.push(mention.start + offset);
    else groups.set(mention.pattern, { referents: mention.referents, positions: [mention.start + offset] });
  }
  return groups;
}

/** A page's relation without the marks, and which referents of each pattern are worth marking. */
export interface GroupRelation extends Omit<PageRelation, 'marks'> {
  /** For each pattern found: the referents its mentions should be marked with (none: leave it unmarked). */
  readonly keep: ReadonlyMap<string, readonly Referent[]>;
}

/**
 * Relate grouped mentions to measures. Costs a few hundred patterns, not tens of thousands of
 * mentions: a long page relates in a millisecond or two.
 */
export function relateGroups(matcher: Matcher, groups: MentionGroups): GroupRelation {
  const evidence = new Map<
    string,
    Map<string, { source: PhraseEvidence['source']; weight: number; positions: number[] }>
  >();
  const agencies = new Map<string, number[]>();
  const regions = new Map<string, number[]>();
  const documents = new Map<string, number[]>();
  const pushAll = (map: Map<string, number[]>, key: string, at: readonly number[]) => {
    const list = map.get(key) ?? [];
    for (const p of at) list.push(p);
    map.set(key, list);
  };
  for (const [pattern, { referents, positions }] of groups) {
    for (const r of referents) {
      if (r.kind === 'agency') pushAll(agencies, r.agency, positions);
      else if (r.kind === 'region') pushAll(regions, r.region, positions);
      else if (r.kind === 'document') pushAll(documents, r.document, positions);
    }
    for (const phrase of matcher.keyPhrases(pattern)) {
      const key = measureKey(phrase.document, phrase.measure);
      const perMeasure = evidence.get(key) ?? new Map();
      const entry = perMeasure.get(phrase.phrase) ?? {
        source: phrase.source,
        weight: phrase.weight,
        positions: [],
      };
      for (const p of positions) entry.positions.push(p);
      perMeasure.set(phrase.phrase, entry);
      evidence.set(key, perMeasure);
    }
  }
  for (const list of [...agencies.values(), ...regions.values(), ...documents.values()])
    list.sort((a, b) => a - b);
  for (const perMeasure of evidence.values())
    for (const e of perMeasure.values()) e.positions.sort((a, b) => a - b);

  const related: RelatedMeasure[] = [];
  for (const [key, phrases] of evidence) {
    const [document, number] = splitMeasureKey(key);
    const list: PhraseEvidence[] = [...phrases.entries()].map(([phrase, e]) => ({
      phrase,
      source: e.source,
      weight: e.weight,
      count: e.positions.length,
      positions: e.positions,
    }));
    let score = list.reduce((sum, p) => sum + phraseScore(p.weight, p.count), 0);
    const strong =
      list.some((p) => p.source === 'curated') ||
      (list.some((p) => p.source === 'title') && list.length >= 2) ||
      list.length >= 3;
    const measureAgencies = responsibleAgencies(matcher, document, number).filter((id) => agencies.has(id));
    if (measureAgencies.length > 0) score += AGENCY_BONUS;
    if (score < RELATED_MIN_SCORE || !strong) continue;
    list.sort(
      (a, b) =>
        phraseScore(b.weight, b.count) - phraseScore(a.weight, a.count) ||
        (a.positions[0] ?? 0) - (b.positions[0] ?? 0),
    );
    related.push({
      document,
      measure: number,
      score: Math.round(score * 100) / 100,
      phrases: list,
      agencies: measureAgencies,
    });
  }
  related.sort((a, b) => b.score - a.score || a.measure - b.measure);

  const relatedKeys = new Set(related.map((m) => measureKey(m.document, m.measure)));
  const anything = related.length > 0;
  const keep = new Map<string, Referent[]>();
  for (const [pattern, { referents }] of groups) {
    keep.set(
      pattern,
      referents.filter((r) => {
        if (r.kind === 'measure') return relatedKeys.has(measureKey(r.document, r.measure));
        if (r.kind === 'document') return true;
        return anything;
      }),
    );
  }
  const agencyList: MentionedAgency[] = [...agencies.entries()].map(([agency, positions]) => ({
    agency,
    count: positions.length,
    positions,
    roles: related.flatMap((m) => rolesOf(matcher, m.document, m.measure, agency)),
  }));
  agencyList.sort((a, b) => b.roles.length - a.roles.length || b.count - a.count);
  const counted = (map: Map<string, number[]>): CountedReferent[] =>
    [...map.entries()]
      .map(([id, positions]) => ({ id, count: positions.length, positions }))
      .sort((a, b) => b.count - a.count);

  return {
    measures: related,
    agencies: anything ? agencyList : [],
    regions: anything ? counted(regions) : [],
    documents: counted(documents),
    keep,
  };
}

/** Relate the mentions found in a page (from `matcher.find`, possibly collected node by node) to measures. */
export function relateMentions(matcher: Matcher, mentions: readonly Mention[]): PageRelation {
  const { keep, ...relation } = relateGroups(matcher, groupMentions(mentions));
  const marks: Mention[] = [];
  for (const mention of mentions) {
    const kept = keep.get(mention.pattern) ?? [];
    if (kept.length > 0)
      marks.push(kept.length === mention.referents.length ? mention : { ...mention, referents: kept });
  }
  return { ...relation, marks };
}

/** Find every mention in a page's text and relate the page to measures. */
export function relatePage(matcher: Matcher, text: string): PageRelation {
  return relateMentions(matcher, matcher.find(text));
}

function measureKey(document: string, measure: number): string {
  return `${document}\u0000${measure}`;
}

function splitMeasureKey(key: string): [string, number] {
  const at = key.lastIndexOf('\u0000');
  return [key.slice(0, at), Number(key.slice(at + 1))];
}

function responsibility(matcher: Matcher, document: string, measure: number) {
  const doc = matcher.documents.find((d) => documentKey(d) === document);
  return doc?.measures.find((m) => m.number === measure)?.responsibility ?? null;
}

function responsibleAgencies(matcher: Matcher, document: string, measure: number): string[] {
  const r = responsibility(matcher, document, measure);
  if (!r) return [];
  return [...r.lead, ...r.supporting, ...r.joint].map((name) => matcher.agencyId(name) ?? name);
}

function rolesOf(matcher: Matcher, document: string, measure: number, agency: string) {
  const r = responsibility(matcher, document, measure);
  if (!r) return [];
  const roles: Array<{ document: string; measure: number; role: Role }> = [];
  const has = (names: readonly string[]) => names.some((n) => (matcher.agencyId(n) ?? n) === agency);
  if (has(r.lead)) roles.push({ document, measure, role: 'lead' });
  if (has(r.supporting)) roles.push({ document, measure, role: 'supporting' });
  if (has(r.joint)) roles.push({ document, measure, role: 'joint' });
  return roles;
}
