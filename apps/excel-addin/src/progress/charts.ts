/**
 * ECharts in the task pane: the modular build (only bar and line charts, grid, legend, mark lines) with
 * the SVG renderer, drawing the same options core gives the CLI's server-side report.
 */
import type { ChartOption } from '@taizhang/core/report';
import { BarChart, LineChart } from 'echarts/charts';
import { GridComponent, LegendComponent, MarkLineComponent } from 'echarts/components';
import * as echarts from 'echarts/core';
import { SVGRenderer } from 'echarts/renderers';

echarts.use([BarChart, LineChart, GridComponent, LegendComponent, MarkLineComponent, SVGRenderer]);

/** Draws one chart into a new element of the given size; the caller places the element. */
export function chartElement(option: ChartOption, width: number, height: number, label: string): HTMLElement {
  const element = document.createElement('figure');
  element.className = 'progress-chart';
  element.setAttribute('role', 'img');
  element.setAttribute('aria-label', label);
  element.style.width = `${width}px`;
  element.style.height = `${height}px`;
  const chart = echarts.init(element, null, { renderer: 'svg', width, height });
  chart.setOption(option);
  return element;
}

/** The narrow pane: chart options tuned for ~330 px (names on the left get less room, the legend its own line). */
export function narrow(option: ChartOption): ChartOption {
  const grid = (option.grid ?? {}) as Record<string, unknown>;
  const top = option.legend ? Math.max(Number(grid.top ?? 40), 56) : Number(grid.top ?? 40);
  return {
    ...option,
    grid: {
      ...grid,
      top,
      left: Math.min(Number(grid.left ?? 60), 96),
      right: Math.min(Number(grid.right ?? 24), 64),
    },
  };
}
