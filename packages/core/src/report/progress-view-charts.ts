/**
 * Apache ECharts options for the progress view's charts, as plain data (core does not import ECharts):
 * the CLI renders them to SVG on the server, the Excel add-in in the task pane, so both draw the same
 * pictures from the same numbers. Animation is off (a server-side SVG is a still picture); every bar
 * carries its number as a label, so the chart reads without hovering.
 */
import type { HeadlineIndicator, ProgressView } from './progress-view.js';
import { type MatrixStatus, PROGRESS_COLOURS, STATUS_STYLES } from './progress-view-status.js';

/** CJK-first font stack for SVG text (the HTML uses the same list). Unquoted: it goes into an SVG style attribute. */
export const CHART_FONT =
  'Noto Sans CJK SC, Source Han Sans SC, Microsoft YaHei, PingFang SC, Hiragino Sans GB, WenQuanYi Micro Hei, sans-serif';

/** An ECharts option object: plain JSON-like data. */
export type ChartOption = Record<string, unknown>;

/** A number as the report prints it: fixed decimals, no grouping (the same text in tables and charts). */
export function formatNumber(value: number | null, decimals: number): string {
  if (value === null) return '—';
  return value.toFixed(decimals);
}

/** A target as written: no trailing zeros (60, not 60.00). */
export function formatTarget(value: number, decimals: number): string {
  return String(Number(value.toFixed(decimals)));
}

/** A year-on-year change in percent, signed: `+2.5%`, `-0.4%`, `0.0%`; `—` when there is none. */
export function formatChange(change: number | null): string {
  if (change === null) return '—';
  return `${change > 0 ? '+' : ''}${formatNumber(change, 1)}%`;
}

/** A fractional year as a label: 2018 → `2017年末`, 2017.5 → `2017年6月`. */
export function atLabel(at: number): string {
  const year = Math.floor(at + 1e-9);
  const month = Math.round((at - year) * 12);
  return month === 0 ? `${year - 1}年末` : `${year}年${month}月`;
}

const base = (): ChartOption => ({
  animation: false,
  textStyle: { fontFamily: CHART_FONT, fontSize: 12, color: '#1F1F1F' },
});

/**
 * The path chart: the straight line from the baseline to the target by its deadline, the province's values
 * period by period, and the target itself.
 */
export function headlinePathOption(h: HeadlineIndicator): ChartOption {
  const d = h.decimals;
  const last = h.path[h.path.length - 1];
  const xs = [...h.path.map((p) => p.at), ...h.trajectory.map((p) => p.at)];
  const values = [
    ...h.path.map((p) => p.value),
    ...h.trajectory.flatMap((p) => (p.value === null ? [] : [p.value])),
  ];
  const min = values.length ? Math.min(...values) : 0;
  const max = values.length ? Math.max(...values) : 1;
  const pad = Math.max((max - min) * 0.15, 0.5);
  const actual = `${h.province.region.name}实际 actual`;
  return {
    ...base(),
    grid: { left: 56, right: 24, top: 40, bottom: 48 },
    legend: { top: 4, left: 'center', itemWidth: 18, data: ['按直线推进的路径 path', actual] },
    xAxis: {
      type: 'value',
      min: Math.floor(Math.min(...xs)),
      max: Math.ceil(Math.max(...xs)),
      interval: 1,
      // x is a fractional year and 2018.0 is the end of 2017.
      axisLabel: { formatter: (value: number) => `${value - 1}年末`, hideOverlap: true },
      name: '年 year',
      nameLocation: 'middle',
      nameGap: 28,
    },
    yAxis: {
      type: 'value',
      min: Math.floor(min - pad),
      max: Math.ceil(max + pad),
      name: h.unit,
      axisLabel: { formatter: '{value}' },
    },
    series: [
      {
        name: '按直线推进的路径 path',
        type: 'line',
        data: h.path.map((p, i) => ({
          value: [p.at, p.value],
          label: {
            show: true,
            position: i === 0 ? 'bottom' : 'top',
            align: i === 0 ? 'left' : 'right',
            formatter:
              i === 0
                ? `基期 ${formatNumber(p.value, d)}${h.unit}`
                : `目标 ${formatTarget(p.value, d)}${h.unit}（${last ? atLabel(last.at) : ''}）`,
          },
        })),
        lineStyle: { type: 'dashed', color: '#595959', width: 2 },
        itemStyle: { color: '#595959' },
        symbolSize: 6,
      },
      {
        name: actual,
        type: 'line',
        data: h.trajectory
          .filter((p) => p.value !== null)
          .map((p) => ({
            value: [p.at, p.value],
            label: { show: true, position: 'top', formatter: `${formatNumber(p.value, d)}` },
          })),
        lineStyle: { color: '#0072B2', width: 3 },
        itemStyle: { color: '#0072B2' },
        symbol: 'circle',
        symbolSize: 8,
      },
    ],
  };
}

