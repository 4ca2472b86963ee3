import {
  type Agency,
  type AgencyRole,
  agencyById,
  findAgency,
  findMeasure,
  findRegion,
  measuresOfAgency,
  measuresOfRegion,
  type Region,
} from '@taizhang/core/data';
import type { Measure, PolicyDocument } from '@taizhang/core/document';
import { parseCommandArgs } from '../args.js';
import { type Command, UserError } from '../command.js';
import { loadDocument } from '../document-source.js';
import { ownersLine, renderLedger } from '../ledger.js';
import { renderTable } from '../table.js';

const usage = 'taizhang show [measure N | agency NAME | region NAME|CODE] [--json] [--document ledger.json]';
const ROLE_ZH: Record<AgencyRole, string> = { lead: '牵头', supporting: '配合', joint: '分工负责' };

function agencyLabel(name: string): string {
  const agency = findAgency(name);
  return agency && agency.full !== name ? `${name}（${agency.full}）` : name;
}

function measureDetail(m: Measure, doc: PolicyDocument): string {
  const r = m.responsibility;
  const section = doc.sections.find((s) => s.number === m.section);
  const lines = [
    `措施 (${m.numeral}) ${m.id}  ${m.title}`,
    `部分 section: ${section ? `${section.numeral}、${section.title}` : m.section}`,
    `地方政府 local: ${r?.local.join('、') || '—'}${r?.regions.length ? `  → ${r.regions.join(', ')}` : ''}`,
    `牵头 lead: ${r?.lead.map(agencyLabel).join('、') || '—'}`,
    `配合 supporting: ${r?.supporting.map(agencyLabel).join('、') || '—'}`,
    `分工负责 joint: ${r?.joint.map(agencyLabel).join('、') || '—'}`,
    `原文位置 span: ${m.span.start}–${m.span.end}`,
    '',
    m.text,
    '',
  ];
  return lines.join('\n');
}

function agencyDetail(agency: Agency, doc: PolicyDocument): string {
  const rows = measuresOfAgency(agency.id, undefined, doc).map(({ measure, roles }) => [
    `(${measure.numeral})`,
    measure.title,
    roles.map((r) => ROLE_ZH[r]).join('、'),
  ]);
  const successors = agency.successors.map(
    (s) => `  → ${s.name}${s.since ? ` (${s.since})` : ''} [${s.provenance.status}]`,
  );
  return [
    `${agency.short}  ${agency.full}  [${agency.id}]`,
    `类别 kind: ${agency.kind}`,
    `别名 aliases: ${agency.aliases.join('、') || '—'}`,
    ...(successors.length ? ['后继机构 successors:', ...successors] : []),
    '',
    rows.length
      ? renderTable(['措施', '标题 title', '角色 role'], rows, [8, 40, 12])
      : '本文件未提到该机构 / not named in this document',
    '',
  ].join('\n');
}

function regionDetail(region: Region, doc: PolicyDocument): string {
  const measures = region.gbCode ? measuresOfRegion(region.gbCode, doc) : [];
  const rows = measures.map((m) => [`(${m.numeral})`, m.title, ownersLine(m)]);
  return [
    `${region.name}  ${region.gbCode ?? `(无 GB/T 2260 代码；统计用代码 ${region.statisticalCode ?? '—'})`}  ${region.type}`,
    ...region.changes.map((c) => `  ${c.date}: ${c.description}`),
    '',
    `需要报送的措施 measures it reports on: ${measures.length}`,
    rows.length ? renderTable(['措施', '标题 title', '责任单位 owners'], rows, [8, 36, 70]) : '',
    '',
  ].join('\n');
}

export const showCommand: Command = {
  name: 'show',
  summary: '查看台账：全部措施、某项措施、某个机构或地区 / show the ledger, a measure, an agency or a region',
  usage: `${usage}\n  measure N      按编号（5、五、M05）/ by number (5, 五, M05)\n  agency NAME    按任何名称（简称、全称、别名、改革后名称）/ by any name (short, full, alias, successor)\n  region NAME    按名称或 GB/T 2260 代码 / by name or code`,
  async run(ctx) {
    const { values, positionals } = parseCommandArgs(
      ctx.args,
      { json: { type: 'boolean' }, document: { type: 'string' } },
      usage,
    );
    const doc = await loadDocument(values.document, ctx.cwd);
    const out = (json: unknown, text: string) => {
      ctx.stdout.write(values.json ? `${JSON.stringify(json, null, 2)}\n` : text);
      return 0;
    };
    const [what, ...rest] = positionals;
    const ref = rest.join(' ').trim();
    if (!what) return out(doc.measures, renderLedger(doc, ctx.stdout.columns ?? 160));
    if (!ref) throw new UserError(`请给出要查看的${what} / say which ${what}. 用法 / usage: ${usage}`);
    switch (what) {
      case 'measure': {
        const m = findMeasure(ref, doc);
        if (!m)
          throw new UserError(
            `没有措施 "${ref}"；本文件有 ${doc.measures.length} 项措施 / no measure "${ref}": this document has ${doc.measures.length}`,
          );
        return out(m, measureDetail(m, doc));
      }
      case 'agency': {
        const agency = agencyById(ref) ?? findAgency(ref);
        if (!agency)
          throw new UserError(
            `不认识机构 "${ref}"；试试简称，如 省住房城乡建设厅 / unknown agency "${ref}": try its short name, e.g. 省住房城乡建设厅`,
          );
        const measures = measuresOfAgency(agency.id, undefined, doc).map(({ measure, roles }) => ({
          number: measure.number,
          id: measure.id,
          title: measure.title,
          roles,
        }));
        return out({ agency, measures }, agencyDetail(agency, doc));
      }
      case 'region': {
        const region = findRegion(ref);
        if (!region)
          throw new UserError(
            `不认识地区 "${ref}"；试试名称或代码，如 西宁市、630100 / unknown region "${ref}": try a name or code, e.g. 西宁市, 630100`,
          );
        const measures = region.gbCode
          ? measuresOfRegion(region.gbCode, doc).map((m) => ({ number: m.number, id: m.id, title: m.title }))
          : [];
        return out({ region, measures }, regionDetail(region, doc));
      }
      default:
        throw new UserError(
          `不认识 "${what}"：可以是 measure、agency 或 region / unknown "${what}": use measure, agency or region`,
        );
    }
  },
};
