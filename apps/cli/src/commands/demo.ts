import { mkdir } from 'node:fs/promises';
import { join, relative } from 'node:path';
import { seedDocument } from '@taizhang/core/data';
import {
  applyEditsToPlan,
  type CellEdit,
  parsePeriod,
  resolveReportRegion,
  SHEET,
  sampleFill,
  validateWorkbook,
  type WorkbookPlan,
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
    say('═══ 5. 常见错误示例 A sample with typical mistakes ═══');
    const mistakes = join(outDir, templateFileName(region, period).replace('台账填报', '样例-有错'));
    const mistakesNote = await writeOnce(
      mistakes,
      await planToXlsx(applyEditsToPlan(plan, [...edits, ...typicalMistakes(plan, edits)])),
    );
    say(`有错的样例 sample with mistakes: ${show(mistakes)}${mistakesNote}`);
    const flawed = validateWorkbook(await readWorkbookFile(mistakes, show(mistakes)), {
      indicators: reportIndicators(),
    });
    ctx.stdout.write(renderReport(flawed, ctx.stdout.columns ?? 160));
    say(
      `其中 ${flawed.problems.filter((p) => p.fix).length} 个可以安全地自动修正（全角数字、千分位、单位、文本日期）；其余要填报人改正或写核实说明。`,
    );
    say(
      '  Errors (强制性审核) must be fixed; a warning (核实性审核) may be kept with an explanation on the 核实说明 sheet.',
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

/** Row (1-based) of a key on a sheet of the plan. */
function rowOf(plan: WorkbookPlan, sheet: string, key: string): number | null {
  const cell = plan.sheets
    .find((s) => s.name === sheet)
    ?.cells.find((c) => c.value === key && /^[AB]\d+$/.test(c.address));
  return cell ? Number(cell.address.slice(1)) : null;
}

/**
 * What statisticians often type: full-width digits from a Chinese IME, 约 before a figure, 已完成 with
 * progress below 100, a rate as 0.58, a date as text — and a big change against last year that is real
 * and explained on the 核实说明 sheet.
 */
function typicalMistakes(plan: WorkbookPlan, sample: CellEdit[]): CellEdit[] {
  const out: CellEdit[] = [];
  const valueAt = (sheet: string, cell: string) =>
    sample.find((e) => e.sheet === sheet && e.cell === cell)?.value;
  const u = rowOf(plan, SHEET.indicators, 'urbanization-rate-resident');
  const t = rowOf(plan, SHEET.indicators, 'shantytown-renovation-completion-rate');
  const m1 = rowOf(plan, SHEET.measures, 'M01');
  const m2 = rowOf(plan, SHEET.measures, 'M02');
  if (u) {
    const residents = valueAt(SHEET.indicators, `K${u}`);
    out.push({
      sheet: SHEET.indicators,
      cell: `K${u}`,
      value: String(residents).replace(/[0-9.]/g, (d) => String.fromCharCode(d.charCodeAt(0) + 0xfee0)),
    });
    out.push({
      sheet: SHEET.indicators,
      cell: `H${u}`,
      value: `约${Math.round(Number(valueAt(SHEET.indicators, `H${u}`)))}`,
    });
  }
  if (t) {
    const last = Number(valueAt(SHEET.indicators, `I${t}`));
    out.push({ sheet: SHEET.indicators, cell: `I${t}`, value: Math.round(last * 0.5) });
    out.push(
      { sheet: SHEET.explanations, cell: 'A3', value: SHEET.indicators },
      { sheet: SHEET.explanations, cell: 'B3', value: `P${t}` },
      { sheet: SHEET.explanations, cell: 'C3', value: 'C_YOY_JUMP' },
      {
        sheet: SHEET.explanations,
        cell: 'D3',
        value: '2017 年新开工棚改项目集中交付，完成套数比上年大幅增加，数据已与住建部门核对。',
      },
    );
  }
  if (m1)
    out.push(
      { sheet: SHEET.measures, cell: `F${m1}`, value: '已完成' },
      { sheet: SHEET.measures, cell: `G${m1}`, value: 80 },
      { sheet: SHEET.measures, cell: `H${m1}`, value: '已出台实施细则' },
    );
  if (m2)
    out.push(
      { sheet: SHEET.measures, cell: `F${m2}`, value: '推进中' },
      { sheet: SHEET.measures, cell: `G${m2}`, value: 0.58 },
      { sheet: SHEET.measures, cell: `H${m2}`, value: '已开展调研' },
    );
  out.push({
    sheet: SHEET.instructions,
    cell: 'B7',
    value: `${
      Number(
        plan.sheets[0]?.cells
          .find((c) => c.address === 'B4')
          ?.value?.toString()
          .slice(0, 4),
      ) + 1
    }年1月15日`,
  });
  return out;
}

/** Writes a demo file unless one is there already: the demo never overwrites what a user may have edited. */
async function writeOnce(path: string, bytes: Buffer): Promise<string> {
  try {
    await writeFileSafely(path, bytes, { force: false });
    return '';
  } catch {
    return '（已存在，保留原文件 / exists, kept as it was）';
  }
}
