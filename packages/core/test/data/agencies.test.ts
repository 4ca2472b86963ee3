import { describe, expect, it } from 'vitest';
import {
  Agency,
  agencies,
  agencyById,
  agencyNameForms,
  agencyNameKey,
  findAgencies,
  findAgency,
} from '../../src/data/index.js';
import { parsePolicyDocument } from '../../src/document/index.js';
import { seedText } from './fixtures.js';

const all = agencies();

describe('the agency registry', () => {
  it('holds the 38 bodies of the seed, from 省公安厅 to 省委宣传部, each a valid Agency', () => {
    expect(all).toHaveLength(38);
    expect(all[0]?.short).toBe('省公安厅');
    expect(all[37]?.short).toBe('省委宣传部');
    for (const agency of all) expect(() => Agency.parse(agency), agency.short).not.toThrow();
  });

  it('has unique ids, short names and full names, and no two bodies share a lookup key', () => {
    expect(new Set(all.map((a) => a.id)).size).toBe(38);
    expect(new Set(all.map((a) => a.short)).size).toBe(38);
    expect(new Set(all.map((a) => a.full)).size).toBe(38);
    const owner = new Map<string, string>();
    for (const agency of all) {
      for (const name of [agency.short, agency.full, ...agency.aliases]) {
        const key = agencyNameKey(name);
        const previous = owner.get(key);
        expect(previous === undefined || previous === agency.id, `${name} is also ${previous}`).toBe(true);
        owner.set(key, agency.id);
      }
    }
  });

  it('never lists the short or full name among the aliases', () => {
    for (const agency of all) {
      expect(agency.aliases).not.toContain(agency.short);
      expect(agency.aliases).not.toContain(agency.full);
    }
  });

  it('marks every alias as an unchecked convention and never calls a convention verified', () => {
    for (const agency of all) {
      expect(agency.provenance.aliases).toMatchObject({
        status: 'unverified',
        source: { kind: 'convention' },
      });
      const facts = [
        agency.provenance.short,
        agency.provenance.full,
        agency.provenance.kind,
        ...agency.successors.map((s) => s.provenance),
      ];
      for (const fact of facts) {
        if (fact.source.kind === 'convention') expect(fact.status).toBe('unverified');
      }
    }
  });

  it('takes each short name from the seed, which contains it verbatim', () => {
    for (const agency of all) {
      expect(agency.provenance.short).toEqual({
        status: 'verified',
        source: { kind: 'seed', quote: agency.short },
      });
      expect(seedText).toContain(agency.short);
    }
  });
});

describe('the seed’s responsibility clauses', () => {
  const doc = parsePolicyDocument(seedText);
  const named = doc.measures.flatMap((m) => {
    const r = m.responsibility;
    return r === null
      ? []
      : [...r.lead, ...r.supporting, ...r.joint].map((name) => ({ measure: m.number, name }));
  });

  it('name agencies in all 39 measures', () => {
    expect(new Set(named.map((n) => n.measure)).size).toBe(39);
  });

  it('name only agencies the registry resolves, each to the record with that short name', () => {
    for (const { measure, name } of named) {
      expect(findAgency(name)?.short, `measure ${measure}: ${name}`).toBe(name);
    }
  });

  it('name every agency in the registry at least once', () => {
    expect(new Set(named.map((n) => n.name))).toEqual(new Set(all.map((a) => a.short)));
  });

  it('agree with a plain scan of the bracketed clauses, independent of the parser', () => {
    const clauses = seedText.match(/[(（][^()（）]*(?:牵头|配合|负责)[^()（）]*[)）]/g) ?? [];
    expect(clauses).toHaveLength(39);
    const scanned = new Set(
      clauses.flatMap((clause) =>
        clause
          .slice(1, -1)
          .split(/[;；]/)
          .slice(1)
          .join('、')
          .replace(/牵头|等部门配合|等配合|等部门按照职能分工负责|等按照职能分工负责|按照职能分工负责/g, '、')
          .split(/[、,，]/)
          .filter((s) => s !== ''),
      ),
    );
    for (const name of scanned) expect(findAgency(name)?.short, name).toBe(name);
    expect(scanned.size).toBe(38);
  });
});

