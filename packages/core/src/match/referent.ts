import type { PolicyDocument } from '../document/schema.js';

/** What a span of text refers to. */
export type Referent =
  | { readonly kind: 'measure'; readonly document: string; readonly measure: number }
  | { readonly kind: 'agency'; readonly agency: string }
  | { readonly kind: 'region'; readonly region: string }
  | { readonly kind: 'document'; readonly document: string };

/** A found mention: `[start, end)` in the ORIGINAL text, the text as written, and what it refers to. */
export interface Mention {
  readonly start: number;
  readonly end: number;
  readonly text: string;
  /** The pattern as the matcher knows it (folded: simplified characters, ASCII punctuation). */
  readonly pattern: string;
  readonly referents: readonly Referent[];
}

/** An agency and every name it goes by (short, full, aliases, successor names). */
export interface AgencyNames {
  readonly id: string;
  readonly names: readonly string[];
}

/** A region by its GB/T 2260 code and the names pages use for it. */
export interface RegionNames {
  readonly code: string;
  readonly names: readonly string[];
}

/** The key a document goes by in referents: its document number, or its title when it has none. */
export function documentKey(document: PolicyDocument): string {
  return document.metadata.documentNumber ?? document.title;
}
