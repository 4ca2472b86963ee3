import {
  evaluateIndicator,
  findIndicator,
  type Indicator,
  indicators,
  roundHalfAwayFromZero,
} from '@taizhang/core/formula';
import { parseCommandArgs } from '../args.js';
import { type Command, UserError } from '../command.js';

const usage = 'taizhang eval INDICATOR var=value … [--json]';

/** A number as people type it: full-width digits, thousands commas (1,234.5), a blank for "no value". */
export function parseInputValue(text: string, variable: string): number | null {
  const folded = text.normalize('NFKC').trim();
  if (folded === '') return null;
  const plain = /^-?\d{1,3}(,\d{3})+(\.\d+)?$/.test(folded) ? folded.replace(/,/g, '') : folded;
  if (!/^-?(\d+(\.\d*)?|\.\d+)(e[+-]?\d+)?$/i.test(plain)) {
    throw new UserError(
      `${variable} 的值 "${text}" 不是数字 / the value of ${variable}, "${text}", is not a number: write e.g. ${variable}=306.5`,
    );
  }
  return Number(plain);
}

function inputId(indicator: Indicator, name: string): string {
  const input = indicator.inputs.find((i) => i.id === name || i.label === name);
  if (!input) {
    const known = indicator.inputs.map((i) => `${i.id}（${i.label}，${i.unit}）`).join('、');
    throw new UserError(
      `${indicator.name} 没有输入 "${name}" / ${indicator.id} has no input "${name}"; its inputs are ${known}`,
    );
  }
  return input.id;
}

export const evalCommand: Command = {
  name: 'eval',
  summary: '按指标公式计算 / compute an indicator from its inputs, or say why it cannot',
  usage: `${usage}\n  INDICATOR   指标 id 或中文名，如 urbanization-rate-resident 或 常住人口城镇化率 / id or Chinese name\n  var=value   输入变量（id 或中文名）及其值，如 urbanResidents=306.5 或 城镇常住人口=306.5\n  --json      输出 JSON；无法计算时仍以 2 退出 / print JSON; still exits 2 when it cannot compute\n\n  例 e.g.: taizhang eval 常住人口城镇化率 urbanResidents=306.5 residents=593.5`,
  async run(ctx) {
    const { values, positionals } = parseCommandArgs(ctx.args, { json: { type: 'boolean' } }, usage);
    const [name, ...pairs] = positionals;
    if (!name)
      throw new UserError(
        `缺少指标 / missing INDICATOR. 用法 usage: ${usage}. 运行 taizhang indicators 查看全部指标 / run "taizhang indicators" to list them`,
      );
    const indicator = findIndicator(name);
    if (!indicator) {
      throw new UserError(
        `没有指标 "${name}" / no indicator "${name}". 可用 / known: ${indicators.map((i) => i.id).join(', ')}`,
      );
    }
    const inputs: Record<string, number | null> = {};
    for (const pair of pairs) {
      const eq = pair.indexOf('=');
      if (eq <= 0)
        throw new UserError(
          `"${pair}" 应写成 变量=值 / "${pair}" should be var=value, e.g. ${indicator.inputs[0]?.id}=100`,
        );
      const id = inputId(indicator, pair.slice(0, eq).trim());
      if (Object.hasOwn(inputs, id)) throw new UserError(`${id} 给了两次 / ${id} is given twice`);
      inputs[id] = parseInputValue(pair.slice(eq + 1), id);
    }
    const result = evaluateIndicator(indicator, inputs);
    if (values.json) {
      const body = result.ok
        ? {
            indicator: indicator.id,
            name: indicator.name,
            unit: indicator.unit,
            inputs,
            ok: true,
            value: result.value,
            rounded: roundHalfAwayFromZero(result.value, indicator.decimals),
          }
        : { indicator: indicator.id, name: indicator.name, unit: indicator.unit, inputs, ...result };
      ctx.stdout.write(`${JSON.stringify(body, null, 2)}\n`);
      if (!result.ok) ctx.stderr.write(`taizhang eval: 无法计算 / cannot compute: ${result.message}\n`);
      return result.ok ? 0 : 2;
    }
    if (!result.ok) {
      throw new UserError(
        `无法计算 ${indicator.name} / cannot compute ${indicator.id} (${result.reason}): ${result.message}`,
      );
    }
    const shown = roundHalfAwayFromZero(result.value, indicator.decimals).toFixed(indicator.decimals);
    const lines = [
      `${indicator.name} = ${shown}${indicator.unit === '%' ? '%' : ` ${indicator.unit}`}`,
      `公式 formula: ${indicator.formula}`,
      ...indicator.inputs.map((i) => `  ${i.id}（${i.label}）= ${inputs[i.id]} ${i.unit}`),
    ];
    ctx.stdout.write(`${lines.join('\n')}\n`);
    return 0;
  },
};
