import { agencies } from '../data/agencies-lookup.js';
import { regions } from '../data/regions-lookup.js';
import { seedDocument } from '../data/seed-document.generated.js';
import type { PolicyDocument } from '../document/schema.js';
import type { MatcherSources } from './matcher.js';
import { agencyNames, regionNames } from './registry.js';

/**
 * What to build a matcher from: the given documents (the seed by default; pass more, e.g. the ones a
 * user added) with core's agency and region registries.
 */
export function matcherSources(documents: readonly PolicyDocument[] = [seedDocument]): MatcherSources {
  return { documents, agencies: agencyNames(agencies()), regions: regionNames(regions()) };
}
