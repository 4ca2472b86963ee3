import type { Provenance } from './provenance.js';
import { byConvention, fromReference, fromSeed } from './provenance-facts.js';
import type { Region, RegionChange, RegionLevel, RegionType } from './regions.js';

/*
 * Qinghai, its 8 prefecture-level divisions, and the counties, county-level cities, districts, towns and
 * 行政委员会 that 青政〔2016〕76号 names, as they were in 2016. Codes and later changes come from the reference
 * file (data/reference/agencies-and-places.json, `places[ref]`), whose GB/T 2260 codes were checked against the
 * Ministry of Civil Affairs tables for 2016 and 2024, hence `verified`. The 行委 have no GB/T 2260 code: the
 * reference gives National Bureau of Statistics codes for them without saying they were checked, so those are
 * `unverified`. Towns have no code here at all; that they belong to their county is what the seed itself writes
 * (大通县城关镇). Short names found in the seed cite it; other short names and all aliases are convention.
 */

interface ChangeInput {
  date: string;
  kind: RegionChange['kind'];
  name: string | null;
  gbCode: string | null;
  authority: string | null;
  description: string;
}

interface RegionInput {
  id: string;
  name: string;
  short: string;
  /** The seed writes `short` verbatim. */
  shortInSeed: boolean;
  aliases?: string[];
  level: RegionLevel;
  type: RegionType;
  gbCode: string | null;
  statisticalCode?: string;
  parent: string | null;
  /** Index into the reference's `places`; null when the reference has no entry. */
  ref: number | null;
  /** Provenance of the name when the reference has no entry. */
  nameProvenance?: Provenance;
  /** Provenance of the code when the reference has no entry of its own. */
  gbCodeProvenance?: Provenance;
  changes?: ChangeInput[];
}

function region(input: RegionInput): Region {
  const at = input.ref === null ? null : `/places/${input.ref}`;
  const fromPlace = (field: string, status: 'verified' | 'unverified', note?: string): Provenance => {
    if (at === null) throw new Error(`region ${input.id}: no reference entry for ${field}`);
    return fromReference(`${at}/${field}`, status, note);
  };
  return {
    id: input.id,
    name: input.name,
    short: input.short,
    aliases: input.aliases ?? [],
    level: input.level,
    type: input.type,
    gbCode: input.gbCode,
    statisticalCode: input.statisticalCode ?? null,
    parent: input.parent,
    changes: (input.changes ?? []).map((c) => ({ ...c, provenance: fromPlace('changes', 'verified') })),
    provenance: {
      name: input.nameProvenance ?? fromPlace('fullName', 'verified'),
      short: input.shortInSeed ? fromSeed(input.short) : byConvention(),
      gbCode: input.gbCode === null ? null : (input.gbCodeProvenance ?? fromPlace('code', 'verified')),
      statisticalCode:
        input.statisticalCode === undefined
          ? null
          : fromPlace(
              'code',
              'unverified',
              'NBS 统计用区划代码 as the reference gives it; the reference does not say it was checked',
            ),
      aliases: byConvention(),
    },
  };
}

const QINGHAI = '630000';

function prefecture(
  ref: number,
  gbCode: string,
  name: string,
  short: string,
  type: RegionType,
  shortInSeed: boolean,
  aliases: string[] = [],
  changes: ChangeInput[] = [],
): Region {
  return region({
    id: gbCode,
    name,
    short,
    shortInSeed,
    aliases,
    level: 'prefecture',
    type,
    gbCode,
    parent: QINGHAI,
    ref,
    changes,
  });
}

function county(
  ref: number,
  gbCode: string,
  name: string,
  short: string,
  type: RegionType,
  parent: string,
  aliases: string[],
  shortInSeed: boolean,
  changes: ChangeInput[] = [],
): Region {
  return region({
    id: gbCode,
    name,
    short,
    shortInSeed,
    aliases,
    level: 'county',
    type,
    gbCode,
    parent,
    ref,
    changes,
  });
}

function town(parent: string, slug: string, name: string, writtenAs: string): Region {
  return region({
    id: `${parent}-${slug}`,
    name,
    short: name,
    shortInSeed: true,
    level: 'town',
    type: '镇',
    gbCode: null,
    parent,
    ref: null,
    nameProvenance: fromSeed(writtenAs, 'town and its county as the document writes them; no code checked'),
  });
}