describe('findAgency', () => {
  it('finds an agency by its short name, full name and alias', () => {
    expect(findAgency('省住房城乡建设厅')?.id).toBe('qh-housing');
    expect(findAgency('青海省住房和城乡建设厅')?.id).toBe('qh-housing');
    expect(findAgency('省住建厅')?.id).toBe('qh-housing');
    expect(findAgency('青海省住房城乡建设厅')?.id).toBe('qh-housing');
    expect(findAgency('省发改委')?.id).toBe('qh-development-reform');
    expect(findAgency('中国人民银行西宁中心支行')?.short).toBe('人行西宁中心支行');
  });

  it('finds it with or without the 青海 / 省 / 中共 prefix, full-width or with stray spaces', () => {
    expect(findAgency('青海省公安厅')?.short).toBe('省公安厅');
    expect(findAgency('公安厅')?.short).toBe('省公安厅');
    expect(findAgency(' 省 财政厅 ')?.short).toBe('省财政厅');
    expect(findAgency('中共青海省委宣传部')?.short).toBe('省委宣传部');
    expect(findAgency('青海省委宣传部')?.short).toBe('省委宣传部');
    expect(findAgency('省经济和信息化委')?.short).toBe('省经济和信息化委');
  });

  it('finds the 2016 body by the name of the body it became', () => {
    expect(findAgency('省自然资源厅')?.short).toBe('省国土资源厅');
    expect(findAgency('青海省自然资源厅')?.short).toBe('省国土资源厅');
    expect(findAgency('省农业农村厅')?.short).toBe('省农牧厅');
    expect(findAgency('省卫生健康委')?.short).toBe('省卫生计生委');
    expect(findAgency('青海省卫生健康委员会')?.short).toBe('省卫生计生委');
    expect(findAgency('省生态环境厅')?.short).toBe('省环境保护厅');
    expect(findAgency('省林草局')?.short).toBe('省林业厅');
    expect(findAgency('中国人民银行青海省分行')?.short).toBe('人行西宁中心支行');
    expect(findAgency('国家金融监督管理总局青海监管局')?.short).toBe('青海银监局');
  });

  it('prefers a body’s own name to a body that took over some of its functions', () => {
    const matches = findAgencies('中共青海省委宣传部');
    expect(matches.map((m) => [m.agency.short, m.via])).toEqual([
      ['省委宣传部', 'full'],
      ['省文化新闻出版厅', 'functions-transferred'],
    ]);
  });

  it('gives no single answer for a body two 2016 bodies merged into, and lists both', () => {
    expect(findAgency('省文化和旅游厅')).toBeUndefined();
    expect(findAgencies('省文化和旅游厅').map((m) => m.agency.short)).toEqual([
      '省文化新闻出版厅',
      '省旅游发展委',
    ]);
    expect(findAgency('国家税务总局青海省税务局')).toBeUndefined();
    expect(findAgencies('国家税务总局青海省税务局').map((m) => m.agency.short)).toEqual([
      '省国税局',
      '省地税局',
    ]);
  });

  it('returns undefined for a name nobody goes by', () => {
    expect(findAgency('省外交部')).toBeUndefined();
    expect(findAgency('')).toBeUndefined();
    expect(findAgencies('省外交部')).toEqual([]);
  });
});

describe('agencyById', () => {
  it('returns the agency with that id, or undefined', () => {
    expect(agencyById('qh-land-resources')?.short).toBe('省国土资源厅');
    expect(agencyById('qh-party-publicity')?.full).toBe('中共青海省委宣传部');
    expect(agencyById('qh-nowhere')).toBeUndefined();
  });
});

describe('agencyNameForms', () => {
  it('lists every literal form, with 青海省 and 省 swapped, for a matcher', () => {
    const land = agencyById('qh-land-resources');
    expect(land && agencyNameForms(land)).toEqual([
      '省国土资源厅',
      '青海省国土资源厅',
      '省国土厅',
      '青海省国土厅',
      '青海省自然资源厅',
      '省自然资源厅',
    ]);
    const publicity = agencyById('qh-party-publicity');
    expect(publicity && agencyNameForms(publicity)).toEqual(['省委宣传部', '中共青海省委宣传部']);
  });

  it('gives only forms findAgencies maps back to the agency', () => {
    for (const agency of all) {
      for (const form of agencyNameForms(agency)) {
        expect(
          findAgencies(form).map((m) => m.agency.id),
          form,
        ).toContain(agency.id);
      }
    }
  });
});
