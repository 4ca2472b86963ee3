import { relative } from 'node:path';
import { type ValidationReport, validateWorkbook } from '@taizhang/core/report';
import { parseCommandArgs } from '../args.js';
import { type Command, UserError } from '../command.js';
import { loadDocument } from '../document-source.js';
import { reportIndicators } from '../report-context.js';
import { renderJunit, renderReport } from '../report-format.js';
import { progress, workbookPaths } from '../workbook-files.js';
import { readWorkbookFile } from '../xlsx/read-workbook.js';

const usage = 'taizhang validate FILE…|DIR [--json] [--format table|json|junit] [--document ledger.json]';

export const validateCommand: Command = {
  name: 'validate',
  summary:
    '审核填报表：强制性审核（错误）和核实性审核（提示） / check filled workbooks (errors and verification warnings)',
  usage: `${usage}

  退出码 exit code: 0 全部可以报送 all ready / 1 发现问题 problems found / 2 文件无法读取 a file could not be read`,
  async run(ctx) {
    const { values, positionals } = parseCommandArgs(
      ctx.args,
      { json: { type: 'boolean' }, format: { type: 'string' }, document: { type: 'string' } },
      usage,
    );
    const format = values.json ? 'json' : (values.format ?? 'table');
    if (!['table', 'json', 'junit'].includes(format))
      throw new UserError(
        `--format 只能是 table、json 或 junit / --format must be table, json or junit\n用法 / usage: ${usage}`,
      );
    if (positionals.length === 0)
      throw new UserError(
        `请给出要审核的文件或文件夹 / give the files or a folder to check\n用法 / usage: ${usage}`,
      );
    // Each workbook is also checked against the document its template should come from (default: the seed).
    const document = await loadDocument(values.document, ctx.cwd);
    const { paths, fromFolder } = await workbookPaths(positionals, ctx.cwd);
    const bar = progress(ctx.stderr, fromFolder ? paths.length : 0);
    const reports: ValidationReport[] = [];
    const unreadable: Array<{ file: string; message: string }> = [];
    for (const [i, path] of paths.entries()) {
      const display = relative(ctx.cwd, path) || path;
      bar.tick(i, display);
      try {
        const grid = await readWorkbookFile(path, display);
        reports.push(validateWorkbook(grid, { indicators: reportIndicators(), document }));
      } catch (error) {
        if (!(error instanceof UserError)) throw error;
        unreadable.push({ file: display, message: error.message });
      }
    }
    bar.tick(paths.length, '');
    bar.end();
    for (const u of unreadable) ctx.stderr.write(`taizhang validate: ${u.message}\n`);
    if (format === 'json')
      ctx.stdout.write(
        `${JSON.stringify({ reports: reports.map(({ measures, indicators, ...r }) => r), unreadable }, null, 2)}\n`,
      );
    else if (format === 'junit') ctx.stdout.write(renderJunit(reports, unreadable));
    else ctx.stdout.write(reports.map((r) => renderReport(r, ctx.stdout.columns ?? 160)).join('\n'));
    if (unreadable.length > 0) return 2;
    return reports.every((r) => r.ready) ? 0 : 1;
  },
};
