/**
 * Renders the reporting template for one region and one period as a spreadsheet-neutral WorkbookPlan:
 * 说明 (instructions and the filing block), 措施 (the measures the region reports on), 指标 (indicators
 * with live formulas), 核实说明 (explanations for verification warnings) and the hidden identity sheet.
 */
import type { Measure, PolicyDocument } from '../document/schema.js';
import { a1, a1Range } from './a1.js';
import { rowSignature, workbookChecksum } from './checksum.js';
import type { ReportIndicator } from './indicator.js';
import { MAX_INPUTS } from './indicator.js';
import { indicatorRowFormulas } from './indicator-row.js';
import {
  type ColumnSpec,
  EXPLANATION_COLUMNS,
  EXPLANATION_HEADERS,
  EXPLANATION_ROWS,
  FILING,
  FIRST_DATA_ROW,
  HEADER_ROW,
  IDENTITY_ROW_TABLE_START,
  INDICATOR_COLUMNS,
  INDICATOR_HEADERS,
  MEASURE_COLUMNS,
  MEASURE_HEADERS,
  MEASURE_STATUSES,
  PROVINCE_CODE,
  SHEET,
  TEMPLATE_ID,
  TEMPLATE_VERSION,
  TITLE_ROW,
} from './layout.js';
import { parsePeriod, type ReportPeriod, samePeriodLastYear } from './period.js';
import type { CellPlan, CellStyle, SheetPlan, WorkbookPlan } from './plan.js';
import { templateIndicators } from './targets.js';

export interface ReportRegion {
  /** GB/T 2260 code, e.g. `630100`; the province is `630000`. */
  code: string;
  name: string;
}

export interface TemplateInput {
  document: PolicyDocument;
  region: ReportRegion;
  period: ReportPeriod | string;
  /**
   * Indicators to offer; only those tracking one of the region's measures are rendered. Default
   * `templateIndicators(document, region.code, period)`: the catalogue with the document's targets.
   */
  indicators?: readonly ReportIndicator[];
}

export { PROVINCE_CODE };

export const STYLE = {
  title: { bold: true, horizontal: 'center', vertical: 'middle' } satisfies CellStyle,
  header: {
    bold: true,
    fill: '#DDEBF7',
    border: true,
    wrap: true,
    horizontal: 'center',
    vertical: 'middle',
  } satisfies CellStyle,
  fixed: { fill: '#F2F2F2', border: true, wrap: true, vertical: 'top' } satisfies CellStyle,
  input: { fill: '#FFFFFF', border: true, wrap: true, vertical: 'top' } satisfies CellStyle,
  formula: { fill: '#E2EFDA', border: true, vertical: 'top' } satisfies CellStyle,
  unused: { fill: '#D9D9D9', border: true } satisfies CellStyle,
} as const;

/** The measures a region reports on: the province reports on every measure; a prefecture on those whose clause names it. */
export function measuresForRegion(document: PolicyDocument, regionCode: string): Measure[] {
  if (regionCode === PROVINCE_CODE) return document.measures;
  return document.measures.filter((m) => m.responsibility?.regions.includes(regionCode));
}

function headerCells(headers: ColumnSpec[]): CellPlan[] {
  return headers.map((h, c) => ({
    address: a1(HEADER_ROW, c),
    value: h.header,
    style: STYLE.header,
    locked: true,
  }));
}

function titleCell(text: string): CellPlan {
  return { address: a1(TITLE_ROW, 0), value: text, style: { ...STYLE.title }, locked: true };
}

const joinNames = (names: readonly string[]) => names.join('、');

/** Lead agencies; when a clause has only 按照职能分工负责 agencies, those answer for the measure jointly. */
export function leadText(measure: Measure): string {
  const r = measure.responsibility;
  if (!r) return '';
  if (r.lead.length > 0) return joinNames(r.lead);
  return r.joint.length > 0 ? `${joinNames(r.joint)}（按职能分工负责）` : '';
}

