import type { FactStatus, Provenance } from './provenance.js';

// Builders for provenance records, kept apart from the zod schemas so that the registries (which ship in content
// scripts) do not pull zod into a bundle.

/** Provenance of a fact taken from the reference file at `pointer`. */
export function fromReference(pointer: string, status: FactStatus, note?: string): Provenance {
  return note === undefined
    ? { status, source: { kind: 'reference', pointer } }
    : { status, source: { kind: 'reference', pointer }, note };
}

/** Provenance of a fact the seed document states in so many words. */
export function fromSeed(quote: string, note?: string): Provenance {
  return note === undefined
    ? { status: 'verified', source: { kind: 'seed', quote } }
    : { status: 'verified', source: { kind: 'seed', quote }, note };
}

/** Provenance of a conventional form nobody checked: always `unverified`. */
export function byConvention(note?: string): Provenance {
  return note === undefined
    ? { status: 'unverified', source: { kind: 'convention' } }
    : { status: 'unverified', source: { kind: 'convention' }, note };
}
