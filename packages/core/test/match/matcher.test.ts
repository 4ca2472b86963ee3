import { describe, expect, it } from 'vitest';
import { parsePolicyDocument } from '../../src/document/parse.js';
import { buildMatcher } from '../../src/match/matcher.js';
import { deriveKeyPhrases, isGenericPhrase, measureContent } from '../../src/match/phrases.js';
import { groupMentions, relateGroups, relatePage } from '../../src/match/relate.js';
import * as pages from './pages.js';
import { seedAgencies, seedDocument, seedRegions } from './seed.js';

const matcher = buildMatcher({ documents: [seedDocument], agencies: seedAgencies, regions: seedRegions });
const DOC = '青政〔2016〕76号';

describe('key phrases derived from a document', () => {
  const phrases = deriveKeyPhrases(seedDocument);
  const of = (n: number) => phrases.filter((p) => p.measure === n).map((p) => p.phrase);

  it('attaches curated phrases to the measures whose text contains them', () => {
    expect(of(8)).toContain('海绵城市');
    expect(of(5)).toEqual(expect.arrayContaining(['棚户区改造', '城中村', '危房改造']));
    expect(of(2)).toContain('居住证');
    expect(of(21)).toContain('农村电子商务');
    expect(of(22)).toContain('易地扶贫搬迁');
  });

  it('derives phrases from the measure title and body that no other measure uses', () => {
    expect(of(8)).toContain('海绵型道路');
    expect(of(6)).toContain('机动化出行分担率');
    for (const p of phrases.filter((x) => x.source !== 'curated')) {
      const others = seedDocument.measures.filter(
        (m) => m.number !== p.measure && measureContent(m).includes(p.phrase),
      );
      expect(
        others.map((m) => m.number),
        p.phrase,
      ).toEqual([]);
    }
  });

  it('never makes a phrase of generic words alone', () => {
    for (const word of ['城镇化', '新型城镇化', '旅游', '发展', '城市建设', '基础设施', '公共服务'])
      expect(isGenericPhrase(word), word).toBe(true);
    expect(phrases.map((p) => p.phrase)).not.toEqual(expect.arrayContaining(['城镇化']));
    expect(phrases.every((p) => !isGenericPhrase(p.phrase) || p.source === 'curated')).toBe(true);
  });
});

describe('Matcher.find', () => {
  it('returns spans in the original text with what they refer to', () => {
    const text = '省住房城乡建设厅牵头推进海绵城市建设，落实青政〔2016〕76号。';
    const mentions = matcher.find(text);
    const agency = mentions.find((m) => m.referents.some((r) => r.kind === 'agency'));
    expect(agency?.text).toBe('省住房城乡建设厅');
    expect(agency?.start).toBe(0);
    const sponge = mentions.find((m) => m.text.startsWith('海绵城市'));
    expect(sponge?.referents).toContainEqual({ kind: 'measure', document: DOC, measure: 8 });
    const number = mentions.find((m) => m.referents[0]?.kind === 'document');
    expect(number && text.slice(number.start, number.end)).toBe('青政〔2016〕76号');
  });

  it('finds agencies by full name, alias and successor name', () => {
    const found = (text: string) =>
      matcher.find(text).flatMap((m) => m.referents.filter((r) => r.kind === 'agency'));
    const housing = found('省住房城乡建设厅')[0];
    expect(housing).toBeDefined();
    expect(found('青海省住房和城乡建设厅')).toEqual([housing]);
    expect(found('省住建厅')).toEqual([housing]);
    expect(found('省發改委')).toEqual(found('省发展改革委'));
    const land = found('省国土资源厅')[0];
    expect(found('青海省自然资源厅')).toEqual([land]);
  });

  it('prefers the longest mention where names overlap', () => {
    const mentions = matcher.find('青海省住房和城乡建设厅');
    expect(mentions).toHaveLength(1);
    expect(mentions[0]?.end).toBe('青海省住房和城乡建设厅'.length);
  });

  it('reads traditional characters and maps spans back', () => {
    const text = pages.SPONGE_CITY_TRADITIONAL;
    const mentions = matcher.find(text);
    const sponge = mentions.find((m) => m.referents.some((r) => r.kind === 'measure' && r.measure === 8));
    expect(sponge && text.slice(sponge.start, sponge.end)).toMatch(/^海綿/);
    expect(mentions.some((m) => m.text === '省住房城鄉建設廳')).toBe(true);
  });

  it('compiles hundreds of patterns into one automaton', () => {
    expect(matcher.patternCount).toBeGreaterThan(300);
  });
});