function measureSheet(
  measures: Measure[],
  heading: string,
): { sheet: SheetPlan; signatures: Array<[string, string]> } {
  const cells: CellPlan[] = [titleCell(heading), ...headerCells(MEASURE_HEADERS)];
  const signatures: Array<[string, string]> = [];
  const C = MEASURE_COLUMNS;
  measures.forEach((m, i) => {
    const row = FIRST_DATA_ROW + i;
    const fixed = [m.number, m.id, m.title, leadText(m), joinNames(m.responsibility?.supporting ?? [])];
    for (const [c, value] of fixed.entries())
      cells.push({ address: a1(row, c), value, style: STYLE.fixed, locked: true });
    for (const c of [C.status, C.progress, C.problems, C.nextSteps])
      cells.push({ address: a1(row, c), value: null, numberFormat: '@', style: STYLE.input, locked: false });
    cells.push({
      address: a1(row, C.completion),
      value: null,
      numberFormat: '0.0',
      style: STYLE.input,
      locked: false,
    });
    signatures.push([m.id, rowSignature(fixed)]);
  });
  const last = FIRST_DATA_ROW + Math.max(measures.length, 1) - 1;
  const col = (c: number) => a1Range(FIRST_DATA_ROW, c, last, c);
  return {
    signatures,
    sheet: {
      name: SHEET.measures,
      visibility: 'visible',
      cells,
      columnWidths: MEASURE_HEADERS.map((h) => h.width),
      freeze: { rows: FIRST_DATA_ROW, columns: 3 },
      merges: [a1Range(TITLE_ROW, 0, TITLE_ROW, MEASURE_HEADERS.length - 1)],
      protect: true,
      tabColor: '#2F75B5',
      validations: [
        {
          type: 'list',
          range: col(C.status),
          values: [...MEASURE_STATUSES],
          prompt: '从下拉列表选择：未启动、推进中、已完成、滞后',
          error: '请从列表中选择：未启动、推进中、已完成、滞后',
        },
        {
          type: 'decimal',
          range: col(C.completion),
          min: 0,
          max: 100,
          prompt: '填 0 到 100 之间的数，例如 58 表示 58%',
          error: '完成进度填 0–100 之间的数（58 表示 58%，不要填 0.58 或 58%）',
        },
        {
          type: 'textLength',
          range: col(C.progress),
          max: 500,
          prompt: '本期主要工作和进展，500 字以内',
          error: '本期进展请控制在 500 字以内',
        },
        { type: 'textLength', range: col(C.problems), max: 500, error: '存在问题请控制在 500 字以内' },
        { type: 'textLength', range: col(C.nextSteps), max: 500, error: '下步打算请控制在 500 字以内' },
      ],
    },
  };
}

/** Rows of the 指标 sheet for the given indicators; also used for the provincial summary with summed inputs. */
export function indicatorRowCells(
  indicator: ReportIndicator,
  row: number,
  inputs?: { thisPeriod: Array<number | null>; lastYear: Array<number | null> },
): { cells: CellPlan[]; signature: string } {
  const C = INDICATOR_COLUMNS;
  const target = indicator.target;
  const fixed: Array<string | number | null> = [
    indicator.id,
    indicator.name,
    indicator.unit,
    target?.value ?? null,
    target?.year ?? null,
    indicator.definition,
  ];
  const cells: CellPlan[] = fixed.map((value, c) => ({
    address: a1(row, c),
    value,
    style: STYLE.fixed,
    locked: true,
  }));
  const labels: Array<string | null> = [];
  for (let i = 0; i < MAX_INPUTS; i++) {
    const input = indicator.inputs[i];
    const label = input ? `${input.label}（${input.unit}）` : null;
    labels.push(label);
    cells.push({
      address: a1(row, C.inputLabel(i)),
      value: label,
      style: input ? STYLE.fixed : STYLE.unused,
      locked: true,
    });
    for (const [column, values] of [
      [C.inputThis(i), inputs?.thisPeriod],
      [C.inputLast(i), inputs?.lastYear],
    ] as const) {
      cells.push(
        input
          ? {
              address: a1(row, column),
              value: values?.[i] ?? null,
              numberFormat: input.integer ? '#,##0' : '#,##0.00',
              style: inputs ? STYLE.fixed : STYLE.input,
              locked: Boolean(inputs),
            }
          : { address: a1(row, column), value: null, style: STYLE.unused, locked: true },
      );
    }
  }
  const f = indicatorRowFormulas(indicator, row);
  cells.push(
    { address: a1(row, C.value), formula: f.value, numberFormat: '0.00', style: STYLE.formula, locked: true },
    {
      address: a1(row, C.lastValue),
      formula: f.lastValue,
      numberFormat: '0.00',
      style: STYLE.formula,
      locked: true,
    },
    {
      address: a1(row, C.change),
      formula: f.change,
      numberFormat: '0.0',
      style: STYLE.formula,
      locked: true,
    },
    f.completion
      ? {
          address: a1(row, C.completion),
          formula: f.completion,
          numberFormat: '0.0',
          style: STYLE.formula,
          locked: true,
        }
      : { address: a1(row, C.completion), value: null, style: STYLE.unused, locked: true },
    { address: a1(row, C.status), formula: f.status, style: STYLE.formula, locked: true },
  );
  return { cells, signature: rowSignature([...fixed, ...labels]) };
}

