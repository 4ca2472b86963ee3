import type { Measure, PolicyDocument } from '../document/schema.js';
import { CURATED_PHRASES, type CuratedPhrase } from './curated.js';
import { foldPattern } from './normalize.js';

/** A phrase that, found in a page, is evidence the page is about one measure. */
export interface KeyPhrase {
  /** Folded (simplified, ASCII punctuation), as the automaton matches it. */
  readonly phrase: string;
  readonly measure: number;
  /** How much one mention counts; see {@link PHRASE_WEIGHT}. */
  readonly weight: number;
  readonly source: 'curated' | 'title' | 'body';
}

/**
 * A curated phrase names its subject outright; a phrase from the measure's title names what the
 * measure is about; a phrase from the body names something the measure covers among other things.
 */
export const PHRASE_WEIGHT = { curated: 3, title: 2, body: 1 } as const;

/**
 * Function words and policy verbs that never belong to a subject phrase: the measure text is cut
 * at them, and what remains between cuts are candidate noun phrases
 * (`加快|城镇棚户区、城中村和危房改造` → `城镇棚户区`, `城中村`, `危房改造`).
 */
const CUT_WORDS = [
  '进一步',
  '积极',
  '加快',
  '推进',
  '推动',
  '加强',
  '加大',
  '健全',
  '完善',
  '建立',
  '实施',
  '实行',
  '开展',
  '支持',
  '鼓励',
  '引导',
  '提高',
  '提升',
  '促进',
  '全面',
  '深入',
  '深化',
  '探索',
  '着力',
  '大力',
  '逐步',
  '有序',
  '统筹',
  '强化',
  '落实',
  '按照',
  '根据',
  '围绕',
  '结合',
  '依托',
  '通过',
  '利用',
  '发挥',
  '坚持',
  '形成',
  '打造',
  '培育',
  '规范',
  '创新',
  '扩大',
  '优化',
  '做好',
  '保障',
  '推广',
  '率先',
  '适时',
  '启动',
  '完成',
  '达到',
  '具备',
  '切实',
  '增强',
  '实现',
  '缓解',
  '降低',
  '减少',
  '增加',
  '提供',
  '满足',
  '解决',
  '确保',
  '力争',
  '到20',
  '以上',
  '以下',
  '左右',
  '其中',
  '同时',
  '有关',
  '相关',
  '重点',
  '主要',
  // Single characters only where they are (almost) never part of a noun: 地 would cut 土地, 能 功能.
  '要',
  '将',
  '把',
  '对',
  '在',
  '从',
  '向',
  '由',
  '为',
  '和',
  '与',
  '及',
  '或',
  '并',
  '等',
  '的',
  '是',
  '其',
  '各',
  '一批',
  '一个',
  '一系列',
];
const CUT = new RegExp(CUT_WORDS.sort((a, b) => b.length - a.length).join('|'), 'gu');

/**
 * Words so common across urbanization texts that a phrase made only of them says nothing about
 * one measure: `城镇化`, `发展`, `旅游` alone must never relate a page to a measure.
 */
const GENERIC_WORDS = [
  '新型城镇化',
  '城镇化',
  '城镇',
  '城市',
  '城乡',
  '农村',
  '牧区',
  '乡村',
  '县城',
  '全省',
  '我省',
  '各地',
  '地区',
  '地方',
  '政府',
  '发展',
  '建设',
  '改革',
  '工作',
  '经济',
  '社会',
  '服务',
  '管理',
  '体系',
  '机制',
  '制度',
  '体制',
  '水平',
  '能力',
  '政策',
  '旅游',
  '改造',
  '道路',
  '新建',
  '县级',
  '条件',
  '需求',
  '产业',
  '项目',
  '资金',
  '基础',
  '设施',
  '功能',
  '质量',
  '规划',
  '试点',
  '示范',
  '环境',
  '生态',
  '文化',
  '人口',
  '公共',
  '基本',
  '综合',
  '重大',
  '重要',
  '工程',
  '领域',
  '方面',
  '措施',
  '办法',
  '意见',
  '方案',
  '任务',
  '目标',
  '要求',
  '国家',
  '省级',
  '市州',
  '青海',
  '特色',
  '新',
  '大',
  '小',
  '高',
  '多',
  '好',
];
const GENERIC = new RegExp(GENERIC_WORDS.sort((a, b) => b.length - a.length).join('|'), 'gu');

const MIN_LENGTH = 3;
const MAX_LENGTH = 8;
/** At most this many derived phrases per measure, best first. */
const PER_MEASURE = 16;

/** True when a phrase is made only of generic words (what is left after removing them is under two characters). */
export function isGenericPhrase(phrase: string): boolean {
  return phrase.replace(GENERIC, '').length < 2;
}

