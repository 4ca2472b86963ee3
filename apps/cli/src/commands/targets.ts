import { findMeasure } from '@taizhang/core/data';
import { extractTargets, type Target } from '@taizhang/core/document';
import { findIndicator } from '@taizhang/core/formula';
import { parseCommandArgs } from '../args.js';
import { type Command, UserError } from '../command.js';
import { loadDocument } from '../document-source.js';
import { renderTable } from '../table.js';

const usage = 'taizhang targets [--measure N] [--json] [--document ledger.json|document.txt]';

const COMPARATOR_ZH: Record<NonNullable<Target['comparator']>, string> = {
  'at-least': '不少于',
  'at-most': '不超过',
  about: '左右',
  complete: '完成',
};
const RECURRENCE_ZH: Record<NonNullable<Target['recurrence']>, string> = {
  yearly: '每年',
  quarterly: '每季度',
  monthly: '每月',
};

/** 60%左右, 不少于70000人次, 完成, 提高. */
export function describeGoal(t: Target): string {
  if (t.direction) return t.direction === 'up' ? '提高 ↑' : '降低 ↓';
  if (t.value === null) return COMPARATOR_ZH[t.comparator ?? 'complete'];
  const amount = `${t.value.toLocaleString('zh-CN')}${t.unit ?? ''}`;
  return t.comparator === 'about' ? `${amount}左右` : `${COMPARATOR_ZH[t.comparator ?? 'at-least']}${amount}`;
}

/** 2020年前, 每年, 三年内 (3年), 2016年起. */
export function describeWhen(t: Target): string {
  const parts: string[] = [];
  if (t.startYear !== null) parts.push(`${t.startYear}年起`);
  if (t.recurrence) parts.push(RECURRENCE_ZH[t.recurrence]);
  if (t.deadline !== null) parts.push(`${t.deadline}年`);
  if (t.withinYears !== null) parts.push(`${t.withinYears}年内`);
  return parts.join('，') || '—';
}

export const targetsCommand: Command = {
  name: 'targets',
  summary: '列出文件中量化或有期限的目标 / list the quantified and dated targets of the document',
  usage: `${usage}\n  --measure N   只列这一项措施的目标（数字或中文序号，如 5 或 五）/ only this measure's targets\n  --json        每个目标一个 JSON 对象，measure 为措施序号，数值为 JSON 数字 / one JSON object per target\n  --document    另一份文件或台账 JSON（默认：青政〔2016〕76号）/ another document (default: the seed)`,
  async run(ctx) {
    const { values } = parseCommandArgs(
      ctx.args,
      { measure: { type: 'string' }, json: { type: 'boolean' }, document: { type: 'string' } },
      usage,
    );
    const doc = await loadDocument(values.document, ctx.cwd);
    let targets = extractTargets(doc);
    if (values.measure !== undefined) {
      const ref = /^\d+$/.test(values.measure) ? Number(values.measure) : values.measure;
      const measure = findMeasure(ref, doc);
      if (!measure)
        throw new UserError(
          `没有措施 ${values.measure} / no measure ${values.measure}: the document has measures 1–${doc.measures.length}`,
        );
      targets = targets.filter((t) => t.measure === measure.number);
      if (!values.json && targets.length === 0) {
        ctx.stdout.write(
          `措施 (${measure.numeral}) 没有量化或有期限的目标 / measure ${measure.number} has no quantified or dated target\n`,
        );
        return 0;
      }
    }
    if (values.json) {
      ctx.stdout.write(`${JSON.stringify(targets, null, 2)}\n`);
      return 0;
    }
    const rows = targets.map((t) => [
      t.id,
      t.subject,
      describeGoal(t),
      describeWhen(t),
      t.scope.level === 'province' ? '全省' : t.scope.names.join('、'),
      t.indicatorId ? (findIndicator(t.indicatorId)?.name ?? t.indicatorId) : '—',
    ]);
    const table = renderTable(
      ['目标 id', '内容 subject', '目标值 goal', '时间 when', '范围 scope', '指标 indicator'],
      rows,
      [10, 30, 18, 16, 16, 24],
    );
    ctx.stdout.write(
      `${table}\n\n${targets.length} 个目标 targets · ${new Set(targets.map((t) => t.measure)).size} 项措施 measures\n`,
    );
    return 0;
  },
};