function indicatorSheet(
  indicators: readonly ReportIndicator[],
  heading: string,
): { sheet: SheetPlan; signatures: Array<[string, string]> } {
  const cells: CellPlan[] = [titleCell(heading), ...headerCells(INDICATOR_HEADERS)];
  const signatures: Array<[string, string]> = [];
  const validations: SheetPlan['validations'] = [];
  indicators.forEach((indicator, i) => {
    const row = FIRST_DATA_ROW + i;
    const rendered = indicatorRowCells(indicator, row);
    cells.push(...rendered.cells);
    signatures.push([indicator.id, rendered.signature]);
    indicator.inputs.forEach((input, k) => {
      const range = a1Range(row, INDICATOR_COLUMNS.inputThis(k), row, INDICATOR_COLUMNS.inputLast(k));
      const prompt = `${input.label}，单位：${input.unit}${input.integer ? '，填整数' : ''}；只填数字，不带单位`;
      validations.push(
        input.integer
          ? {
              type: 'whole',
              range,
              min: 0,
              max: 1_000_000_000,
              prompt,
              error: `${input.label}填不小于 0 的整数（单位${input.unit}，不带单位和逗号）`,
            }
          : {
              type: 'decimal',
              range,
              min: 0,
              max: 1_000_000_000,
              prompt,
              error: `${input.label}填不小于 0 的数（单位${input.unit}，不带单位和逗号）`,
            },
      );
    });
  });
  return {
    signatures,
    sheet: {
      name: SHEET.indicators,
      visibility: 'visible',
      cells,
      columnWidths: INDICATOR_HEADERS.map((h) => h.width),
      freeze: { rows: FIRST_DATA_ROW, columns: 2 },
      merges: [a1Range(TITLE_ROW, 0, TITLE_ROW, INDICATOR_HEADERS.length - 1)],
      protect: true,
      tabColor: '#548235',
      validations,
    },
  };
}

function explanationSheet(): SheetPlan {
  const cells: CellPlan[] = [
    titleCell('核实说明（对核实性审核提示的说明：数据无误的，写明原因后可以报送）'),
    ...headerCells(EXPLANATION_HEADERS),
  ];
  const last = FIRST_DATA_ROW + EXPLANATION_ROWS - 1;
  for (let r = FIRST_DATA_ROW; r <= last; r++) {
    for (let c = 0; c < EXPLANATION_HEADERS.length; c++)
      cells.push({ address: a1(r, c), value: null, numberFormat: '@', style: STYLE.input, locked: false });
  }
  const col = (c: number) => a1Range(FIRST_DATA_ROW, c, last, c);
  const E = EXPLANATION_COLUMNS;
  return {
    name: SHEET.explanations,
    visibility: 'visible',
    cells,
    columnWidths: EXPLANATION_HEADERS.map((h) => h.width),
    freeze: { rows: FIRST_DATA_ROW, columns: 0 },
    merges: [a1Range(TITLE_ROW, 0, TITLE_ROW, EXPLANATION_HEADERS.length - 1)],
    protect: true,
    tabColor: '#BF8F00',
    validations: [
      {
        type: 'list',
        range: col(E.sheet),
        values: [SHEET.measures, SHEET.indicators, SHEET.instructions],
        error: '填提示所在的工作表：措施、指标或说明',
      },
      {
        type: 'textLength',
        range: col(E.cell),
        max: 10,
        prompt: '提示所在单元格，例如 P5',
        error: '单元格地址形如 P5',
      },
      {
        type: 'textLength',
        range: col(E.code),
        max: 40,
        prompt: '提示的规则代码，例如 C_YOY_JUMP（可不填）',
        error: '规则代码 40 字以内',
      },
      {
        type: 'textLength',
        range: col(E.text),
        max: 500,
        prompt: '说明数据为什么是对的，例如：新建产业园区投产，就业人数大幅增加',
        error: '核实说明 500 字以内',
      },
    ],
  };
}

