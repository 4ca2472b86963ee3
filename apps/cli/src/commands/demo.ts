import { mkdir } from 'node:fs/promises';
import { join, relative } from 'node:path';
import { seedDocument } from '@taizhang/core/data';
import {
  applyEditsToPlan,
  parsePeriod,
  resolveReportRegion,
  sampleFill,
  validateWorkbook,
} from '@taizhang/core/report';
import { parseCommandArgs } from '../args.js';
import type { Command } from '../command.js';
import { renderLedger } from '../ledger.js';
import { reportIndicators, templateFileName, templatePlan } from '../report-context.js';
import { renderReport } from '../report-format.js';
import { readWorkbookFile } from '../xlsx/read-workbook.js';
import { writeFileSafely } from '../xlsx/safe-write.js';
import { planToXlsx } from '../xlsx/write-plan.js';

const usage = 'taizhang demo [--region 西宁市] [--period 2017] [--out DIR]';

export const demoCommand: Command = {
  name: 'demo',
  summary:
    '演示：台账、填报模板、填好的样例和审核结果 / the whole job on the seed: ledger, template, a filled sample, its check',
  usage: `${usage}

  在 DIR（默认 ./out）写出空白模板和一份填好的样例，审核样例并打印结果；已有的文件不会被覆盖。
  Writes a blank template and a filled sample into DIR (default ./out), validates the sample and prints the report; existing files are kept.`,
  async run(ctx) {
    const { values } = parseCommandArgs(
      ctx.args,
      { region: { type: 'string' }, period: { type: 'string' }, out: { type: 'string' } },
      usage,
    );
    const region = resolveReportRegion(values.region ?? '西宁市');
    const period = parsePeriod(values.period ?? '2017');
    const outDir = join(ctx.cwd, values.out ?? 'out');
    const say = (text = '') => ctx.stdout.write(`${text}\n`);
    const show = (path: string) => relative(ctx.cwd, path) || path;

    say('═══ 1. 台账 The ledger ═══');
    say(renderLedger(seedDocument, ctx.stdout.columns ?? 160));

    say(`═══ 2. ${region.name}${period.label}填报模板 The reporting template ═══`);
    await mkdir(outDir, { recursive: true });
    const plan = templatePlan(seedDocument, region, period);
    const blank = join(outDir, templateFileName(region, period));
    const blankNote = await writeOnce(blank, await planToXlsx(plan));
    say(`空白模板 blank template: ${show(blank)}${blankNote}`);

    say();
    say('═══ 3. 一份填好的样例 A filled sample (generated, deterministic) ═══');
    const edits = sampleFill(plan, reportIndicators());
    const sample = join(outDir, templateFileName(region, period).replace('台账填报', '样例-已填'));
    const sampleNote = await writeOnce(sample, await planToXlsx(applyEditsToPlan(plan, edits)));
    say(`填好的样例 filled sample: ${show(sample)}${sampleNote}（${edits.length} 个单元格 cells filled）`);

    say();
    say('═══ 4. 审核 Validation (taizhang validate) ═══');
    const grid = await readWorkbookFile(sample, show(sample));
    const report = validateWorkbook(grid, { indicators: reportIndicators() });
    ctx.stdout.write(renderReport(report, ctx.stdout.columns ?? 160));
    const done = report.measures.filter((m) => m.status === '已完成').length;
    const behind = report.measures.filter((m) => m.status === '滞后').map((m) => m.id);
    say(
      `措施 ${report.measures.length} 项：已完成 ${done}，滞后 ${behind.length}${behind.length ? `（${behind.join('、')}）` : ''}；指标 ${report.indicators.length} 项`,
    );

    say();
    say('═══ 下一步 Next ═══');
    say(`  用 Excel、WPS 或 LibreOffice 打开 ${show(blank)} 填报 / open the blank template and fill it`);
    say(
      `  taizhang validate ${show(outDir)}        审核文件夹里的全部填报表 / check every workbook in the folder`,
    );
    say(
      '  taizhang fill --region 海东市 --period 2017Q3   生成其他地区和报告期的模板 / other regions and periods',
    );
    say('  taizhang merge 各市州/*.xlsx -o 全省汇总.xlsx   合并 8 个市州 / merge the 8 prefectures');
    return report.ready ? 0 : 1;
  },
};

/** Writes a demo file unless one is there already: the demo never overwrites what a user may have edited. */
async function writeOnce(path: string, bytes: Buffer): Promise<string> {
  try {
    await writeFileSafely(path, bytes, { force: false });
    return '';
  } catch {
    return '（已存在，保留原文件 / exists, kept as it was）';
  }
}
