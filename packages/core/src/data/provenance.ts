import { z } from 'zod';

/**
 * How sure we are of a fact, in the reference file's terms:
 * - `verified`: a public source states it;
 * - `partial`: consistent with what is in use and with the national reform, but no Qinghai text states it;
 * - `unverified`: the standard or conventional form; no source was found.
 */
export const FactStatus = z.enum(['verified', 'partial', 'unverified']);
export type FactStatus = z.infer<typeof FactStatus>;

/** Where a fact comes from. */
export const FactSource = z.discriminatedUnion('kind', [
  /**
   * The reference file `data/reference/agencies-and-places.json`, at a JSON Pointer (RFC 6901),
   * e.g. `/agencies/5/successors/0`. Tests check that the registry agrees with it there.
   */
  z.object({ kind: z.literal('reference'), pointer: z.string().startsWith('/') }),
  /** The seed document itself, which contains `quote` verbatim. */
  z.object({ kind: z.literal('seed'), quote: z.string().min(1) }),
  /** Common usage (e.g. an abbreviation like 省发改委); no source was checked. Always `unverified`. */
  z.object({ kind: z.literal('convention') }),
]);
export type FactSource = z.infer<typeof FactSource>;

export const Provenance = z.object({
  status: FactStatus,
  source: FactSource,
  /** What the source adds or hedges, e.g. `2018 (Qinghai date unverified)`. */
  note: z.string().optional(),
});
export type Provenance = z.infer<typeof Provenance>;
