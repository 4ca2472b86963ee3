import { existsSync } from 'node:fs';
import { relative, resolve } from 'node:path';
import { measuresOfAgency } from '@taizhang/core/data';
import {
  provinceRegion,
  type ReportRegion,
  resolveReportRegion,
  type WorkbookGrid,
} from '@taizhang/core/report';
import { parseCommandArgs } from '../args.js';
import { type Command, UserError } from '../command.js';
import { loadDocument } from '../document-source.js';
import { reportIndicators } from '../report-context.js';
import { renderReport } from '../report-format.js';
import { buildReport } from '../report-html/build.js';
import { htmlToPdf } from '../report-html/pdf.js';
import { progress, workbookPaths } from '../workbook-files.js';
import { readWorkbookFile } from '../xlsx/read-workbook.js';
import { writeFileSafely } from '../xlsx/safe-write.js';

const usage =
  'taizhang report FILE…|DIR -o report.html [--agency NAME] [--region NAME] [--pdf] [--force] [--document ledger.json]';

function prefectureArg(value: string): ReportRegion {
  let region: ReportRegion;
  try {
    region = resolveReportRegion(value);
  } catch (error) {
    throw new UserError(`--region: ${(error as Error).message}`);
  }
  if (region.code === provinceRegion().code)
    throw new UserError(
      '--region 请写一个市州；全省的报告不加 --region / --region takes a prefecture; leave it out for the province',
    );
  return region;
}

export const reportCommand: Command = {
  name: 'report',
  summary:
    '全省落实情况报告（HTML，可打印/PDF）：指标与目标、措施进展矩阵、滞后措施与责任单位、同比 / the provincial progress report',
  usage: `${usage}

  FILE…|DIR   各市州已审核的填报表，可含多个报告期（最新一期为本期，前几期画出走势） / the prefectures' workbooks, one or more periods
  -o FILE     输出的 HTML 文件 / the HTML file to write
  --agency    只看该单位牵头或配合的措施，如 省住房城乡建设厅 / only the measures an agency leads or supports
  --region    只看一个市州，如 西宁市 / one prefecture's view
  --pdf       同时用 Chromium 打印成 A4 PDF（与 HTML 同名 .pdf） / also print an A4 PDF next to it through headless Chromium
  --force     覆盖已有文件 / replace existing files

  退出码 exit code: 0 已生成 written / 1 有填报表未通过审核，未生成 a workbook failed validation, nothing written / 2 无法读取或参数有误 bad input`,
  async run(ctx) {
    const { values, positionals } = parseCommandArgs(
      ctx.args,
      {
        output: { type: 'string', short: 'o' },
        agency: { type: 'string' },
        region: { type: 'string' },
        pdf: { type: 'boolean' },
        force: { type: 'boolean' },
        document: { type: 'string' },
      },
      usage,
    );
    if (positionals.length === 0)
      throw new UserError(
        `请给出各市州的填报表或所在文件夹 / give the workbooks or their folder\n用法 / usage: ${usage}`,
      );
    if (!values.output)
      throw new UserError(
        `请用 -o 指定输出的 HTML 文件 / name the HTML file to write with -o\n用法 / usage: ${usage}`,
      );
    const output = resolve(ctx.cwd, values.output);
    const pdfPath = `${output.replace(/\.html?$/i, '')}.pdf`;
    const force = values.force === true;
    for (const path of values.pdf ? [output, pdfPath] : [output])
      if (existsSync(path) && !force)
        throw new UserError(
          `${path} 已存在，未覆盖；加 --force 覆盖，或用 -o 换一个文件名 / ${path} exists and was left alone; add --force to replace it or choose another name with -o`,
        );
    const document = await loadDocument(values.document, ctx.cwd);
    const region = values.region ? prefectureArg(values.region) : undefined;
    if (values.agency && measuresOfAgency(values.agency, undefined, document).length === 0)
      throw new UserError(
        `--agency：文件中没有“${values.agency}”牵头或配合的措施，请检查单位名称（如 省住房城乡建设厅） / no measure names the agency "${values.agency}"; check the name`,
      );

    const { paths, fromFolder } = await workbookPaths(positionals, ctx.cwd);
    const bar = progress(ctx.stderr, fromFolder ? paths.length : 0);
    const grids: WorkbookGrid[] = [];
    for (const [i, path] of paths.entries()) {
      const display = relative(ctx.cwd, path) || path;
      bar.tick(i, display);
      grids.push(await readWorkbookFile(path, display));
    }
    bar.tick(paths.length, '');
    bar.end();
    const result = buildReport(grids, {
      document,
      indicators: reportIndicators(),
      ...(values.agency ? { agency: values.agency } : {}),
      ...(region ? { region } : {}),
      generated: new Date().toISOString().slice(0, 10),
    });
    if (!result.ok) {
      const { notReady, conflicts } = result;
      ctx.stderr.write(notReady.map((r) => renderReport(r, 160)).join('\n'));
      for (const c of conflicts) ctx.stderr.write(`✗ ${c}\n`);
      ctx.stderr.write(
        `taizhang report: 未生成报告：${notReady.length} 份填报表不能报送${conflicts.length ? `，${conflicts.length} 个冲突` : ''}，问题见上；没有写出任何文件 / no report: ${notReady.length} workbook(s) not ready${conflicts.length ? `, ${conflicts.length} conflict(s)` : ''}; nothing was written\n`,
      );
      return 1;
    }
    const { view, html } = result;
    await writeFileSafely(output, Buffer.from(html, 'utf8'), { force });
    ctx.stdout.write(
      `已生成 ${view.period.label}${view.scope.kind === 'province' ? '全省' : view.scope.label}落实情况报告 / wrote the progress report: ${output}\n  ${view.matrix.length} 项措施，${view.behind.length} 项有市州滞后，${view.missing.length} 个市州未报送 / measures, behind, prefectures missing\n`,
    );
    if (values.pdf) {
      await writeFileSafely(pdfPath, await htmlToPdf(html), { force });
      ctx.stdout.write(`已打印 PDF / wrote the PDF: ${pdfPath}\n`);
    }
    return 0;
  },
};
