import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { ParseError, PolicyDocument, parsePolicyDocument } from '../../src/document/index.js';

const fixture = (name: string) => readFileSync(new URL(`./fixtures/${name}`, import.meta.url), 'utf8');
const parse = (name: string) => {
  const text = fixture(name);
  const doc = parsePolicyDocument(text);
  PolicyDocument.parse(doc);
  // Provenance holds for any document, not only the seed.
  for (const m of doc.measures) {
    expect(text.slice(m.span.start, m.span.end)).toBe(m.text);
    expect(text.slice(m.titleSpan.start, m.titleSpan.end)).toBe(m.title);
    if (m.responsibility)
      expect(text.slice(m.responsibility.span.start, m.responsibility.span.end)).toBe(
        m.responsibility.clause,
      );
  }
  return doc;
};

describe('clause forms other provinces use', () => {
  const doc = parse('gansu-style-responsible-units.txt');
  it('reads full-width metadata separated by ideographic spaces', () => {
    expect(doc.metadata.indexNumber).toBe('000000000/2017-00012');
    expect(doc.metadata.documentNumber).toBe('甘政发〔2017〕12号');
    expect(doc.metadata.issuer).toBe('甘肃省人民政府');
    expect(doc.metadata.writtenDate).toBe('2017-03-02');
    expect(doc.title).toBe('甘肃省人民政府关于推进新型城镇化建设的实施方案');
    expect(doc.signature).toEqual({ issuer: '甘肃省人民政府', date: '2017-03-02' });
  });
  it('(牵头单位：…；责任单位：…): lead, then supporting, with local governments picked out', () => {
    const r = doc.measures[0]?.responsibility;
    expect(r?.form).toBe('lead-and-responsible-units');
    expect(r?.lead).toEqual(['省公安厅']);
    expect(r?.supporting).toEqual(['省人社厅', '省教育厅']);
    expect(r?.local).toEqual(['各市州政府']);
  });
  it('(责任单位：…等): every unit answers jointly', () => {
    const r = doc.measures[1]?.responsibility;
    expect(r?.form).toBe('responsible-units');
    expect(r?.joint).toEqual(['省公安厅', '省发展改革委']);
    expect(r?.lead).toEqual([]);
  });
  it('a separate 责任单位 line at the end of the measure', () => {
    const m = doc.measures[2];
    expect(m?.responsibility?.form).toBe('separate-line');
    expect(m?.responsibility?.joint).toEqual(['省住房城乡建设厅', '省财政厅']);
    expect(m?.section).toBe(2);
  });
  it('由…牵头，会同…负责 as the last sentence', () => {
    const r = doc.measures[3]?.responsibility;
    expect(r?.form).toBe('led-by');
    expect(r?.lead).toEqual(['省住房城乡建设厅']);
    expect(r?.supporting).toEqual(['省水利厅', '省财政厅']);
  });
  it('has no warnings', () => expect(doc.warnings).toEqual([]));
});

describe('ASCII punctuation and local-government phrases', () => {
  const doc = parse('ascii-punctuation.txt');
  it('finds three measures, the third run on after the second clause', () => {
    expect(doc.measures.map((m) => m.number)).toEqual([1, 2, 3]);
    expect(doc.measures[2]?.title).toBe('推进试点');
    expect(doc.recipients).toBe('各市州人民政府,省政府各委、办、厅、局');
  });
  it('reads lead/supporting with ASCII , and ;', () => {
    expect(doc.measures[0]?.responsibility).toMatchObject({
      local: ['各市州、县人民政府'],
      lead: ['省公安厅'],
      supporting: ['省人力资源社会保障厅', '省教育厅'],
    });
    expect(doc.measures[1]?.responsibility?.local).toEqual(['各有关市州、县人民政府']);
    expect(doc.measures[2]?.responsibility).toMatchObject({
      local: ['西宁、海东市人民政府'],
      joint: ['省发展改革委', '省统计局'],
    });
  });
  it('expands local-government phrases with the expander it is given', () => {
    const d = parsePolicyDocument(fixture('ascii-punctuation.txt'), {
      expandLocalGovernments: (p) => (p.startsWith('西宁、海东') ? ['630100', '630200'] : ['630000']),
    });
    expect(d.measures[2]?.responsibility?.regions).toEqual(['630100', '630200']);
  });
});

describe('traditional characters', () => {
  const doc = parse('traditional.txt');
  it('parses the structure and keeps names as written', () => {
    expect(doc.title).toBe('關於深入推進新型城鎮化建設的實施意見');
    expect(doc.sections.map((s) => s.title)).toEqual(['積極推進農牧業轉移人口市民化']);
    expect(doc.measures[0]?.responsibility).toMatchObject({
      lead: ['省公安廳'],
      supporting: ['省人力資源社會保障廳', '省住房城鄉建設廳'],
    });
    expect(doc.measures[1]?.responsibility?.joint).toEqual(['省住房城鄉建設廳', '省水利廳']);
  });
});

describe('a shallower numbering depth: 一、 then 1.', () => {
  const doc = parse('arabic-depth.txt');
  it('restarts numbering in each section and gives section-qualified ids', () => {
    expect(doc.measures.map((m) => [m.section, m.number, m.id])).toEqual([
      [1, 1, 'M0101'],
      [1, 2, 'M0102'],
      [2, 1, 'M0201'],
    ]);
    expect(doc.measures[1]?.responsibility).toMatchObject({
      lead: ['市住房城乡建设局'],
      supporting: ['市水务局', '市财政局'],
    });
  });
});

describe('flawed documents get located warnings, nothing dropped', () => {
  const doc = parse('flawed.txt');
  it('keeps every measure', () => expect(doc.measures.map((m) => m.number)).toEqual([1, 2, 4]));
  it('an unclosed clause: parsed anyway, warned with its line and column', () => {
    const w = doc.warnings.find((x) => x.code === 'unbalanced-bracket');
    expect(w).toMatchObject({ line: 5 });
    expect(doc.measures[0]?.responsibility?.lead).toEqual(['省发展改革委']);
  });
  it('a measure without a clause: responsibility null and a warning at its number', () => {
    expect(doc.measures[1]?.responsibility).toBeNull();
    expect(doc.warnings.find((x) => x.code === 'missing-clause')).toMatchObject({ line: 7, column: 1 });
  });
  it('a gap in numbering is reported', () => {
    expect(doc.warnings.find((x) => x.code === 'numbering-gap')).toMatchObject({ line: 9, column: 1 });
  });
});

describe('inputs that are not a policy document', () => {
  it.each([
    ['empty', ''],
    ['white space', ' \n\t\u3000\n'],
    ['a BOM only', '\uFEFF'],
  ])('%s → ParseError empty at 1:1', (_, text) => {
    expect(() => parsePolicyDocument(text)).toThrowError(ParseError);
    try {
      parsePolicyDocument(text);
    } catch (e) {
      expect(e).toMatchObject({ code: 'empty', line: 1, column: 1 });
    }
  });
  it('prose → not-a-policy-document', () => {
    expect(() => parsePolicyDocument('今天天气很好。我们去公园散步，看到了很多花。')).toThrowError(
      /不像一份政策文件/,
    );
  });
  it('a text above the size limit → too-large, before any work', () => {
    expect(() => parsePolicyDocument('一'.repeat(101), { maxLength: 100 })).toThrowError(/超过上限/);
  });
  it('stray brackets in prose do not make measures', () => {
    expect(() => parsePolicyDocument('停车场(库)建设(一期)。\n(甲)项目')).toThrowError(ParseError);
  });
});