function instructionSheet(
  region: ReportRegion,
  period: ReportPeriod,
  measureCount: number,
  indicatorCount: number,
  documentNumber: string,
): SheetPlan {
  const last = samePeriodLastYear(period);
  const lines = [
    `本表是${region.name}${period.label}落实${documentNumber}的进展台账，共 ${measureCount} 项措施、${indicatorCount} 项指标。`,
    '一、灰色单元格是省里预先填好的内容（措施、牵头和配合单位、指标、目标），已锁定，请不要改动；白色单元格由您填写；绿色单元格是公式，自动计算。',
    '二、“措施”表：每一行选择进展状态（未启动、推进中、已完成、滞后），填写完成进度（0 到 100 之间的数，58 表示 58%）。状态不是“未启动”的，要写本期进展情况；状态为“滞后”的，要写存在问题。',
    `三、“指标”表：填写各输入项的本期值和上年同期值（${last.label}）。只填数字，不要带单位、逗号或“约”“左右”等字样；全角数字（如 ５８）请改为半角。`,
    '四、强制性审核：检查出的错误必须改正后才能报送。核实性审核：如与上年同期相比变化过大，系统会提示核实；数据确实无误的，在“核实说明”表中写明所在工作表、单元格和原因，即可报送。',
    '五、不要删除、插入或移动行和列，不要修改工作表名称；需要补充的情况写在“存在问题”或“核实说明”中。',
    '六、填完后可以用 taizhang validate 文件名 或 Excel 加载项“检查”按钮自查，结果为“可以报送”后再上报。',
  ];
  const cells: CellPlan[] = [titleCell(`${region.name}${period.label}新型城镇化建设进展填报表`)];
  const filing: Array<[number, string, string | null, boolean]> = [
    [FILING.region, '填报单位', `${region.name}（${region.code}）`, true],
    [FILING.period, '报告期', `${period.label}（${period.code}）`, true],
    [FILING.reporter, '填报人', null, false],
    [FILING.phone, '联系电话', null, false],
    [FILING.date, '填报日期', null, false],
  ];
  for (const [row, label, value, locked] of filing) {
    cells.push({ address: a1(row, 0), value: label, style: STYLE.header, locked: true });
    cells.push({
      address: a1(row, FILING.valueColumn),
      value,
      style: locked ? STYLE.fixed : STYLE.input,
      locked,
      numberFormat: row === FILING.date ? 'yyyy-mm-dd' : '@',
    });
  }
  const start = FILING.date + 2;
  cells.push({ address: a1(start, 0), value: '填报说明', style: { bold: true }, locked: true });
  for (const [i, line] of lines.entries()) {
    cells.push({
      address: a1(start + 1 + i, 0),
      value: line,
      style: { wrap: true, vertical: 'top' },
      locked: true,
    });
  }
  const valueCell = (row: number) => a1(row, FILING.valueColumn);
  return {
    name: SHEET.instructions,
    visibility: 'visible',
    cells,
    columnWidths: [12, 100],
    merges: [
      a1Range(TITLE_ROW, 0, TITLE_ROW, 1),
      ...lines.map((_, i) => a1Range(start + 1 + i, 0, start + 1 + i, 1)),
    ],
    protect: true,
    tabColor: '#7F7F7F',
    validations: [
      {
        type: 'textLength',
        range: valueCell(FILING.reporter),
        max: 30,
        prompt: '填报人姓名',
        error: '姓名 30 字以内',
      },
      {
        type: 'textLength',
        range: valueCell(FILING.phone),
        max: 30,
        prompt: '联系电话',
        error: '电话 30 字以内',
      },
      {
        type: 'date',
        range: valueCell(FILING.date),
        min: `${period.year}-01-01`,
        max: `${period.year + 2}-12-31`,
        prompt: '填报日期，如 2018-01-15',
        error: `填报日期应在 ${period.year}-01-01 到 ${period.year + 2}-12-31 之间，格式如 2018-01-15`,
      },
    ],
  };
}