describe('relatePage', () => {
  it('relates a page about sponge cities to measure (八) with its evidence and agencies', () => {
    const relation = relatePage(matcher, pages.SPONGE_CITY_NEWS);
    expect(relation.measures[0]?.measure).toBe(8);
    expect(relation.measures[0]?.phrases.map((p) => p.phrase)).toEqual(
      expect.arrayContaining(['海绵城市', '海绵型道路']),
    );
    expect(relation.measures[0]?.phrases.find((p) => p.phrase === '海绵城市')?.count).toBeGreaterThanOrEqual(
      2,
    );
    const roles = relation.agencies.flatMap((a) => a.roles).filter((r) => r.measure === 8);
    expect(roles.length).toBeGreaterThanOrEqual(2);
    expect(relation.marks.length).toBeGreaterThan(3);
    expect(relation.regions.map((r) => r.id)).toContain('630100');
  });

  it('relates a shantytown notice to measure (五) and finds the document number in ASCII brackets', () => {
    const relation = relatePage(matcher, pages.SHANTYTOWN_NOTICE);
    expect(relation.measures[0]?.measure).toBe(5);
    expect(relation.documents).toEqual([expect.objectContaining({ id: DOC, count: 1 })]);
  });

  it('relates the traditional-character page as the simplified one', () => {
    expect(relatePage(matcher, pages.SPONGE_CITY_TRADITIONAL).measures[0]?.measure).toBe(8);
  });

  it.each([
    ['generic words', pages.GENERIC_WORDS],
    ['tourism statistics', pages.TOURISM_STATISTICS],
    ['forest fire prevention', pages.FOREST_FIRE],
  ])('finds nothing to mark on a page of %s', (_, text) => {
    const relation = relatePage(matcher, text);
    expect(relation.measures).toEqual([]);
    expect(relation.marks).toEqual([]);
    expect(relation.agencies).toEqual([]);
  });

  it('relates a page found piece by piece (grouped with offsets) as the whole page', () => {
    const pieces = [pages.SPONGE_CITY_NEWS, pages.SHANTYTOWN_NOTICE, pages.TOURISM_STATISTICS];
    const groups = new Map();
    let offset = 0;
    for (const piece of pieces) {
      groupMentions(matcher.find(piece), groups, offset);
      offset += piece.length + 1;
    }
    const { keep, ...pieced } = relateGroups(matcher, groups);
    const { marks, ...whole } = relatePage(matcher, pieces.join('\n'));
    expect(pieced).toEqual(whole);
    expect(marks.every((m) => (keep.get(m.pattern) ?? []).length > 0)).toBe(true);
    expect(
      pieced.measures
        .map((m) => m.measure)
        .slice(0, 2)
        .sort(),
    ).toEqual([5, 8]);
  });

  it('relates the whole document to all its measures', () => {
    const relation = relatePage(matcher, seedDocument.measures.map((m) => m.text).join('\n'));
    expect(relation.measures.length).toBeGreaterThanOrEqual(30);
  });
});

describe('any document, not only the seed', () => {
  const other = parsePolicyDocument(
    `西宁市人民政府关于加快推进垃圾分类工作的实施意见
宁政〔2020〕12号

一、主要任务

(一)推进生活垃圾分类投放。在全市党政机关率先实行生活垃圾强制分类，推广厨余垃圾就地处理设施。(市城管局牵头，市住房城乡建设局配合)

(二)建设再生资源回收网点。完善再生资源回收网点布局，推动再生资源回收与生活垃圾分类两网融合。(市商务局牵头)
`,
    { name: 'other.txt' },
  );
  const both = buildMatcher({
    documents: [seedDocument, other],
    agencies: seedAgencies,
    regions: seedRegions,
  });

  it('derives phrases and finds the new document number', () => {
    const relation = relatePage(
      both,
      '我市生活垃圾分类投放试点扩大，厨余垃圾就地处理设施投入使用。依据宁政（2020）12号文件执行。',
    );
    expect(relation.measures[0]).toMatchObject({ document: '宁政〔2020〕12号', measure: 1 });
    expect(relation.documents.map((d) => d.id)).toEqual(['宁政〔2020〕12号']);
  });
});
