import { resolve } from 'node:path';
import { parseCommandArgs } from '../args.js';
import type { Command } from '../command.js';
import { loadDocument } from '../document-source.js';
import { countPlanCells } from '../plan-stats.js';
import { periodArg, regionArg, templateFileName, templatePlan } from '../report-context.js';
import { writeFileSafely } from '../xlsx/safe-write.js';
import { planToXlsx } from '../xlsx/write-plan.js';

const usage = 'taizhang fill --region 西宁市 --period 2017 [-o FILE] [--force] [--document ledger.json]';

export const fillCommand: Command = {
  name: 'fill',
  summary: "生成市州某报告期的填报模板 (.xlsx) / write a region's reporting template for a period",
  usage: `${usage}

  --region   市州名称、简称或区划代码，或 青海省 / a prefecture by name or GB/T 2260 code, or the province
  --period   报告期：2017、2017H1、2017Q3 / a year, half-year or quarter
  -o FILE    输出文件（默认 <地区>-<报告期>-台账填报.xlsx）/ output file
  --force    覆盖已有文件 / replace an existing file`,
  async run(ctx) {
    const { values } = parseCommandArgs(
      ctx.args,
      {
        region: { type: 'string' },
        period: { type: 'string' },
        output: { type: 'string', short: 'o' },
        force: { type: 'boolean' },
        document: { type: 'string' },
      },
      usage,
    );
    const region = regionArg(values.region, usage);
    const period = periodArg(values.period, usage);
    const document = await loadDocument(values.document, ctx.cwd);
    const plan = templatePlan(document, region, period);
    const path = resolve(ctx.cwd, values.output ?? templateFileName(region, period));
    await writeFileSafely(path, await planToXlsx(plan), { force: values.force === true });
    const stats = countPlanCells(plan);
    ctx.stdout.write(
      `已生成 ${region.name}${period.label}填报模板 / wrote the template: ${path}\n  ${stats.measures} 项措施、${stats.indicators} 项指标、${stats.inputs} 个待填单元格 / measures, indicators, cells to fill\n`,
    );
    return 0;
  },
};
