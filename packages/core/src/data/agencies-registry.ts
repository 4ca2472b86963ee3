import type { Agency, AgencyKind, Successor, SuccessorRelation } from './agencies.js';
import type { FactStatus } from './provenance.js';
import { byConvention, fromReference, fromSeed } from './provenance-facts.js';

/*
 * The 38 bodies named in the responsibility clauses of 青政〔2016〕76号, in the order the document first names them.
 * Full names, kinds and successors come from the reference file (data/reference/agencies-and-places.json): the
 * `ref` index below is the agency's position in its `agencies` array, and every status is the reference's own.
 * Aliases are conventional abbreviations nobody checked, so they are `unverified` with source `convention`.
 */

interface SuccessorInput {
  name: string;
  short?: string;
  relation: SuccessorRelation;
  since: string | null;
  status: FactStatus;
  /** The reference's `when`, and any hedge in its name or status. */
  note: string;
  /** Index into the reference agency's `successors`. */
  ref: number;
}

interface AgencyInput {
  ref: number;
  id: string;
  short: string;
  full: string;
  fullStatus: FactStatus;
  fullNote?: string;
  kind: AgencyKind;
  kindStatus: FactStatus;
  /** The reference's description of the kind. */
  kindNote: string;
  aliases?: string[];
  successors?: SuccessorInput[];
}

const DEPARTMENT = 'provincial government department (组成部门)';
const AFFILIATED = 'provincial government directly-affiliated agency (直属机构)';

function agency(input: AgencyInput): Agency {
  const at = `/agencies/${input.ref}`;
  const successors: Successor[] = (input.successors ?? []).map((s) => ({
    name: s.name,
    short: s.short ?? null,
    relation: s.relation,
    since: s.since,
    provenance: fromReference(`${at}/successors/${s.ref}`, s.status, s.note),
  }));
  return {
    id: input.id,
    short: input.short,
    full: input.full,
    kind: input.kind,
    aliases: input.aliases ?? [],
    successors,
    provenance: {
      short: fromSeed(input.short),
      full: fromReference(`${at}/full2016`, input.fullStatus, input.fullNote),
      kind: fromReference(`${at}/kindStatus`, input.kindStatus, input.kindNote),
      aliases: byConvention('common abbreviations; no source checked'),
    },
  };
}

const department = { kind: 'provincial-department', kindStatus: 'unverified', kindNote: DEPARTMENT } as const;
const affiliated = {
  kind: 'provincial-directly-affiliated',
  kindStatus: 'unverified',
  kindNote: AFFILIATED,
} as const;

