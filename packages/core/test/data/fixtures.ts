import { readFileSync } from 'node:fs';

/** The seed document, verbatim from the repository's seeds/. */
export const seedText = readFileSync(
  new URL('../../../../seeds/qinghai-new-urbanization-2016-76.txt', import.meta.url),
  'utf8',
);

export interface ReferenceSuccessor {
  name: string;
  when: string;
  status: string;
}
export interface ReferenceAgency {
  short: string;
  full2016: string;
  full2016Status: string;
  kind: string;
  kindStatus: string;
  successors: ReferenceSuccessor[];
}
export interface ReferencePlace {
  name: string;
  fullName: string;
  code: string;
  parentCode: string;
  changes: string[];
  note?: string;
}
export interface Reference {
  about: string;
  agencies: ReferenceAgency[];
  places: ReferencePlace[];
}

/** The reference facts, as copied into the package (src/data/reference/). */
export const reference = JSON.parse(
  readFileSync(new URL('../../src/data/reference/agencies-and-places.json', import.meta.url), 'utf8'),
) as Reference;

/** Resolves an RFC 6901 JSON Pointer in `root`; throws naming the pointer when it leads nowhere. */
export function resolvePointer(root: unknown, pointer: string): unknown {
  let node: unknown = root;
  for (const raw of pointer.split('/').slice(1)) {
    const token = raw.replace(/~1/g, '/').replace(/~0/g, '~');
    if (node === null || typeof node !== 'object' || !(token in node)) {
      throw new Error(`JSON pointer ${pointer} leads nowhere in the reference (at "${token}")`);
    }
    node = (node as Record<string, unknown>)[token];
  }
  return node;
}

/**
 * The reference's status in the registry's three-value terms: statuses such as `national pattern only` say that
 * no Qinghai source was found, which is `unverified`.
 */
export function registryStatus(referenceStatus: string): 'verified' | 'partial' | 'unverified' {
  return referenceStatus === 'verified' || referenceStatus === 'partial' ? referenceStatus : 'unverified';
}
