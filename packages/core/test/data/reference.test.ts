import { describe, expect, it } from 'vitest';
import { agencies, type Provenance, regionById, regions } from '../../src/data/index.js';
import {
  type ReferenceAgency,
  type ReferencePlace,
  reference,
  registryStatus,
  resolvePointer,
  seedText,
} from './fixtures.js';

/** The reference entry a provenance points into, and the rest of the pointer. */
function pointed(p: Provenance): { entry: unknown; path: string[] } {
  if (p.source.kind !== 'reference') throw new Error(`expected a reference source, got ${p.source.kind}`);
  const parts = p.source.pointer.split('/');
  return { entry: resolvePointer(reference, parts.slice(0, 3).join('/')), path: parts.slice(3) };
}

/** `青海省机构编制委员会办公室 (unverified)` → the name without the hedge. */
function bareName(name: string): string {
  return name.replace(/\s*\(unverified\)\s*$/, '').replace(/\s*—\s*unverified$/, '');
}

describe('the agency registry agrees with the reference file', () => {
  it('has one record for each of the reference’s 38 agencies, in its order, under the same short name', () => {
    expect(reference.agencies).toHaveLength(38);
    agencies().forEach((agency, i) => {
      expect(agency.provenance.full.source).toEqual({
        kind: 'reference',
        pointer: `/agencies/${i}/full2016`,
      });
      expect(reference.agencies[i]?.short).toBe(agency.short);
    });
  });

  it('gives each full name with exactly the reference’s status', () => {
    for (const agency of agencies()) {
      const { entry } = pointed(agency.provenance.full);
      const ref = entry as ReferenceAgency;
      expect(agency.full, agency.short).toBe(bareName(ref.full2016));
      expect(agency.provenance.full.status, agency.short).toBe(registryStatus(ref.full2016Status));
    }
  });

  it('gives each kind with exactly the reference’s status, quoting the reference’s description', () => {
    for (const agency of agencies()) {
      const ref = pointed(agency.provenance.kind).entry as ReferenceAgency;
      expect(agency.provenance.kind.status, agency.short).toBe(registryStatus(ref.kindStatus));
      expect(agency.provenance.kind.note, agency.short).toBe(ref.kind);
    }
  });

  it('gives each successor from the reference entry it cites, with its status and date', () => {
    for (const agency of agencies()) {
      for (const successor of agency.successors) {
        const target = resolvePointer(
          reference,
          successor.provenance.source.kind === 'reference' ? successor.provenance.source.pointer : '/missing',
        );
        const ref = target as { name: string; when: string; status: string };
        expect(ref.name, `${agency.short} → ${successor.name}`).toContain(successor.name);
        if (successor.short !== null) expect(ref.name).toContain(successor.short);
        expect(successor.provenance.status, `${agency.short} → ${successor.name}`).toBe(
          registryStatus(ref.status),
        );
        expect(successor.provenance.note).toContain(ref.when);
        if (successor.since !== null) expect(ref.when).toContain(successor.since);
      }
    }
  });

  it('leaves out none of the reference’s successors', () => {
    const cited = new Set(
      agencies().flatMap((a) =>
        a.successors.map((s) =>
          s.provenance.source.kind === 'reference' ? s.provenance.source.pointer : '',
        ),
      ),
    );
    reference.agencies.forEach((ref, i) => {
      ref.successors.forEach((_, j) => {
        expect(cited.has(`/agencies/${i}/successors/${j}`), `${ref.short} successor ${j}`).toBe(true);
      });
    });
  });
});

describe('the region registry agrees with the reference file', () => {
  const withEntry = regions().filter((r) => r.provenance.name.source.kind === 'reference');

  it('has a record for each place of the reference the document names', () => {
    const cited = new Set(withEntry.map((r) => pointed(r.provenance.name).entry));
    for (const place of reference.places) {
      if (cited.has(place)) continue;
      // The reference lists 德令哈市 too, but the document never names it.
      expect(place.name).toBe('德令哈');
      expect(seedText).not.toContain('德令哈');
    }
    expect(cited.size).toBe(reference.places.length - 1);
  });

  it('gives each name, code and parent as the reference does', () => {
    for (const region of withEntry) {
      const place = pointed(region.provenance.name).entry as ReferencePlace;
      expect(place.fullName, region.name).toContain(region.name);
      if (region.gbCode !== null) expect(place.code.startsWith(region.gbCode), region.name).toBe(true);
      if (region.statisticalCode !== null) {
        expect(place.code.startsWith(region.statisticalCode), region.name).toBe(true);
        expect(place.code).toContain('NBS');
      }
      expect(regionById(region.parent ?? '')?.gbCode, region.name).toBe(place.parentCode);
    }
  });

  it('marks GB/T 2260 codes verified (checked against the MCA tables) and NBS codes unverified', () => {
    expect(reference.about).toContain('checked against the Ministry of Civil Affairs tables');
    for (const region of regions()) {
      if (region.gbCode !== null) expect(region.provenance.gbCode?.status, region.name).toBe('verified');
      if (region.statisticalCode !== null) {
        expect(region.provenance.statisticalCode?.status, region.name).toBe('unverified');
      }
    }
  });

  it('records each change the reference records, with its year, approval and new code', () => {
    for (const region of withEntry) {
      const place = pointed(region.provenance.name).entry as ReferencePlace;
      const said = JSON.stringify(place);
      const substantive = place.changes.filter((c) => !c.startsWith('no change'));
      expect(region.changes.length, region.name).toBe(substantive.length);
      for (const change of region.changes) {
        expect(said).toContain(change.date.slice(0, 4));
        if (change.authority !== null) expect(said).toContain(change.authority);
        if (change.gbCode !== null) expect(said).toContain(change.gbCode);
      }
    }
  });

  it('cites the seed verbatim wherever it names the seed as a source', () => {
    const quotes = [
      ...agencies().map((a) => a.provenance.short),
      ...regions().flatMap((r) => [r.provenance.name, r.provenance.short]),
    ].flatMap((p) => (p.source.kind === 'seed' ? [p.source.quote] : []));
    expect(quotes.length).toBeGreaterThan(50);
    for (const quote of quotes) expect(seedText, quote).toContain(quote);
  });
});