/** The measure's own words: title and body, without the responsibility clause (agency names are matched as agencies). */
export function measureContent(measure: Measure): string {
  const clause = measure.responsibility?.clause;
  const text = clause ? measure.text.replace(clause, '') : measure.text;
  return foldPattern(text);
}

/** Candidate noun phrases of a text: the Han runs left after cutting at punctuation, digits and {@link CUT_WORDS}. */
export function candidatePhrases(folded: string, known: readonly string[] = []): string[] {
  const runs = folded.replace(CUT, '|').split(/[^\p{Script=Han}]+/u);
  const candidates: string[] = [];
  for (const run of runs) {
    if (run.length <= MAX_LENGTH) {
      candidates.push(run);
      continue;
    }
    // A long run is several phrases: take out the known (curated) phrases, so no candidate is a
    // piece of one (`西宁市地下` from `西宁市地下综合管廊建设`), then cut again at the generic words
    // (`建设再生资源回收网点` → `再生资源回收网点`).
    let rest = run;
    for (const phrase of known) if (phrase.length > 0) rest = rest.replaceAll(phrase, '|');
    candidates.push(...rest.replace(GENERIC, '|').split('|'));
  }
  return candidates.filter(
    (c) => c.length >= MIN_LENGTH && c.length <= MAX_LENGTH && !isGenericPhrase(c) && !CUT_MID_WORD.test(c),
  );
}

/**
 * A run that starts or ends with one of these was cut in the middle of a word (`个美丽城镇` from
 * `10个美丽城镇`, `以公办幼儿园` from `以公办幼儿园为主`, `城市更新相` from `相结合`): not a phrase.
 */
const CUT_MID_WORD = /^[个以主地年号之于而时即则所]|[相同之而于时]$/u;

function count(haystack: string, needle: string): number {
  let n = 0;
  for (let i = haystack.indexOf(needle); i !== -1; i = haystack.indexOf(needle, i + needle.length)) n++;
  return n;
}

/**
 * The key phrases of every measure of a document.
 *
 * Derived phrases: candidate noun phrases of the measure's title and body that occur in no other
 * measure of the document (so they are specific to it) and are not merely generic words; a title
 * phrase weighs more than a body phrase, and a body phrase must occur twice in the measure or be
 * at least four characters long. Curated phrases ({@link CURATED_PHRASES}) are attached to the
 * measures whose title contains them, or else to the (at most three) measures whose text does.
 */
export function deriveKeyPhrases(
  document: PolicyDocument,
  curated: readonly CuratedPhrase[] = CURATED_PHRASES,
): KeyPhrase[] {
  const contents = document.measures.map((m) => ({
    measure: m,
    content: measureContent(m),
    title: foldPattern(m.title),
  }));
  const known = curated
    .flatMap((c) => [c.phrase, ...(c.variants ?? [])])
    .map(foldPattern)
    .sort((a, b) => b.length - a.length);
  const phrases: KeyPhrase[] = [];
  const taken = new Set<string>();
  const add = (phrase: KeyPhrase) => {
    const key = `${phrase.measure}\u0000${phrase.phrase}`;
    if (taken.has(key)) return;
    taken.add(key);
    phrases.push(phrase);
  };

  for (const entry of curated) {
    const forms = [entry.phrase, ...(entry.variants ?? [])].map(foldPattern);
    const main = forms[0] as string;
    const inTitle = contents.filter((c) => c.title.includes(main));
    const inText =
      inTitle.length > 0 ? inTitle : contents.filter((c) => forms.some((f) => c.content.includes(f)));
    if (inText.length === 0 || inText.length > 3) continue;
    for (const c of inText)
      for (const form of forms)
        add({ phrase: form, measure: c.measure.number, weight: PHRASE_WEIGHT.curated, source: 'curated' });
  }

  for (const { measure, content, title } of contents) {
    const scored = new Map<string, { score: number; source: 'title' | 'body' }>();
    const titleCandidates = new Set(candidatePhrases(title, known));
    for (const candidate of new Set(candidatePhrases(content, known))) {
      const elsewhere = contents.some((c) => c.measure !== measure && c.content.includes(candidate));
      if (elsewhere) continue;
      const inTitle = titleCandidates.has(candidate);
      const occurrences = count(content, candidate);
      if (!inTitle && occurrences < 2 && candidate.length < 4) continue;
      const score = (inTitle ? 10 : 0) + occurrences * 2 + candidate.length;
      scored.set(candidate, { score, source: inTitle ? 'title' : 'body' });
    }
    const best = [...scored.entries()]
      .sort((a, b) => b[1].score - a[1].score || a[0].localeCompare(b[0]))
      .slice(0, PER_MEASURE);
    for (const [phrase, { source }] of best) {
      add({ phrase, measure: measure.number, weight: PHRASE_WEIGHT[source], source });
    }
  }
  return phrases;
}