export interface TemplateIdentity {
  templateId: string;
  templateVersion: string;
  regionCode: string;
  regionName: string;
  period: string;
  checksum: string;
  /** Row keys in order with their locked-cell signatures. */
  rows: Array<{ sheet: string; key: string; signature: string }>;
}

export function identitySheet(identity: TemplateIdentity): SheetPlan {
  const pairs: Array<[string, string]> = [
    ['templateId', identity.templateId],
    ['templateVersion', identity.templateVersion],
    ['regionCode', identity.regionCode],
    ['regionName', identity.regionName],
    ['period', identity.period],
    ['checksum', identity.checksum],
    ['rowCount', String(identity.rows.length)],
  ];
  const cells: CellPlan[] = pairs.flatMap(([k, v], r) => [
    { address: a1(r, 0), value: k, numberFormat: '@', locked: true },
    { address: a1(r, 1), value: v, numberFormat: '@', locked: true },
  ]);
  identity.rows.forEach((row, i) => {
    const r = IDENTITY_ROW_TABLE_START + i;
    cells.push(
      { address: a1(r, 0), value: row.sheet, numberFormat: '@', locked: true },
      { address: a1(r, 1), value: row.key, numberFormat: '@', locked: true },
      { address: a1(r, 2), value: row.signature, numberFormat: '@', locked: true },
    );
  });
  return {
    name: SHEET.identity,
    visibility: 'hidden',
    cells,
    columnWidths: [16, 24, 60],
    validations: [],
    merges: [],
    protect: true,
  };
}

/** The reporting template for a region and a period. Pure: the same input always gives the same plan. */
export function renderTemplate(input: TemplateInput): WorkbookPlan {
  return buildTemplate(input).plan;
}

/**
 * The identity a template for this input carries (region, period, locked-cell signatures and their checksum),
 * so a filled workbook can be checked against the document it claims to come from.
 */
export function templateIdentity(input: TemplateInput): TemplateIdentity {
  return buildTemplate(input).identity;
}

function buildTemplate(input: TemplateInput): { plan: WorkbookPlan; identity: TemplateIdentity } {
  const period = typeof input.period === 'string' ? parsePeriod(input.period) : input.period;
  const { region, document } = input;
  const measures = measuresForRegion(document, region.code);
  const numbers = new Set(measures.map((m) => m.number));
  const offered = input.indicators ?? templateIndicators(document, region.code, period);
  const indicators = offered.filter((i) => i.measures.some((n) => numbers.has(n)));
  if (measures.length === 0 && indicators.length === 0) {
    throw new RangeError(
      `${region.name}（${region.code}）在文件中没有需要报告的措施或指标 / no measures or indicators to report for ${region.name} (${region.code})`,
    );
  }
  const docNo = document.metadata.documentNumber ?? document.title;
  const m = measureSheet(measures, `${region.name}${period.label}措施进展（${docNo}）`);
  const ind = indicatorSheet(indicators, `${region.name}${period.label}指标完成情况`);
  const rows = [
    ...m.signatures.map(([key, signature]) => ({ sheet: SHEET.measures, key, signature })),
    ...ind.signatures.map(([key, signature]) => ({ sheet: SHEET.indicators, key, signature })),
  ];
  const identity: TemplateIdentity = {
    templateId: TEMPLATE_ID,
    templateVersion: TEMPLATE_VERSION,
    regionCode: region.code,
    regionName: region.name,
    period: period.code,
    checksum: workbookChecksum(rows.map((r) => r.signature)),
    rows,
  };
  const plan: WorkbookPlan = {
    templateId: TEMPLATE_ID,
    templateVersion: TEMPLATE_VERSION,
    sheets: [
      instructionSheet(region, period, measures.length, indicators.length, docNo),
      m.sheet,
      ind.sheet,
      explanationSheet(),
      identitySheet(identity),
    ],
  };
  return { plan, identity };
}