/**
 * Where the province and each prefecture stand: one bar each, coloured by its progress status and labelled
 * with its value and status, against the target and what the path expects now.
 */
export function headlineStandingOption(h: HeadlineIndicator): ChartOption {
  const d = h.decimals;
  const points = [h.province, ...h.prefectures];
  const names = points.map((p) => (p.value === null ? `${p.region.name}（未报送）` : p.region.name));
  const markLines: unknown[] = [];
  if (h.targetValue !== null)
    markLines.push({
      xAxis: h.targetValue,
      name: '目标',
      lineStyle: { color: '#1F1F1F', type: 'solid', width: 2 },
      label: {
        formatter: `${h.goal.recurrence === 'yearly' ? '年度目标' : '目标'} ${formatTarget(h.targetValue, d)}`,
        position: 'start',
        distance: 4,
      },
    });
  if (h.expectedNow !== null)
    markLines.push({
      xAxis: Number(h.expectedNow.toFixed(d)),
      name: '按进度应达',
      lineStyle: { color: '#595959', type: 'dashed', width: 2 },
      label: { formatter: `按进度应达 ${formatNumber(h.expectedNow, d)}`, position: 'start', distance: 22 },
    });
  const values = points.flatMap((p) => (p.value === null ? [] : [p.value]));
  const top = Math.max(...values, h.targetValue ?? 0, h.expectedNow ?? 0);
  return {
    ...base(),
    grid: { left: 170, right: 110, top: 52, bottom: 28 },
    xAxis: {
      type: 'value',
      max: Math.ceil(top * 1.05),
      axisLabel: { formatter: '{value}', hideOverlap: true },
      name: h.unit,
    },
    yAxis: { type: 'category', data: names, inverse: true, axisTick: { show: false } },
    series: [
      {
        type: 'bar',
        barMaxWidth: 18,
        data: points.map((p) => ({
          value: p.value,
          itemStyle: { color: PROGRESS_COLOURS[p.progress?.status ?? '无法判断'] },
          label: {
            show: true,
            position: 'right',
            formatter: `${formatNumber(p.value, d)}  ${p.progress?.status ?? '未报送'}`,
          },
        })),
        markLine: { symbol: 'none', silent: true, data: markLines },
      },
    ],
  };
}

/** How many measures each prefecture reports in each status: one stacked bar per prefecture. */
export function statusCountsOption(view: Pick<ProgressView, 'matrix' | 'regions'>): ChartOption {
  const statuses: MatrixStatus[] = ['已完成', '推进中', '未启动', '滞后', '未报送'];
  const count = (code: string, status: MatrixStatus) =>
    view.matrix.filter((row) => row.cells.some((c) => c.region.code === code && c.status === status)).length;
  return {
    ...base(),
    grid: { left: 130, right: 24, top: 36, bottom: 24 },
    legend: { top: 4, data: statuses.map((s) => `${s} ${STATUS_STYLES[s].en}`) },
    xAxis: { type: 'value', name: '项', minInterval: 1 },
    yAxis: {
      type: 'category',
      data: view.regions.map((r) => r.name),
      inverse: true,
      axisTick: { show: false },
    },
    series: statuses.map((s) => ({
      name: `${s} ${STATUS_STYLES[s].en}`,
      type: 'bar',
      stack: 'status',
      barMaxWidth: 20,
      itemStyle: {
        color: STATUS_STYLES[s].fill,
        borderColor: '#595959',
        borderWidth: s === '未报送' ? 1 : 0,
      },
      label: {
        show: true,
        color: STATUS_STYLES[s].text,
        formatter: (params: { value: number }) => (params.value > 0 ? String(params.value) : ''),
      },
      data: view.regions.map((r) => count(r.code, s)),
    })),
  };
}

/** This period against the same period last year, province-wide, for every indicator: the change in percent. */
export function yearOnYearOption(view: Pick<ProgressView, 'yearOnYear'>): ChartOption {
  const rows = view.yearOnYear;
  return {
    ...base(),
    grid: { left: 190, right: 64, top: 16, bottom: 28 },
    xAxis: { type: 'value', name: '%', axisLabel: { formatter: '{value}' } },
    yAxis: {
      type: 'category',
      data: rows.map((r) => r.name),
      inverse: true,
      axisTick: { show: false },
      axisLabel: { width: 180, overflow: 'truncate' },
    },
    series: [
      {
        type: 'bar',
        barMaxWidth: 14,
        data: rows.map((r) => ({
          value: r.province.change,
          itemStyle: { color: (r.province.change ?? 0) >= 0 ? '#0072B2' : '#E69F00' },
          label: {
            show: true,
            position: (r.province.change ?? 0) >= 0 ? 'right' : 'left',
            formatter: formatChange(r.province.change),
          },
        })),
      },
    ],
  };
}
