/**
 * Key phrases of urbanization policy that name one subject precisely, curated by hand.
 *
 * They are not tied to measure numbers: the matcher attaches each phrase to the measures of a
 * document whose own text contains it (see `phrases.ts`), so the list serves any document.
 * A phrase earns its place by naming one programme, institution or instrument that a reader of a
 * government page would recognise, where the words around it would not.
 */
export interface CuratedPhrase {
  readonly phrase: string;
  /** Other ways pages write the same thing; matched as the phrase. */
  readonly variants?: readonly string[];
}

export const CURATED_PHRASES: readonly CuratedPhrase[] = [
  // Hukou reform: the policy instrument that turns migrants into urban residents.
  { phrase: '户籍制度改革', variants: ['户籍改革'] },
  // Residence permit: the document that carries public-service rights before hukou.
  { phrase: '居住证' },
  // Rural land registration, the precondition for 三权 withdrawal.
  { phrase: '确权登记颁证' },
  // 农业转移人口市民化 is the national term; Qinghai writes 农牧业.
  { phrase: '农牧业转移人口市民化', variants: ['农业转移人口市民化'] },
  // Shantytown renovation: a named national programme with yearly quotas.
  { phrase: '棚户区改造', variants: ['棚改'] },
  // Urban villages: a distinct renovation category.
  { phrase: '城中村' },
  // Dilapidated rural/urban housing renovation.
  { phrase: '危房改造' },
  // Sponge city: a named pilot programme (Xining is a national pilot).
  { phrase: '海绵城市' },
  // Utility tunnels: a named national programme.
  { phrase: '地下综合管廊', variants: ['综合管廊'] },
  // Underground pipe networks, distinct from utility tunnels.
  { phrase: '地下管网' },
  // Public transport priority, a named national policy.
  { phrase: '公交优先' },
  // Rail transit: Xining's planned system.
  { phrase: '轨道交通' },
  // Smart city: a named pilot programme.
  { phrase: '智慧城市' },
  // Green buildings: a named standard programme.
  { phrase: '绿色建筑' },
  // Multi-plan integration: a named planning reform.
  { phrase: '多规合一' },
  // The eastern city cluster around Xining and Haidong.
  { phrase: '东部城市群', variants: ['兰西城市群'] },
  // Characteristic towns: a named national programme (2016).
  { phrase: '特色小镇' },
  // Beautiful towns / villages: Qinghai's named building programmes.
  { phrase: '美丽城镇' },
  { phrase: '美丽乡村' },
  // Poverty-relief relocation: a named programme with its own funds.
  { phrase: '易地扶贫搬迁', variants: ['异地扶贫搬迁'] },
  // Rural e-commerce: a named programme (电子商务进农村).
  { phrase: '农村电子商务', variants: ['电子商务进农村', '农村电商'] },
  // Land quota swap between urban and rural construction land.
  { phrase: '增减挂钩' },
  // Redevelopment of inefficient urban land.
  { phrase: '低效用地再开发', variants: ['低效用地'] },
  // Homestead use rights: a named land-reform object.
  { phrase: '宅基地使用权' },
  // Land management rights transfer.
  { phrase: '土地经营权' },
  // Public–private partnership: a financing instrument.
  { phrase: '政府和社会资本合作', variants: ['PPP'] },
  // Housing provident fund.
  { phrase: '住房公积金' },
  // Rental housing market.
  { phrase: '住房租赁' },
  // Buying and renting together: the housing system formula.
  { phrase: '购租并举' },
  // Public rental housing.
  { phrase: '公共租赁住房', variants: ['公租房'] },
  // Housing subsidies in money rather than in kind.
  { phrase: '货币化安置' },
  // Real-estate destocking, the 2016 policy priority.
  { phrase: '房地产去库存', variants: ['去库存'] },
  // Comprehensive pilot of new-type urbanization: named national pilots.
  { phrase: '新型城镇化综合试点' },
  // Integration of the three industries in rural areas.
  { phrase: '一二三产业融合' },
  // Equalising basic public services between town and country.
  { phrase: '基本公共服务均等化' },
];
