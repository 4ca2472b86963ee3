import { describe, expect, test } from 'vitest';
import { measuresOfAgency, seedDocument } from '../../src/data/index.js';
import { extractTargets } from '../../src/document/index.js';
import {
  applyEdits,
  formatChange,
  formatNumber,
  formatTarget,
  goalsFromTargets,
  headlinePathOption,
  headlineStandingOption,
  MATRIX_STATUSES,
  mergeWorkbooks,
  periodAt,
  progressViewOfWorkbooks,
  reportingPrefectures,
  STATUS_STYLES,
  statusCountsOption,
  type WorkbookGrid,
  yearOnYearOption,
} from '../../src/report/index.js';
import { filledGrid, indicators, rowOf } from './fixtures.js';

const goals = goalsFromTargets(extractTargets(seedDocument), 2016);

/** Relative luminance and contrast ratio (WCAG 2). */
function contrast(a: string, b: string): number {
  const lum = (hex: string) => {
    const [r, g, bl] = [1, 3, 5].map((i) => {
      const c = Number.parseInt(hex.slice(i, i + 2), 16) / 255;
      return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
    });
    return 0.2126 * (r ?? 0) + 0.7152 * (g ?? 0) + 0.0722 * (bl ?? 0);
  };
  const [hi, lo] = [lum(a), lum(b)].sort((x, y) => y - x);
  return ((hi ?? 0) + 0.05) / ((lo ?? 0) + 0.05);
}

function setStatus(grid: WorkbookGrid, measure: string, status: string, completion: number): WorkbookGrid {
  const row = rowOf(grid, '措施', measure);
  return applyEdits(grid, [
    { sheet: '措施', cell: `F${row}`, value: status },
    { sheet: '措施', cell: `G${row}`, value: completion },
    { sheet: '措施', cell: `H${row}`, value: '进展说明' },
    { sheet: '措施', cell: `I${row}`, value: status === '滞后' ? '资金未到位' : '' },
  ]);
}

describe('goals from the seed targets', () => {
  test('urbanization 60% about by 2020, the training quota every year, 三年 counted from the document year', () => {
    const byId = new Map(goals.map((g) => [g.indicatorId, g]));
    expect(byId.get('urbanization-rate-resident')).toMatchObject({
      value: 60,
      comparator: 'about',
      deadline: 2020,
      recurrence: null,
    });
    expect(byId.get('farmer-herder-skills-training')).toMatchObject({ value: 70000, recurrence: 'yearly' });
    expect(byId.get('shantytown-renovation-completion-rate')).toMatchObject({
      comparator: 'complete',
      deadline: 2019,
    });
    expect(byId.get('water-supply-leakage-rate')).toMatchObject({ value: null, direction: 'down' });
    // one goal per indicator, province-wide only (西宁市's sponge-city task is not a headline)
    expect(new Set(goals.map((g) => g.indicatorId)).size).toBe(goals.length);
    expect(byId.has('sponge-city-area-ratio')).toBe(false);
  });
});

