/** The Progress view's words, Chinese first, English on request (the pane's language switch). */
import type { Language } from '../taskpane/i18n.js';

const STRINGS = {
  intro: {
    zh: '用当前工作簿的填报数据画出落实进度：指标与目标、措施状态、同比。与 taizhang report 的图表相同。',
    en: 'Charts of this workbook’s progress: indicators against targets, measure statuses, year on year — the same charts as taizhang report.',
  },
  show: { zh: '查看进度', en: 'Show progress' },
  notReady: {
    zh: '这份填报表还不能报送（{count} 个问题），进度图表只画审核通过的数据。请先到“校验”修正。',
    en: 'This workbook is not ready to send ({count} problems); the charts only draw validated data. Fix it under Validate first.',
  },
  goValidate: { zh: '去校验', en: 'Go to Validate' },
  headline: { zh: '指标与目标', en: 'Indicators against targets' },
  noHeadline: { zh: '本表没有带量化目标的指标。', en: 'No indicator here has a quantified target.' },
  statuses: { zh: '措施状态', en: 'Measures by status' },
  behind: { zh: '滞后的措施（牵头单位）', en: 'Measures behind (lead agency)' },
  nothingBehind: { zh: '没有滞后的措施。', en: 'No measure is behind.' },
  yearOnYear: { zh: '本期与上年同期（%）', en: 'This period against last year (%)' },
  scope: { zh: '{region} · {period}', en: '{region} · {period}' },
} as const;

export type ProgressKey = keyof typeof STRINGS;

export function progressText(
  language: Language,
  key: ProgressKey,
  params: Record<string, string | number> = {},
): string {
  return STRINGS[key][language].replace(/\{(\w+)\}/g, (_, name: string) =>
    String(params[name] ?? `{${name}}`),
  );
}
