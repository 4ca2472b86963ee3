import { describe, expect, it } from 'vitest';
import {
  applyEdits,
  computeIndicatorRow,
  mergeWorkbooks,
  renderSummary,
  reportingPrefectures,
  SUMMARY_SHEET,
  validateWorkbook,
  type WorkbookGrid,
} from '../../src/report/index.js';
import { filledGrid, indicators, rowOf } from './fixtures.js';

const grids = reportingPrefectures().map((r) => filledGrid(r.name, '2017'));
const [xining, haidong] = grids as [WorkbookGrid, WorkbookGrid];

describe('mergeWorkbooks', () => {
  const result = mergeWorkbooks(grids, { indicators });
  if (!result.ok) throw new Error(`merge refused: ${result.conflicts.join('; ')}`);
  const { summary } = result;

  it('covers all 8 prefectures in GB/T 2260 order with none missing', () => {
    expect(summary.regions.map((r) => r.code)).toEqual([
      '630100',
      '630200',
      '632200',
      '632300',
      '632500',
      '632600',
      '632700',
      '632800',
    ]);
    expect(summary.missing).toEqual([]);
  });

  it('sums inputs and recomputes a ratio from the sums — never the average of the ratios', () => {
    const s = summary.indicators.find((i) => i.id === 'urbanization-rate-resident');
    const reports = grids.map((g) =>
      validateWorkbook(g, { indicators }).indicators.find((i) => i.id === 'urbanization-rate-resident'),
    );
    const urban = reports.reduce((n, r) => n + (r?.thisPeriod.urbanResidents ?? 0), 0);
    const all = reports.reduce((n, r) => n + (r?.thisPeriod.residents ?? 0), 0);
    expect(s?.thisPeriod.urbanResidents).toBeCloseTo(urban, 6);
    expect(s?.result.value).toBeCloseTo(Math.round((urban / all) * 10000) / 100, 6);
    const mean = (s?.byRegion ?? []).reduce((n, r) => n + (r.value ?? 0), 0) / 8;
    expect(Math.abs((s?.result.value ?? 0) - mean)).toBeGreaterThan(0.01);
  });

  it('shows each measure’s status across the prefectures and who is behind', () => {
    const m = summary.measures.find((x) => x.id === 'M01');
    expect(m?.byRegion).toHaveLength(8);
    const behind = summary.measures.flatMap((x) =>
      x.byRegion.filter((b) => b.status === '滞后').map((b) => `${b.region.name} ${x.id}`),
    );
    expect(summary.behind.map((b) => `${b.region.name} ${b.measureId}`).sort()).toEqual(behind.sort());
    expect(behind.length).toBeGreaterThan(0);
  });

  it('renders as a plan whose indicator sheet recomputes the ratio live from the summed inputs', () => {
    const plan = renderSummary(summary);
    expect(plan.sheets.map((s) => s.name)).toEqual([...Object.values(SUMMARY_SHEET), '_taizhang']);
    const sheet = plan.sheets.find((s) => s.name === SUMMARY_SHEET.indicators);
    const id = sheet?.cells.find((c) => c.value === 'urbanization-rate-resident');
    const row = Number(id?.address.slice(1));
    expect(sheet?.cells.find((c) => c.address === `P${row}`)?.formula).toBe(
      `=IF(OR(H${row}="",K${row}="",K${row}=0),"",ROUND(H${row}/K${row}*100,2))`,
    );
  });
});

describe('mergeWorkbooks refuses', () => {
  it('a workbook that is not ready, listing every problem', () => {
    const bad = applyEdits(haidong, [
      { sheet: '措施', cell: 'F3', value: null },
      { sheet: '措施', cell: 'G3', value: '约50' },
    ]);
    const result = mergeWorkbooks([xining, bad, ...grids.slice(2)], { indicators });
    expect(result.ok).toBe(false);
    const notReady = result.reports.filter((r) => !r.ready);
    expect(notReady.map((r) => r.identity?.regionName)).toEqual(['海东市']);
    expect(notReady[0]?.problems.map((p) => p.code)).toEqual(['V_REQUIRED', 'V_APPROXIMATE']);
  });

  it('two workbooks for one prefecture, or mixed periods', () => {
    const twice = mergeWorkbooks([xining, xining], { indicators });
    expect(twice.ok === false && twice.conflicts[0]).toMatch(/两份/);
    const mixed = mergeWorkbooks([xining, filledGrid('海东市', '2017H1')], { indicators });
    expect(mixed.ok === false && mixed.conflicts[0]).toMatch(/报告期不一致/);
  });

  it('a workbook of the province itself, which would be counted twice', () => {
    const province = filledGrid('青海省', '2017');
    const result = mergeWorkbooks([xining, province], { indicators });
    expect(result.ok).toBe(false);
    expect(result.ok === false && result.conflicts.join('\n')).toMatch(
      /青海省的填报表，不是要合并的市州填报表/,
    );
  });

  it('carries explanations up with the region', () => {
    const g = xining;
    const r = rowOf(g, '指标', 'urbanization-rate-resident');
    const jumped = applyEdits(g, [
      { sheet: '指标', cell: `I${r}`, value: 40 },
      { sheet: '核实说明', cell: 'A3', value: '指标' },
      { sheet: '核实说明', cell: 'B3', value: `P${r}` },
      { sheet: '核实说明', cell: 'D3', value: '统计口径调整' },
    ]);
    const result = mergeWorkbooks([jumped, ...grids.slice(1)], { indicators });
    expect(result.ok && result.summary.explanations).toEqual([
      {
        region: { code: '630100', name: '西宁市' },
        sheet: '指标',
        cell: `P${r}`,
        code: '',
        text: '统计口径调整',
      },
    ]);
    const ind = indicators.find((i) => i.id === 'urbanization-rate-resident');
    if (!ind) throw new Error('catalogue lacks urbanization-rate-resident');
    expect(computeIndicatorRow(ind, { urbanResidents: 1, residents: 0 }, {}).value).toBeNull();
  });
});
