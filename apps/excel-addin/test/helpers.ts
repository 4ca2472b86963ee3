import type { SheetPlan, WorkbookPlan } from '@taizhang/core/report';
import { OfficeMockObject } from 'office-addin-mock';
import { FakeContext, type FakeExcel } from './fake-excel/api.js';

/**
 * A request context for the adapter: office-addin-mock's object carries `sync` (so tests count
 * round trips with `vi.spyOn(context, 'sync')`), and the workbook is the fake over a real grid.
 */
export function mockRequestContext(excel: FakeExcel): { context: Excel.RequestContext; fake: FakeContext } {
  const fake = new FakeContext(excel.state);
  excel.contexts.push(fake);
  const mock = new OfficeMockObject({
    context: {
      sync: async () => fake.sync(),
    },
  }) as unknown as { context: { sync(): Promise<void>; workbook: unknown } };
  mock.context.workbook = fake.workbook;
  return { context: mock.context as unknown as Excel.RequestContext, fake };
}

/** An `Office` global as office-addin-mock builds it, saying which ExcelApi versions the host has. */
export function mockOffice(maxExcelApi: number): unknown {
  return new OfficeMockObject({
    context: {
      requirements: {
        isSetSupported: (name: string, version: string) =>
          name === 'ExcelApi' && Number(version) <= maxExcelApi,
      },
    },
  });
}

/** A template-shaped plan with `rows` input rows: header, a hidden identity sheet, formulas, validation. */
export function samplePlan(rows: number): WorkbookPlan {
  const data: SheetPlan = {
    name: '指标填报',
    visibility: 'visible',
    cells: [
      { address: 'A1', value: '西宁市 2017年 新型城镇化指标填报', style: { bold: true } },
      { address: 'A2', value: '序号', style: { bold: true, fill: '#DDEBF7', border: true } },
      { address: 'B2', value: '指标', style: { bold: true, fill: '#DDEBF7', border: true } },
      { address: 'C2', value: '城镇人口（万人）', style: { bold: true, fill: '#DDEBF7', border: true } },
      { address: 'D2', value: '常住人口（万人）', style: { bold: true, fill: '#DDEBF7', border: true } },
      { address: 'E2', value: '城镇化率（%）', style: { bold: true, fill: '#DDEBF7', border: true } },
      { address: 'F2', value: '编号', style: { bold: true, fill: '#DDEBF7', border: true } },
    ],
    columnWidths: [6, 24, 14, 14, 14, 10],
    freeze: { rows: 2, columns: 2 },
    validations: [
      {
        type: 'decimal',
        range: `C3:D${rows + 2}`,
        min: 0,
        max: 100000,
        error: '请填写 0 至 100000 之间的数',
      },
    ],
    merges: ['A1:F1'],
    protect: true,
    tabColor: '#2F5597',
  };
  for (let i = 0; i < rows; i++) {
    const r = i + 3;
    data.cells.push(
      { address: `A${r}`, value: i + 1, style: { border: true } },
      { address: `B${r}`, value: `指标${i + 1}`, style: { border: true } },
      {
        address: `C${r}`,
        value: null,
        numberFormat: '0.00',
        locked: false,
        style: { fill: '#FFF2CC', border: true },
      },
      {
        address: `D${r}`,
        value: null,
        numberFormat: '0.00',
        locked: false,
        style: { fill: '#FFF2CC', border: true },
      },
      {
        address: `E${r}`,
        formula: `=IF(D${r}=0,"",C${r}/D${r}*100)`,
        numberFormat: '0.0',
        style: { border: true },
      },
      { address: `F${r}`, value: '007', numberFormat: '@', style: { border: true } },
    );
  }
  return {
    templateId: 'qinghai-urbanization-2016-76',
    templateVersion: '1',
    sheets: [
      data,
      {
        name: '_taizhang',
        visibility: 'veryHidden',
        cells: [
          { address: 'A1', value: 'templateId' },
          { address: 'B1', value: 'qinghai-urbanization-2016-76' },
        ],
        columnWidths: [],
        validations: [],
        merges: [],
        protect: false,
      },
    ],
  };
}
