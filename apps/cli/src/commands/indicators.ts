import { extractTargets, targetsOfIndicator } from '@taizhang/core/document';
import { indicators } from '@taizhang/core/formula';
import { parseCommandArgs } from '../args.js';
import type { Command } from '../command.js';
import { loadDocument } from '../document-source.js';
import { renderTable } from '../table.js';

const usage = 'taizhang indicators [--json] [--document ledger.json|document.txt]';

export const indicatorsCommand: Command = {
  name: 'indicators',
  summary:
    '列出指标目录：定义、公式、输入、所跟踪的措施与目标 / list the indicator catalogue with formulas and targets',
  usage: `${usage}\n  --json       每个指标的全部字段，含 formula 与 targets / every field of each indicator, with its formula and targets\n  --document   从另一份文件中找目标（默认：青政〔2016〕76号）/ take targets from another document (default: the seed)`,
  async run(ctx) {
    const { values } = parseCommandArgs(
      ctx.args,
      { json: { type: 'boolean' }, document: { type: 'string' } },
      usage,
    );
    const targets = extractTargets(await loadDocument(values.document, ctx.cwd));
    if (values.json) {
      const out = indicators.map((i) => ({ ...i, targets: targetsOfIndicator(i.id, targets) }));
      ctx.stdout.write(`${JSON.stringify(out, null, 2)}\n`);
      return 0;
    }
    const rows = indicators.map((i) => [
      i.id,
      i.name,
      i.unit,
      i.direction === 'higher-is-better' ? '越高越好 ↑' : '越低越好 ↓',
      i.formula,
      i.measures.map((m) => `(${m})`).join(''),
      String(targetsOfIndicator(i.id, targets).length),
    ]);
    ctx.stdout.write(
      `${renderTable(['id', '指标 name', '单位', '方向 direction', '公式 formula', '措施', '目标数'], rows, [40, 22, 6, 14, 60, 10, 6])}\n`,
    );
    ctx.stdout.write(
      `\n${indicators.length} 个指标 indicators · 计算：taizhang eval <id> 变量=值 … / compute one: taizhang eval <id> var=value …\n`,
    );
    return 0;
  },
};
