import { z } from 'zod';
import { Provenance } from './provenance.js';
import { byConvention, fromReference } from './provenance-facts.js';
import { REGIONS } from './regions-registry.js';

/**
 * A set of regions the document names as one (藏区六州, 海西西部三行委). Not a division: it has no code, and
 * `findRegion` does not return it.
 */
export const RegionGroup = z.object({
  /** As the document writes it. */
  name: z.string().min(1),
  aliases: z.array(z.string().min(1)),
  /** Region ids of the members. */
  members: z.array(z.string()),
  provenance: Provenance,
});
export type RegionGroup = z.infer<typeof RegionGroup>;

const GROUPS: readonly RegionGroup[] = [
  {
    name: '藏区六州',
    aliases: ['青海藏区六州'],
    // The six prefectures whose names say 藏族自治州: every prefecture but 西宁市 and 海东市.
    members: REGIONS.filter((r) => r.level === 'prefecture' && r.name.includes('藏族自治州')).map(
      (r) => r.id,
    ),
    provenance: byConvention('the document names the group, not its members; read as the six 藏族自治州'),
  },
  {
    name: '海西西部三行委',
    aliases: ['海西西部行委', '三行委'],
    members: REGIONS.filter((r) => r.type === '行政委员会' && r.parent === '632800').map((r) => r.id),
    provenance: fromReference(
      '/places/25/name',
      'unverified',
      'the reference labels 冷湖, 大柴旦 and 茫崖 "海西西部行委" but cites no source for the grouping',
    ),
  },
];

/** The groups of regions the document names, e.g. 海西西部三行委. */
export function regionGroups(): readonly RegionGroup[] {
  return GROUPS;
}

/** The group a name denotes (藏区六州, 海西西部三行委), or undefined. */
export function findRegionGroup(name: string): RegionGroup | undefined {
  const key = name.normalize('NFKC').replace(/\s+/g, '');
  return GROUPS.find((g) => g.name === key || g.aliases.includes(key));
}
