import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { PolicyDocument, parsePolicyDocument } from '../../src/document/index.js';
import { SEED_MEASURES } from './seed-expected.js';

const seedPath = new URL('../../../../seeds/qinghai-new-urbanization-2016-76.txt', import.meta.url);
const seed = readFileSync(seedPath, 'utf8');
const doc = parsePolicyDocument(seed);

describe('the seed document 青政〔2016〕76号', () => {
  it('is a valid PolicyDocument with no warnings', () => {
    expect(() => PolicyDocument.parse(doc)).not.toThrow();
    expect(doc.warnings).toEqual([]);
  });

  it('reads the metadata block, title, recipients and signature', () => {
    expect(doc.metadata).toEqual({
      indexNumber: '015000185/2016-00349',
      documentNumber: '青政〔2016〕76号',
      issuer: '青海省人民政府',
      topics: ['国民经济管理', '国有资产监管'],
      writtenDate: '2016-10-19',
      validity: '有效',
    });
    expect(doc.title).toBe('关于深入推进青海省新型城镇化建设的实施意见');
    expect(doc.recipients).toBe('各市、自治州人民政府，省政府各委、办、厅、局');
    expect(doc.signature).toEqual({ issuer: '青海省人民政府', date: '2016-10-19' });
  });

  it('has 11 sections, 一 to 十一, with their measures', () => {
    expect(doc.sections.map((s) => s.number)).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11]);
    expect(doc.sections[0]?.title).toBe('总体要求');
    expect(doc.sections[0]?.measures).toEqual([]);
    expect(doc.sections[10]?.title).toBe('健全新型城镇化工作推进机制');
    expect(doc.sections.flatMap((s) => s.measures)).toEqual(doc.measures.map((m) => m.number));
  });

  it('numbers 39 measures continuously, including (三十七) that runs on after (三十六) on one line', () => {
    expect(doc.measures.map((m) => m.number)).toEqual(Array.from({ length: 39 }, (_, i) => i + 1));
    expect(doc.measures.map((m) => m.id)).toEqual(
      Array.from({ length: 39 }, (_, i) => `M${String(i + 1).padStart(2, '0')}`),
    );
    const m36 = doc.measures[35];
    const m37 = doc.measures[36];
    expect(m36?.text.endsWith('省金融办等部门按照职能分工负责)')).toBe(true);
    expect(m37?.title).toBe('加强规划统领');
    expect(m37?.numeral).toBe('三十七');
  });

  it.each(SEED_MEASURES)(
    'measure %i (section %i, %s) has exactly the responsibility the document states',
    (number, section, title, local, lead, supporting, joint) => {
      const m = doc.measures.find((x) => x.number === number);
      expect(m?.section).toBe(section);
      expect(m?.title).toBe(title);
      const r = m?.responsibility;
      expect(r?.local.join('、')).toBe(local);
      expect(r?.lead.join('、')).toBe(lead);
      expect(r?.supporting.join('、')).toBe(supporting);
      expect(r?.joint.join('、')).toBe(joint);
    },
  );

  it('reads the roles such that the clause can be written back from them (all 39)', () => {
    for (const m of doc.measures) {
      const r = m.responsibility;
      expect(r, `measure ${m.number}`).not.toBeNull();
      if (!r) continue;
      const roles: string[] = [];
      if (r.lead.length) roles.push(`${r.lead.join('、')}牵头`);
      if (r.supporting.length) roles.push(`${r.supporting.join('、')}(等部门|等)?配合`);
      if (r.joint.length) roles.push(`${r.joint.join('、')}(等部门|等)?按照职能分工负责`);
      const pattern = new RegExp(`^\\(${r.local.join('')};${roles.join('，')}\\)$`);
      expect(r.clause, `measure ${m.number}`).toMatch(pattern);
    }
  });

  it('states the examples of the issue: (五), (十一), (十二), (三十九)', () => {
    const r = (n: number) => doc.measures[n - 1]?.responsibility;
    expect(r(5)?.lead).toEqual(['省住房城乡建设厅']);
    expect(r(5)?.supporting).toEqual(['省发展改革委', '省财政厅', '省国土资源厅']);
    expect(r(11)?.local).toEqual(['西宁、海东市人民政府']);
    expect(r(12)?.local).toEqual(['西宁、海东市人民政府']);
    expect(r(39)?.lead).toEqual(['省委宣传部']);
  });
});

describe('provenance: every title, text, clause and heading is the seed text at its recorded offsets', () => {
  it('measures', () => {
    for (const m of doc.measures) {
      expect(seed.slice(m.span.start, m.span.end)).toBe(m.text);
      expect(seed.slice(m.titleSpan.start, m.titleSpan.end)).toBe(m.title);
      expect(m.titleSpan.start).toBe(m.span.start);
      const r = m.responsibility;
      if (r) {
        expect(seed.slice(r.span.start, r.span.end)).toBe(r.clause);
        expect(r.span.end).toBe(m.span.end);
      }
      // The measure's number is written just before its text.
      expect(seed.slice(m.span.start - m.numeral.length - 2, m.span.start)).toBe(`(${m.numeral})`);
    }
  });
  it('sections and title', () => {
    for (const s of doc.sections) {
      expect(seed.slice(s.titleSpan.start, s.titleSpan.end)).toBe(s.title);
      expect(seed.slice(s.span.start, s.titleSpan.start)).toBe(`${s.numeral}、`);
    }
    const t = doc.titleSpan;
    expect(t && seed.slice(t.start, t.end)).toBe(doc.title);
  });
});