export const REGIONS: readonly Region[] = [
  region({
    id: QINGHAI,
    name: '青海省',
    short: '青海',
    shortInSeed: true,
    level: 'province',
    type: '省',
    gbCode: QINGHAI,
    parent: null,
    ref: null,
    nameProvenance: fromSeed('青海省'),
    // The reference has no entry for the province; its code is every prefecture's parentCode.
    gbCodeProvenance: fromReference('/places/0/parentCode', 'verified'),
  }),
  // Prefecture level, in GB/T 2260 order.
  prefecture(0, '630100', '西宁市', '西宁', '地级市', true),
  prefecture(
    1,
    '630200',
    '海东市',
    '海东',
    '地级市',
    true,
    [],
    [
      {
        date: '2013-02-08',
        kind: 'established',
        name: '海东市',
        gbCode: '630200',
        authority: '国函〔2013〕23号',
        description: '撤销海东地区 (632100), 设立地级海东市',
      },
    ],
  ),
  prefecture(2, '632200', '海北藏族自治州', '海北州', '自治州', false, ['海北']),
  prefecture(3, '632300', '黄南藏族自治州', '黄南州', '自治州', false, ['黄南']),
  prefecture(4, '632500', '海南藏族自治州', '海南州', '自治州', false, ['海南']),
  prefecture(5, '632600', '果洛藏族自治州', '果洛州', '自治州', false, ['果洛']),
  prefecture(6, '632700', '玉树藏族自治州', '玉树州', '自治州', false, ['玉树']),
  prefecture(7, '632800', '海西蒙古族藏族自治州', '海西州', '自治州', false, ['海西']),
  // County level, by parent.
  county(18, '630121', '大通回族土族自治县', '大通县', '自治县', '630100', ['大通'], true),
  county(17, '630122', '湟中县', '湟中县', '县', '630100', ['湟中'], true, [
    {
      date: '2019-11-06',
      kind: 'reclassified',
      name: '湟中区',
      gbCode: '630106',
      authority: '国函〔2019〕106号',
      description: '撤销湟中县, 设立西宁市湟中区',
    },
  ]),
  county(16, '630123', '湟源县', '湟源县', '县', '630100', ['湟源'], true),
  county(23, '630203', '平安区', '平安区', '市辖区', '630200', ['平安', '海东市平安区'], true, [
    {
      date: '2015-02-16',
      kind: 'reclassified',
      name: '平安区',
      gbCode: '630203',
      authority: '国函〔2015〕38号',
      description: '撤销平安县 (630221), 设立海东市平安区',
    },
  ]),
  county(14, '630222', '民和回族土族自治县', '民和县', '自治县', '630200', ['民和'], false, [
    {
      date: '2013',
      kind: 'recoded',
      name: null,
      gbCode: '630222',
      authority: null,
      description: '海东地区改设海东市, 代码 632122 → 630222',
    },
  ]),
  county(15, '630223', '互助土族自治县', '互助县', '自治县', '630200', ['互助'], false, [
    {
      date: '2013',
      kind: 'recoded',
      name: null,
      gbCode: '630223',
      authority: null,
      description: '海东地区改设海东市, 代码 632126 → 630223',
    },
  ]),
  county(13, '632221', '门源回族自治县', '门源县', '自治县', '632200', ['门源'], true),
  county(20, '632222', '祁连县', '祁连县', '县', '632200', ['祁连'], false),
  county(11, '632223', '海晏县', '海晏县', '县', '632200', ['海晏'], true),
  county(9, '632321', '同仁县', '同仁县', '县', '632300', ['同仁'], false, [
    {
      date: '2020-06-12',
      kind: 'reclassified',
      name: '同仁市',
      gbCode: '632301',
      authority: '民函〔2020〕63号',
      description: '撤销同仁县, 设立县级同仁市',
    },
  ]),
  // The document's 河南县; not to be confused with 河南省.
  county(21, '632324', '河南蒙古族自治县', '河南县', '自治县', '632300', ['河南'], true),
  county(8, '632521', '共和县', '共和县', '县', '632500', ['共和'], false),
  county(10, '632523', '贵德县', '贵德县', '县', '632500', ['贵德'], false),
  county(12, '632621', '玛沁县', '玛沁县', '县', '632600', ['玛沁'], false),
  county(22, '632623', '甘德县', '甘德县', '县', '632600', ['甘德'], true),
  county(19, '632801', '格尔木市', '格尔木市', '县级市', '632800', ['格尔木'], true),
  // 海西西部三行委: agencies (派出机构) of 海西州 at county level, with NBS codes but no GB/T 2260 code.
  region({
    id: '632800-dachaidan',
    name: '大柴旦行政委员会',
    short: '大柴旦行委',
    shortInSeed: false,
    aliases: ['大柴旦'],
    level: 'county',
    type: '行政委员会',
    gbCode: null,
    statisticalCode: '632857',
    parent: '632800',
    ref: 26,
  }),
  region({
    id: '632800-lenghu',
    name: '冷湖行政委员会',
    short: '冷湖行委',
    shortInSeed: false,
    aliases: ['冷湖'],
    level: 'county',
    type: '行政委员会',
    gbCode: null,
    statisticalCode: '632858',
    parent: '632800',
    ref: 25,
    changes: [
      {
        date: '2018-02-22',
        kind: 'merged',
        name: '茫崖市',
        gbCode: '632803',
        authority: '民函〔2018〕48号',
        description: '撤销茫崖行政委员会和冷湖行政委员会, 设立县级茫崖市',
      },
    ],
  }),
  region({
    id: '632800-mangya',
    name: '茫崖行政委员会',
    short: '茫崖行委',
    shortInSeed: false,
    aliases: ['茫崖'],
    level: 'county',
    type: '行政委员会',
    gbCode: null,
    statisticalCode: '632859',
    parent: '632800',
    ref: 27,
    changes: [
      {
        date: '2018-02-22',
        kind: 'reclassified',
        name: '茫崖市',
        gbCode: '632803',
        authority: '民函〔2018〕48号',
        description: '撤销茫崖行政委员会和冷湖行政委员会, 设立县级茫崖市 (驻花土沟镇)',
      },
    ],
  }),
  // Towns the document names (15: 美丽城镇), each written after its county.
  town('630121', 'chengguan', '城关镇', '大通县城关镇'),
  town('630122', 'lijiashan', '李家山镇', '湟中县李家山镇'),
  town('630203', 'sanhe', '三合镇', '平安区三合镇'),
  town('632623', 'kequ', '柯曲镇', '甘德县柯曲镇'),
];