describe('progressViewOfWorkbooks', () => {
  const xining = setStatus(filledGrid('西宁市', '2017Q2'), 'M05', '滞后', 30);
  const haidong = setStatus(filledGrid('海东市', '2017Q2'), 'M05', '滞后', 25);
  const earlier = [filledGrid('西宁市', '2017Q1'), filledGrid('海东市', '2017Q1')];

  test('numbers are merge’s; periods ordered; the latest is the report’s', () => {
    const result = progressViewOfWorkbooks([xining, haidong, ...earlier], {
      document: seedDocument,
      indicators,
      goals,
    });
    if (!result.ok) throw new Error('should build');
    const merged = mergeWorkbooks([xining, haidong], { indicators });
    if (!merged.ok) throw new Error('should merge');
    const { view } = result;
    expect(view.period.code).toBe('2017Q2');
    expect(view.lastYear.code).toBe('2016Q2');
    for (const s of merged.summary.indicators) {
      const row = view.yearOnYear.find((r) => r.id === s.id);
      expect(row?.province).toEqual({
        value: s.result.value,
        lastValue: s.result.lastValue,
        change: s.result.change,
      });
    }
    const urban = view.headline.find((h) => h.id === 'urbanization-rate-resident');
    expect(urban?.trajectory.map((t) => t.label)).toEqual(['2017年第一季度', '2017年第二季度']);
    expect(urban?.baseline?.label).toBe('2016年第一季度');
    expect(urban?.path).toEqual([
      {
        at: periodAt({ code: '2016Q1', kind: 'quarter', year: 2016, part: 1, label: '' }),
        value: urban?.baseline?.value,
      },
      { at: 2021, value: 60 },
    ]);
    expect(urban?.province.value).toBe(
      merged.summary.indicators.find((i) => i.id === urban?.id)?.result.value,
    );
  });

  test('matrix: reported statuses, 未报送 for a prefecture without a workbook, 不适用 for a measure it does not answer for', () => {
    const result = progressViewOfWorkbooks([xining, haidong], { document: seedDocument, indicators, goals });
    if (!result.ok) throw new Error('should build');
    const { view } = result;
    expect(view.regions).toHaveLength(8);
    expect(view.missing.map((r) => r.name)).toHaveLength(6);
    const m05 = view.matrix.find((m) => m.id === 'M05');
    expect(m05?.cells.slice(0, 2).map((c) => c.status)).toEqual(['滞后', '滞后']);
    expect(m05?.cells.slice(2).every((c) => c.status === '未报送' && c.anchor === null)).toBe(true);
    const m11 = view.matrix.find((m) => m.id === 'M11');
    expect(m11?.cells[2]?.status).toBe('不适用');
    expect(view.behind[0]).toMatchObject({ id: 'M05', lead: ['省住房城乡建设厅'] });
    expect(view.behind[0]?.regions.map((r) => r.region.name)).toEqual(['西宁市', '海东市']);
    expect(view.texts.some((t) => t.anchor === 'p-M05-630100' && t.problems === '资金未到位')).toBe(true);
    const total = Object.values(view.counts).reduce((a, b) => a + b, 0);
    expect(total).toBe(view.matrix.length * 8);
  });

  test('agency and region filters', () => {
    const agency = measuresOfAgency('省住房城乡建设厅').map((m) => m.measure.number);
    const a = progressViewOfWorkbooks([xining, haidong], {
      document: seedDocument,
      indicators,
      goals,
      measures: { numbers: new Set(agency), label: '省住房城乡建设厅' },
    });
    if (!a.ok) throw new Error('should build');
    expect(a.view.matrix.map((m) => m.number)).toEqual(agency);
    expect(a.view.scope).toEqual({ kind: 'agency', label: '省住房城乡建设厅' });
    const xiningRegion = reportingPrefectures()[0];
    if (!xiningRegion) throw new Error('no prefectures');
    const r = progressViewOfWorkbooks([xining, haidong], {
      document: seedDocument,
      indicators,
      goals,
      region: xiningRegion,
    });
    if (!r.ok) throw new Error('should build');
    expect(r.view.regions).toEqual([xiningRegion]);
    expect(r.view.matrix.every((m) => m.cells.length === 1)).toBe(true);
    expect(r.view.behind.every((b) => b.regions.every((x) => x.region.code === xiningRegion.code))).toBe(
      true,
    );
  });

  test('a workbook that is not ready refuses the whole set, as merge does', () => {
    const broken = applyEdits(xining, [
      { sheet: '措施', cell: `G${rowOf(xining, '措施', 'M02')}`, value: 150 },
    ]);
    const result = progressViewOfWorkbooks([broken, haidong], { document: seedDocument, indicators, goals });
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.notReady.map((r) => r.source)).toEqual([broken.source]);
    const twice = progressViewOfWorkbooks([xining, xining], { document: seedDocument, indicators, goals });
    expect(twice.ok === false && twice.conflicts.length).toBe(1);
  });

  test('chart options carry the same numbers as the view', () => {
    const result = progressViewOfWorkbooks([xining, haidong], { document: seedDocument, indicators, goals });
    if (!result.ok) throw new Error('should build');
    const urban = result.view.headline.find((h) => h.id === 'urbanization-rate-resident');
    if (!urban) throw new Error('no urbanization headline');
    const standing = headlineStandingOption(urban) as {
      series: Array<{ data: Array<{ value: number | null }> }>;
    };
    expect(standing.series[0]?.data.map((d) => d.value)).toEqual([
      urban.province.value,
      ...urban.prefectures.map((p) => p.value),
    ]);
    const path = headlinePathOption(urban) as { series: Array<{ data: Array<{ value: [number, number] }> }> };
    expect(path.series[0]?.data.map((d) => d.value)).toEqual(urban.path.map((p) => [p.at, p.value]));
    const yoy = yearOnYearOption(result.view) as { series: Array<{ data: Array<{ value: number | null }> }> };
    expect(yoy.series[0]?.data.map((d) => d.value)).toEqual(
      result.view.yearOnYear.map((r) => r.province.change),
    );
    const counts = statusCountsOption(result.view) as { series: Array<{ data: number[] }> };
    expect(counts.series.flatMap((s) => s.data).reduce((a, b) => a + b, 0)).toBe(
      result.view.counts.已完成 +
        result.view.counts.推进中 +
        result.view.counts.未启动 +
        result.view.counts.滞后 +
        result.view.counts.未报送,
    );
  });
});

describe('presentation', () => {
  test('every status colour carries its text with contrast ≥ 4.5 and a distinct mark and fill', () => {
    for (const s of MATRIX_STATUSES)
      expect(contrast(STATUS_STYLES[s].fill, STATUS_STYLES[s].text)).toBeGreaterThanOrEqual(4.5);
    expect(new Set(MATRIX_STATUSES.map((s) => STATUS_STYLES[s].mark)).size).toBe(MATRIX_STATUSES.length);
    expect(new Set(MATRIX_STATUSES.map((s) => STATUS_STYLES[s].fill)).size).toBe(MATRIX_STATUSES.length);
  });

  test('number formats', () => {
    expect(formatNumber(55.8, 2)).toBe('55.80');
    expect(formatNumber(null, 2)).toBe('—');
    expect(formatTarget(60, 2)).toBe('60');
    expect(formatChange(2.25)).toBe('+2.3%');
    expect(formatChange(-0.4)).toBe('-0.4%');
    expect(formatChange(0)).toBe('0.0%');
    expect(formatChange(null)).toBe('—');
  });
});