export const AGENCIES: readonly Agency[] = [
  agency({
    ref: 0,
    id: 'qh-public-security',
    short: '省公安厅',
    full: '青海省公安厅',
    fullStatus: 'verified',
    ...department,
  }),
  agency({
    ref: 1,
    id: 'qh-human-resources',
    short: '省人力资源社会保障厅',
    full: '青海省人力资源和社会保障厅',
    fullStatus: 'verified',
    ...department,
    aliases: ['省人社厅'],
  }),
  agency({
    ref: 2,
    id: 'qh-education',
    short: '省教育厅',
    full: '青海省教育厅',
    fullStatus: 'verified',
    ...department,
  }),
  agency({
    ref: 3,
    id: 'qh-health-family-planning',
    short: '省卫生计生委',
    full: '青海省卫生和计划生育委员会',
    fullStatus: 'verified',
    ...department,
    aliases: ['省卫计委', '省卫生和计划生育委员会'],
    successors: [
      {
        ref: 0,
        name: '青海省卫生健康委员会',
        short: '省卫生健康委',
        relation: 'reorganised',
        since: '2018',
        status: 'partial',
        note: '2018 (Qinghai date unverified)',
      },
    ],
  }),
  agency({
    ref: 4,
    id: 'qh-housing',
    short: '省住房城乡建设厅',
    full: '青海省住房和城乡建设厅',
    fullStatus: 'verified',
    ...department,
    aliases: ['省住建厅', '青海省住房城乡建设厅'],
  }),
  agency({
    ref: 5,
    id: 'qh-land-resources',
    short: '省国土资源厅',
    full: '青海省国土资源厅',
    fullStatus: 'unverified',
    ...department,
    aliases: ['省国土厅'],
    successors: [
      {
        ref: 0,
        name: '青海省自然资源厅',
        relation: 'reorganised',
        since: '2018',
        status: 'partial',
        note: '2018 (Qinghai date unverified)',
      },
    ],
  }),
  agency({
    ref: 6,
    id: 'qh-agriculture',
    short: '省农牧厅',
    full: '青海省农牧厅',
    fullStatus: 'verified',
    ...department,
    successors: [
      {
        ref: 0,
        name: '青海省农业农村厅',
        relation: 'reorganised',
        since: '2018',
        status: 'partial',
        note: '2018 (Qinghai date unverified; name in use by 2020-09)',
      },
      {
        ref: 1,
        name: '青海省农业农村厅',
        relation: 'reorganised',
        since: '2024-01-31',
        status: 'verified',
        note: '2024-01-31 (year inferred): 加挂青海省乡村振兴局牌子; absorbed 省乡村振兴局',
      },
    ],
  }),
  agency({
    ref: 7,
    id: 'qh-forestry',
    short: '省林业厅',
    full: '青海省林业厅',
    fullStatus: 'verified',
    ...department,
    successors: [
      {
        ref: 0,
        name: '青海省林业和草原局',
        short: '省林草局',
        relation: 'reorganised',
        since: '2018',
        status: 'partial',
        note: '2018 (Qinghai date unverified; in use by 2019-08)',
      },
    ],
  }),
  agency({
    ref: 8,
    id: 'qh-development-reform',
    short: '省发展改革委',
    full: '青海省发展和改革委员会',
    fullStatus: 'verified',
    ...department,
    aliases: ['省发改委', '省发展和改革委员会'],
  }),
  agency({
    ref: 9,
    id: 'qh-finance',
    short: '省财政厅',
    full: '青海省财政厅',
    fullStatus: 'verified',
    ...department,
  }),
  agency({
    ref: 10,
    id: 'qh-transport',
    short: '省交通运输厅',
    full: '青海省交通运输厅',
    fullStatus: 'verified',
    ...department,
    aliases: ['省交通厅'],
  }),
  agency({
    ref: 11,
    id: 'qh-water-resources',
    short: '省水利厅',
    full: '青海省水利厅',
    fullStatus: 'verified',
    ...department,
  }),
  agency({
    ref: 12,
    id: 'qh-communications',
    short: '省通信管理局',
    full: '青海省通信管理局',
    fullStatus: 'verified',
    kind: 'central-field-office',
    kindStatus: 'partial',
    kindNote: 'central vertical agency in Qinghai (MIIT field office, dual leadership with MIIT primary)',
  }),
  agency({
    ref: 13,
    id: 'qh-radio-film-tv',
    short: '省广电局',
    full: '青海省广播电影电视局',
    fullStatus: 'verified',
    ...affiliated,
    successors: [
      {
        ref: 0,
        name: '青海省广播电视局',
        relation: 'reorganised',
        since: '2018',
        status: 'partial',
        note: '2018 (Qinghai date unverified; in use by 2022)',
      },
    ],
  }),
  agency({
    ref: 14,
    id: 'qh-environmental-protection',
    short: '省环境保护厅',
    full: '青海省环境保护厅',
    fullStatus: 'partial',
    ...department,
    aliases: ['省环保厅'],
    successors: [
      {
        ref: 0,
        name: '青海省生态环境厅',
        relation: 'reorganised',
        since: '2018',
        status: 'partial',
        note: '2018 (Qinghai date unverified)',
      },
    ],
  }),
  agency({
    ref: 15,
    id: 'qh-economy-it',
    short: '省经济和信息化委',
    full: '青海省经济和信息化委员会',
    fullStatus: 'unverified',
    ...department,
    aliases: ['省经信委'],
    successors: [
      {
        ref: 0,
        name: '青海省工业和信息化厅',
        relation: 'reorganised',
        since: '2018',
        status: 'partial',
        note: '2018 (Qinghai date unverified)',
      },
    ],
  }),
  agency({
    ref: 16,
    id: 'qh-commerce',
    short: '省商务厅',
    full: '青海省商务厅',
    fullStatus: 'partial',
    ...department,
  }),
  agency({
    ref: 17,
    id: 'qh-culture-press',
    short: '省文化新闻出版厅',
    full: '青海省文化和新闻出版厅',
    fullStatus: 'verified',
    ...department,
    successors: [
      {
        ref: 0,
        name: '青海省文化和旅游厅',
        short: '省文化和旅游厅',
        relation: 'merged-into',
        since: '2018-11-29',
        status: 'partial',
        note: '2018-11-29',
      },
      {
        ref: 1,
        name: '中共青海省委宣传部',
        relation: 'functions-transferred',
        since: '2018',
        status: 'unverified',
        note: 'news-publishing and film functions; 2018 (Qinghai unverified); reference status: national pattern only; Qinghai unverified',
      },
    ],
  }),
  agency({
    ref: 18,
    id: 'qh-civil-affairs',
    short: '省民政厅',
    full: '青海省民政厅',
    fullStatus: 'verified',
    ...department,
  }),
  agency({
    ref: 19,
    id: 'qh-sport',
    short: '省体育局',
    full: '青海省体育局',
    fullStatus: 'partial',
    ...affiliated,
  }),
  agency({
    ref: 20,
    id: 'qh-earthquake',
    short: '省地震局',
    full: '青海省地震局',
    fullStatus: 'verified',
    kind: 'central-field-office',
    kindStatus: 'verified',
    kindNote:
      'central vertical agency in Qinghai (China Earthquake Administration, dual leadership with CEA primary)',
  }),
  agency({
    ref: 21,
    id: 'qh-tourism',
    short: '省旅游发展委',
    full: '青海省旅游发展委员会',
    fullStatus: 'verified',
    kind: 'provincial-department',
    kindStatus: 'unverified',
    kindNote: 'provincial government department (组成部门) — unverified',
    aliases: ['省旅发委'],
    successors: [
      {
        ref: 0,
        name: '青海省文化和旅游厅',
        short: '省文化和旅游厅',
        relation: 'merged-into',
        since: '2018-11-29',
        status: 'verified',
        note: '2018-11-29',
      },
    ],
  }),
  agency({
    ref: 22,
    id: 'qh-statistics',
    short: '省统计局',
    full: '青海省统计局',
    fullStatus: 'verified',
    ...affiliated,
  }),
  agency({
    ref: 23,
    id: 'qh-establishment-office',
    short: '省编办',
    full: '青海省机构编制委员会办公室',
    fullStatus: 'unverified',
    kind: 'other',
    kindStatus: 'unverified',
    kindNote: 'other: office of the provincial 机构编制委员会 (party–government joint body)',
    successors: [
      {
        ref: 0,
        name: '中共青海省委机构编制委员会办公室',
        short: '省委编办',
        relation: 'reorganised',
        since: '2018',
        status: 'unverified',
        note: 'party-committee organ managed by 省委组织部; 2018 (unverified); reference status: national pattern only',
      },
    ],
  }),
  agency({
    ref: 24,
    id: 'qh-legal-affairs-office',
    short: '省政府法制办',
    full: '青海省人民政府法制办公室',
    fullStatus: 'unverified',
    kind: 'provincial-office',
    kindStatus: 'unverified',
    kindNote: 'provincial government office (办事机构) — unverified',
    aliases: ['省法制办'],
    successors: [
      {
        ref: 0,
        name: '青海省司法厅',
        relation: 'merged-into',
        since: '2018',
        status: 'partial',
        note: '青海省司法厅 (re-formed); 2018 (Qinghai date unverified)',
      },
    ],
  }),
  agency({
    ref: 25,
    id: 'qh-postal',
    short: '省邮政管理局',
    full: '青海省邮政管理局',
    fullStatus: 'unverified',
    kind: 'central-field-office',
    kindStatus: 'partial',
    kindNote: 'central vertical agency in Qinghai (State Post Bureau field office)',
  }),
  agency({
    ref: 26,
    id: 'qh-ethnic-religious',
    short: '省民宗委',
    full: '青海省民族宗教事务委员会',
    fullStatus: 'verified',
    ...department,
  }),
  agency({
    ref: 27,
    id: 'qh-poverty-alleviation',
    short: '省扶贫局',
    full: '青海省扶贫开发局',
    fullStatus: 'partial',
    kind: 'provincial-directly-affiliated',
    kindStatus: 'unverified',
    kindNote: 'provincial government directly-affiliated agency (直属机构) — unverified',
    successors: [
      {
        ref: 0,
        name: '青海省乡村振兴局',
        relation: 'reorganised',
        since: '2021',
        status: 'partial',
        note: '2021 (Qinghai date unverified; national NRRA 2021-02-25)',
      },
      {
        ref: 1,
        name: '青海省农业农村厅',
        relation: 'merged-into',
        since: '2024-01-31',
        status: 'verified',
        note: '2024-01-31 (year inferred): merged into 青海省农业农村厅, which carries the 青海省乡村振兴局 plate',
      },
    ],
  }),
  agency({
    ref: 28,
    id: 'qh-financial-affairs-office',
    short: '省金融办',
    full: '青海省人民政府金融工作办公室',
    fullStatus: 'unverified',
    kind: 'provincial-office',
    kindStatus: 'unverified',
    kindNote: 'provincial government office/agency — unverified',
    aliases: ['省政府金融办'],
    successors: [
      {
        ref: 0,
        name: '青海省地方金融监督管理局',
        relation: 'reorganised',
        since: null,
        status: 'unverified',
        note: 'unverified (2018-19 expected)',
      },
      {
        ref: 1,
        name: '省委金融办',
        relation: 'functions-transferred',
        since: null,
        status: 'unverified',
        note: '2023-24 reform (unverified for Qinghai); reference status: national 2023 rule only',
      },
      {
        ref: 1,
        name: '省地方金融管理局',
        relation: 'reorganised',
        since: null,
        status: 'unverified',
        note: '2023-24 reform (unverified for Qinghai); reference status: national 2023 rule only',
      },
    ],
  }),
  agency({
    ref: 29,
    id: 'pbc-xining',
    short: '人行西宁中心支行',
    full: '中国人民银行西宁中心支行',
    fullStatus: 'verified',
    kind: 'central-field-office',
    kindStatus: 'verified',
    kindNote: "central vertical agency in Qinghai (People's Bank of China branch; financial regulator)",
    aliases: ['人民银行西宁中心支行'],
    successors: [
      {
        ref: 0,
        name: '中国人民银行青海省分行',
        relation: 'reorganised',
        since: '2023-08-18',
        status: 'verified',
        note: '2023-08-18',
      },
    ],
  }),
  agency({
    ref: 30,
    id: 'qh-industry-commerce',
    short: '省工商局',
    full: '青海省工商行政管理局',
    fullStatus: 'unverified',
    kind: 'provincial-directly-affiliated',
    kindStatus: 'unverified',
    kindNote: 'provincial government directly-affiliated agency (直属机构) — unverified',
    successors: [
      {
        ref: 0,
        name: '青海省市场监督管理局',
        relation: 'merged-into',
        since: '2018',
        status: 'partial',
        note: '2018 (Qinghai date unverified)',
      },
    ],
  }),
  agency({
    ref: 31,
    id: 'qh-state-tax',
    short: '省国税局',
    full: '青海省国家税务局',
    fullStatus: 'unverified',
    kind: 'central-field-office',
    kindStatus: 'unverified',
    kindNote: 'central vertical agency in Qinghai (State Administration of Taxation)',
    successors: [
      {
        ref: 0,
        name: '国家税务总局青海省税务局',
        relation: 'merged-into',
        since: '2018',
        status: 'partial',
        note: '2018 (provincial-level bureaus listed nationwide 2018-06-15)',
      },
    ],
  }),
  agency({
    ref: 32,
    id: 'qh-local-tax',
    short: '省地税局',
    full: '青海省地方税务局',
    fullStatus: 'unverified',
    kind: 'provincial-directly-affiliated',
    kindStatus: 'partial',
    kindNote:
      'provincial government directly-affiliated agency under dual leadership (provincial government primary, with SAT)',
    successors: [
      {
        ref: 0,
        name: '国家税务总局青海省税务局',
        relation: 'merged-into',
        since: '2018',
        status: 'partial',
        note: '2018 (2018-06-15 nationwide provincial listing)',
      },
    ],
  }),
  agency({
    ref: 33,
    id: 'csrc-qinghai',
    short: '青海证监局',
    full: '中国证券监督管理委员会青海监管局',
    fullStatus: 'verified',
    kind: 'central-field-office',
    kindStatus: 'verified',
    kindNote: 'central vertical agency in Qinghai (CSRC field office)',
    aliases: ['证监会青海监管局'],
  }),
  agency({
    ref: 34,
    id: 'cdb-qinghai',
    short: '国家开发银行青海省分行',
    full: '国家开发银行青海省分行',
    fullStatus: 'partial',
    kind: 'financial-institution',
    kindStatus: 'verified',
    kindNote: 'financial institution (development-finance bank branch)',
    aliases: ['国开行青海省分行', '国开行青海分行'],
  }),
  agency({
    ref: 35,
    id: 'adbc-qinghai',
    short: '中国农业发展银行青海省分行',
    full: '中国农业发展银行青海省分行',
    fullStatus: 'verified',
    kind: 'financial-institution',
    kindStatus: 'verified',
    kindNote: 'financial institution (policy bank branch)',
    aliases: ['农发行青海省分行', '农发行青海分行'],
  }),
  agency({
    ref: 36,
    id: 'cbrc-qinghai',
    short: '青海银监局',
    full: '中国银行业监督管理委员会青海监管局',
    fullStatus: 'partial',
    kind: 'central-field-office',
    kindStatus: 'verified',
    kindNote: 'central vertical agency in Qinghai (CBRC field office; financial regulator)',
    aliases: ['银监会青海监管局'],
    successors: [
      {
        ref: 0,
        name: '中国银行保险监督管理委员会青海监管局',
        short: '青海银保监局',
        relation: 'merged-into',
        since: '2018',
        status: 'partial',
        note: '2018-19 (CBIRC formed April 2018; Qinghai office date unverified)',
      },
      {
        ref: 1,
        name: '国家金融监督管理总局青海监管局',
        relation: 'reorganised',
        since: '2023-07-20',
        status: 'partial',
        note: '2023-07-20',
      },
    ],
  }),
  agency({
    ref: 37,
    id: 'qh-party-publicity',
    short: '省委宣传部',
    full: '中共青海省委宣传部',
    fullStatus: 'partial',
    kind: 'party-organ',
    kindStatus: 'verified',
    kindNote: 'party organ (provincial party committee department)',
  }),
];
