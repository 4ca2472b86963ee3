/**
 * Server-side rendering of the progress view's charts with Apache ECharts: `ssr: true` with the SVG
 * renderer gives a still SVG string, so the report needs no script to be read.
 */
import type { ChartOption } from '@taizhang/core/report';
import * as echarts from 'echarts';

export interface ChartSize {
  width: number;
  height: number;
}

/** One chart as an SVG string (ECharts escapes the text it draws). */
export function chartSvg(option: ChartOption, size: ChartSize): string {
  const chart = echarts.init(null, null, {
    renderer: 'svg',
    ssr: true,
    width: size.width,
    height: size.height,
  });
  try {
    chart.setOption(option);
    return chart.renderToSVGString();
  } finally {
    chart.dispose();
  }
}
