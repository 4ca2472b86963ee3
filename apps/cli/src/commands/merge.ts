import { relative, resolve } from 'node:path';
import {
  mergeWorkbooks,
  parsePeriod,
  provinceRegion,
  renderSummary,
  type WorkbookGrid,
} from '@taizhang/core/report';
import { parseCommandArgs } from '../args.js';
import { type Command, UserError } from '../command.js';
import { loadDocument } from '../document-source.js';
import { indicatorsWithTargets, reportIndicators } from '../report-context.js';
import { renderReport } from '../report-format.js';
import { renderTable } from '../table.js';
import { progress, workbookPaths } from '../workbook-files.js';
import { readWorkbookFile } from '../xlsx/read-workbook.js';
import { writeFileSafely } from '../xlsx/safe-write.js';
import { planToXlsx } from '../xlsx/write-plan.js';

const usage = 'taizhang merge FILES…|DIR -o province.xlsx [--force] [--document ledger.json]';

export const mergeCommand: Command = {
  name: 'merge',
  summary: "合并各市州填报表为全省汇总 / merge the prefectures' workbooks into the provincial summary",
  usage: `${usage}

  先逐份审核，有任何一份不能报送则拒绝合并并列出全部问题；数量相加，比率按合计重新计算（不取平均）。
  Each workbook is validated first; if any is not ready the merge is refused, listing every problem.
  Counts are summed; ratios are recomputed from the summed inputs, never averaged.`,
  async run(ctx) {
    const { values, positionals } = parseCommandArgs(
      ctx.args,
      { output: { type: 'string', short: 'o' }, force: { type: 'boolean' }, document: { type: 'string' } },
      usage,
    );
    if (!values.output)
      throw new UserError(`缺少 -o 输出文件 / -o OUTPUT is required\n用法 / usage: ${usage}`);
    if (positionals.length === 0)
      throw new UserError(`请给出要合并的填报表 / give the workbooks to merge\n用法 / usage: ${usage}`);
    const document = await loadDocument(values.document, ctx.cwd);
    const output = resolve(ctx.cwd, values.output);
    const { paths, fromFolder } = await workbookPaths(positionals, ctx.cwd);
    const inputs = paths.filter((p) => p !== output);
    const bar = progress(ctx.stderr, fromFolder ? inputs.length : 0);
    const grids: WorkbookGrid[] = [];
    for (const [i, path] of inputs.entries()) {
      const display = relative(ctx.cwd, path) || path;
      bar.tick(i, display);
      grids.push(await readWorkbookFile(path, display));
    }
    bar.end();
    const period = grids
      .map((g) => g.sheets.find((s) => s.name === '_taizhang')?.values[4]?.[1])
      .find((p) => typeof p === 'string');
    // The summary compares the province's totals against the province's targets for the period.
    const indicators = period
      ? indicatorsWithTargets(document, provinceRegion(), parsePeriod(period))
      : reportIndicators();
    const result = mergeWorkbooks(grids, { indicators, document });
    if (!result.ok) {
      const notReady = result.reports.filter((r) => !r.ready);
      ctx.stdout.write(notReady.map((r) => renderReport(r, ctx.stdout.columns ?? 160)).join('\n'));
      for (const c of result.conflicts) ctx.stdout.write(`✗ ${c}\n`);
      ctx.stderr.write(
        `taizhang merge: 未合并：${notReady.length} 份填报表不能报送${result.conflicts.length ? `，${result.conflicts.length} 个冲突` : ''}，问题见上；没有写出任何文件 / not merged: ${notReady.length} workbook(s) not ready${result.conflicts.length ? `, ${result.conflicts.length} conflict(s)` : ''}; nothing was written\n`,
      );
      return 1;
    }
    const { summary } = result;
    await writeFileSafely(output, await planToXlsx(renderSummary(summary)), { force: values.force === true });
    const lines = [
      `已合并 ${summary.regions.length} 份 ${summary.periodLabel} 填报表 / merged ${summary.regions.length} workbooks: ${output}`,
      summary.missing.length
        ? `未报送 not reported: ${summary.missing.map((r) => r.name).join('、')}`
        : '8 个市州全部报送 / all 8 prefectures reported',
      '',
      renderTable(
        ['指标 indicator', '单位', '全省 province', '同比 yoy %', '对标 status'],
        summary.indicators.map((s) => [
          s.name,
          s.unit,
          s.result.value === null ? '—' : String(s.result.value),
          s.result.change === null ? '—' : String(s.result.change),
          s.result.status,
        ]),
      ),
      '',
      summary.behind.length
        ? `滞后事项 behind (${summary.behind.length}):\n${renderTable(
            ['地区 region', '措施', '进度 %', '存在问题 problems'],
            summary.behind.map((b) => [
              b.region.name,
              `${b.measureId} ${b.title}`,
              b.completion === null ? '—' : String(b.completion),
              b.problems,
            ]),
            [12, 40, 8, 40],
          )}`
        : '没有滞后事项 / nothing behind',
      summary.explanations.length ? `\n核实说明 explanations carried up: ${summary.explanations.length}` : '',
      '',
    ];
    ctx.stdout.write(lines.join('\n'));
    return 0;
  },
};
