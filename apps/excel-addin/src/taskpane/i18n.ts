/** The task pane's words, Chinese first (the default), English on request. */
export type Language = 'zh' | 'en';

const STRINGS = {
  appTitle: { zh: '台账 · 填报助手', en: 'Taizhang reporting assistant' },
  appSubtitle: { zh: '青政〔2016〕76号 新型城镇化建设', en: 'Qinghai new urbanization, 青政〔2016〕76号' },
  switchLanguage: { zh: 'English', en: '中文' },
  switchLanguageLabel: { zh: '切换到英文', en: 'Switch to Chinese' },
  tabFill: { zh: '生成', en: 'Fill' },
  tabValidate: { zh: '校验', en: 'Validate' },
  tabLookup: { zh: '查询', en: 'Look up' },
  tabProgress: { zh: '进度', en: 'Progress' },
  notInExcel: {
    zh: '请在 Excel 中打开本加载项：这里没有可用的工作簿。',
    en: 'Open this add-in in Excel: there is no workbook here.',
  },
  busy: { zh: '正在处理…', en: 'Working…' },
  failed: { zh: '操作未完成：', en: 'Not done: ' },

  fillIntro: {
    zh: '选择地区和报告期，在当前工作簿中生成填报表。',
    en: 'Choose the region and period to create the reporting sheets in this workbook.',
  },
  region: { zh: '地区', en: 'Region' },
  period: { zh: '报告期', en: 'Period' },
  periodHint: { zh: '年份 2017、半年 2017H1、季度 2017Q3', en: 'Year 2017, half 2017H1, quarter 2017Q3' },
  fillButton: { zh: '生成填报表', en: 'Create sheets' },
  fillConflict: {
    zh: '工作簿中已有同名工作表：{sheets}。继续将只在空白单元格中补齐模板内容，已填写的内容一律保留。',
    en: 'The workbook already has sheets named {sheets}. Continuing only fills empty cells; everything already typed stays.',
  },
  fillKeepExisting: { zh: '补齐空白单元格', en: 'Fill empty cells only' },
  cancel: { zh: '取消', en: 'Cancel' },
  fillDone: {
    zh: '已生成 {created} 个工作表，写入 {cells} 个单元格。',
    en: 'Created {created} sheets, wrote {cells} cells.',
  },
  fillCompleted: {
    zh: '已补齐 {sheets}；以下 {count} 个单元格与模板不同，已保留原内容：',
    en: 'Completed {sheets}; these {count} cells differ from the template and were kept:',
  },
  fillCancelled: { zh: '未做任何改动。', en: 'Nothing was changed.' },

  validateIntro: {
    zh: '读取当前工作簿，按填报规则检查，并在有问题的单元格上标色。',
    en: 'Read this workbook, check it against the reporting rules, and colour the cells with problems.',
  },
  validateButton: { zh: '校验工作簿', en: 'Validate workbook' },
  clearButton: { zh: '清除标记', en: 'Clear marks' },
  notTaizhang: {
    zh: '这不是台账填报表（没有模板标识）。可以先生成填报表。',
    en: 'This is not a taizhang reporting workbook (no template identity). You can create the sheets first.',
  },
  goFill: { zh: '去生成填报表', en: 'Create sheets' },
  summary: {
    zh: '错误 {errors} 个，待说明的警告 {warnings} 个。',
    en: '{errors} errors, {warnings} warnings to explain.',
  },
  ready: {
    zh: '可以报送：没有错误，警告均已修正或说明。',
    en: 'Ready to send: no errors, every warning fixed or explained.',
  },
  notReady: { zh: '暂不能报送。', en: 'Not ready to send.' },
  marked: { zh: '已标记 {count} 个单元格{notes}。', en: 'Marked {count} cells{notes}.' },
  markedNotes: { zh: '，并在 {count} 个单元格上附了批注', en: ', with notes on {count}' },
  noNotes: {
    zh: '（此版本 Excel 不支持批注，说明见本窗格）',
    en: ' (this Excel has no notes API; messages are in this pane)',
  },
  cleared: { zh: '已清除标记，{count} 个单元格恢复原样。', en: 'Marks cleared; {count} cells restored.' },
  clearedUserChanged: {
    zh: '{count} 个单元格的底色已被您改过，保持不变。',
    en: '{count} cells whose fill you changed were left as they are.',
  },
  severityError: { zh: '错误', en: 'Errors' },
  severityWarning: { zh: '警告', en: 'Warnings' },
  explained: { zh: '已说明', en: 'explained' },
  fixOne: { zh: '修正', en: 'Fix' },
  fixAll: { zh: '全部安全修正（{count}）', en: 'Apply all safe fixes ({count})' },
  fixConfirm: {
    zh: '将修改 {count} 个单元格。Excel 的“撤销”无法撤回加载项所做的修改；修改后可在此点击“撤销修正”恢复。',
    en: 'This changes {count} cells. Excel’s Undo cannot undo changes made by an add-in; afterwards you can undo them here.',
  },
  fixApply: { zh: '确定修正', en: 'Apply' },
  fixDone: { zh: '已修正 {count} 个单元格。', en: 'Fixed {count} cells.' },
  fixStale: {
    zh: '{count} 个单元格在校验后被改动过，未修改，请重新校验。',
    en: '{count} cells changed since validation and were left alone; validate again.',
  },
  undoFix: { zh: '撤销修正', en: 'Undo fixes' },
  undone: { zh: '已撤销 {count} 处修正。', en: 'Undid {count} fixes.' },
  noProblems: { zh: '没有发现问题。', en: 'No problems found.' },
  hiddenSheet: {
    zh: '该单元格在隐藏工作表中，无法定位',
    en: 'This cell is on a hidden sheet and cannot be selected',
  },
  selectCellTitle: { zh: '点击定位到单元格', en: 'Click to select the cell' },

  lookupIntro: {
    zh: '按名称查找措施、部门（含机构改革后的新名称）和指标，并插入到所选单元格。',
    en: 'Find measures, agencies (including names after the reforms) and indicators, and insert one into the selected cell.',
  },
  lookupPlaceholder: {
    zh: '输入名称、简称或编号，如 住建厅、M05、城镇化率',
    en: 'Name, short name or id, e.g. 住建厅, M05, 城镇化率',
  },
  lookupMeasures: { zh: '措施', en: 'Measures' },
  lookupAgencies: { zh: '部门', en: 'Agencies' },
  lookupIndicators: { zh: '指标', en: 'Indicators' },
  lookupNone: { zh: '没有匹配的结果。', en: 'Nothing matches.' },
  insert: { zh: '插入', en: 'Insert' },
  inserted: { zh: '已插入到 {address}。', en: 'Inserted into {address}.' },
  cellNotEmpty: {
    zh: '所选单元格 {address} 已有内容，未改动。请选择空白单元格。',
    en: 'The selected cell {address} is not empty and was left alone; select an empty cell.',
  },
  nowCalled: { zh: '现为', en: 'now' },
  leads: { zh: '牵头', en: 'leads' },
} as const satisfies Record<string, Record<Language, string>>;

export type MessageKey = keyof typeof STRINGS;

export function t(language: Language, key: MessageKey, params: Record<string, string | number> = {}): string {
  return STRINGS[key][language].replace(/\{(\w+)\}/g, (_, name: string) =>
    String(params[name] ?? `{${name}}`),
  );
}
