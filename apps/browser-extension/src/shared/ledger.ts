import type { Measure, PolicyDocument } from '@taizhang/core/document';
import { documentKey } from '@taizhang/core/match';

/** What the card and the document page show for one measure: its place in the document and its owners. */
export interface MeasureLedger {
  document: string;
  documentTitle: string;
  number: number;
  numeral: string;
  title: string;
  section: string;
  lead: string[];
  supporting: string[];
  joint: string[];
  local: string[];
  targets: string[];
}

/** The targets and deadlines of a measure, as lines of text. */
export type TargetsOf = (document: PolicyDocument, measure: Measure) => string[];

export function measureLedger(
  document: PolicyDocument,
  measure: Measure,
  targetsOf?: TargetsOf,
): MeasureLedger {
  const section = document.sections.find((s) => s.number === measure.section);
  const r = measure.responsibility;
  return {
    document: documentKey(document),
    documentTitle: document.title,
    number: measure.number,
    numeral: measure.numeral,
    title: measure.title,
    section: section ? `${section.numeral}、${section.title}` : '',
    lead: r?.lead ?? [],
    supporting: r?.supporting ?? [],
    joint: r?.joint ?? [],
    local: r?.local ?? [],
    targets: targetsOf ? targetsOf(document, measure) : [],
  };
}

/** The page anchor of a measure in the full-document page. */
export function measureAnchor(measure: number): string {
  return `m${measure}`;
}

/** The full-document page's path for a measure (relative to the extension root). */
export function documentPagePath(document: string, measure?: number): string {
  const anchor = measure === undefined ? '' : `#${measureAnchor(measure)}`;
  return `document.html?doc=${encodeURIComponent(document)}${anchor}`;
}
