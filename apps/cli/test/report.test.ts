/**
 * `taizhang report` end to end: prefecture workbooks generated through the fill path (all on track, some
 * behind, one prefecture missing, one invalid), the report's content checked against merge's numbers, the
 * agency and region views, and the write rules.
 */
import { existsSync } from 'node:fs';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { measuresOfAgency } from '@taizhang/core/data';
import {
  formatChange,
  formatNumber,
  mergeWorkbooks,
  type ProvincialSummary,
  parsePeriod,
  type ReportRegion,
  reportingPrefectures,
  type WorkbookGrid,
} from '@taizhang/core/report';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { reportIndicators, templateFileName } from '../src/report-context.js';
import { readWorkbookFile } from '../src/xlsx/read-workbook.js';
import { planToXlsx } from '../src/xlsx/write-plan.js';
import { cli } from './helpers.js';
import {
  filledPlan,
  urbanization,
  type WorkbookEdits,
  writePrefectureWorkbooks,
} from './report-workbooks.js';

let root: string;
const dirs = { onTrack: '', behind: '', missing: '', invalid: '' };

beforeAll(async () => {
  root = await mkdtemp(join(tmpdir(), 'taizhang-report-'));
  dirs.onTrack = join(root, 'on-track');
  dirs.behind = join(root, 'behind');
  dirs.missing = join(root, 'missing');
  dirs.invalid = join(root, 'invalid');
  await writePrefectureWorkbooks(dirs.onTrack, ['2017Q1', '2017Q2'], {
    edits: (r, p) => ({ onTrack: true, inputs: urbanization(r, p) }),
  });
  await writePrefectureWorkbooks(dirs.behind, ['2017Q2'], {
    edits: (r, p): WorkbookEdits => ({
      onTrack: true,
      // 海北州 built five times as many villages as a year before: a verification warning, explained on 核实说明.
      inputs: {
        ...urbanization(r, p),
        ...(r.name === '海北藏族自治州' ? { 'beautiful-villages-built': { villagesBuilt: [100, 20] } } : {}),
      },
      measures:
        r.name === '海东市'
          ? {
              M01: {
                status: '滞后',
                completion: 20,
                problems: '<script>alert("x")</script>落户配套政策尚未出台。',
              },
              M05: { status: '滞后', completion: 35 },
            }
          : r.name === '西宁市'
            ? { M05: { status: '滞后', completion: 30, problems: '棚改项目征收进度慢。' } }
            : {},
    }),
  });
  await writePrefectureWorkbooks(dirs.missing, ['2017Q2'], {
    skip: ['果洛藏族自治州'],
    edits: (r, p) => ({ onTrack: true, inputs: urbanization(r, p) }),
  });
  await writePrefectureWorkbooks(dirs.invalid, ['2017Q2'], {
    edits: (r, p) => ({ onTrack: true, inputs: urbanization(r, p) }),
  });
  // A completion of 150% cannot be sent: the whole set must be refused.
  const xining = reportingPrefectures().find((r) => r.name === '西宁市') as ReportRegion;
  const bad = filledPlan(xining, '2017Q2', {
    onTrack: true,
    measures: { M02: { status: '推进中', completion: 150 } },
  });
  await writeFile(join(dirs.invalid, templateFileName(xining, parsePeriod('2017Q2'))), await planToXlsx(bad));
}, 120_000);

afterAll(async () => {
  await rm(root, { recursive: true, force: true });
});

async function report(
  dir: string,
  ...options: string[]
): Promise<{ code: number; stdout: string; stderr: string; html: string; path: string }> {
  const path = join(root, `report-${Math.random().toString(36).slice(2)}.html`);
  const result = await cli('report', dir, '-o', path, ...options);
  const html = existsSync(path) ? await readFile(path, 'utf8') : '';
  return { ...result, html, path };
}

/** merge's summary of the workbooks of one period in a folder, read the way the CLI reads them. */
async function merged(dir: string, period: string): Promise<ProvincialSummary> {
  const grids: WorkbookGrid[] = [];
  for (const region of reportingPrefectures()) {
    const path = join(dir, templateFileName(region, parsePeriod(period)));
    if (existsSync(path)) grids.push(await readWorkbookFile(path));
  }
  const result = mergeWorkbooks(grids, { indicators: reportIndicators() });
  if (!result.ok) throw new Error('test workbooks should merge');
  return result.summary;
}

/** Every `data-number` in the report: key → the text shown. */
function numbers(html: string): Map<string, string> {
  return new Map(
    [...html.matchAll(/data-number="([^"]+)">([^<]*)</g)].map((m) => [m[1] as string, m[2] as string]),
  );
}

/** Matrix cells: `measure|regionCode` → status. */
function cells(html: string): Map<string, string> {
  const out = new Map<string, string>();
  for (const row of html.matchAll(/<tr data-measure="(M\d+)">(.*?)<\/tr>/gs)) {
    for (const c of (row[2] as string).matchAll(/data-status="([^"]+)" data-region="(\d+)"/g))
      out.set(`${row[1]}|${c[2]}`, c[1] as string);
  }
  return out;
}

describe('taizhang report', () => {
  test('all on track: every number equals merge, nothing behind, trajectory over two periods, self-contained', async () => {
    const r = await report(dirs.onTrack);
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    const summary = await merged(dirs.onTrack, '2017Q2');
    const shown = numbers(r.html);
    let compared = 0;
    for (const s of summary.indicators) {
      const d = s.indicator.decimals;
      expect(shown.get(`${s.id}:province:value`)).toBe(formatNumber(s.result.value, d));
      expect(shown.get(`${s.id}:province:lastValue`)).toBe(formatNumber(s.result.lastValue, d));
      expect(shown.get(`${s.id}:province:change`)).toBe(formatChange(s.result.change));
      compared += 3;
      for (const b of s.byRegion) {
        expect(shown.get(`${s.id}:${b.region.code}:value`)).toBe(formatNumber(b.value, d));
        compared++;
      }
    }
    expect(compared).toBeGreaterThan(16 * 4);
    const urban = summary.indicators.find((i) => i.id === 'urbanization-rate-resident');
    expect(shown.get('urbanization-rate-resident:province')).toBe(
      formatNumber(urban?.result.value ?? null, 2),
    );
    // the matrix: statuses are merge's, and none is behind
    const matrix = cells(r.html);
    for (const m of summary.measures)
      for (const b of m.byRegion) expect(matrix.get(`${m.id}|${b.region.code}`)).toBe(b.status);
    expect([...matrix.values()]).not.toContain('滞后');
    expect(r.html).toContain('本期没有市州报告滞后的措施');
    // the headline: 常住人口城镇化率 against 60% by 2020, baseline the year before the first period
    expect(r.html).toContain('力争到2020年全省常住人口城镇化率达到60%左右');
    expect(r.html).toContain('基期 baseline（2016年第一季度）');
    expect(r.html).toContain('2017年第二季度');
    // self-contained: no script, no external reference
    expect(r.html).not.toMatch(/<script|<link |src="http|href="http|@import|url\(http/i);
    expect((r.html.match(/<svg /g) ?? []).length).toBeGreaterThanOrEqual(5);
  });

  test('some behind: the matrix shows them, and the behind list names the lead agency and the governments to call', async () => {
    const r = await report(dirs.behind);
    expect(r.code).toBe(0);
    const summary = await merged(dirs.behind, '2017Q2');
    expect(summary.behind.map((b) => `${b.measureId}|${b.region.name}`).sort()).toEqual([
      'M01|海东市',
      'M05|海东市',
      'M05|西宁市',
    ]);
    const matrix = cells(r.html);
    expect(matrix.get('M01|630200')).toBe('滞后');
    expect(matrix.get('M05|630100')).toBe('滞后');
    expect(matrix.get('M05|630200')).toBe('滞后');
    expect([...matrix.values()].filter((s) => s === '滞后')).toHaveLength(3);
    const behind = r.html.slice(r.html.indexOf('id="behind"'), r.html.indexOf('id="year-on-year"'));
    const m05 = behind.slice(behind.indexOf('data-measure="M05"'));
    const m01 = behind.slice(behind.indexOf('data-measure="M01"'));
    // M05 first: two prefectures behind
    expect(behind.indexOf('data-measure="M05"')).toBeLessThan(behind.indexOf('data-measure="M01"'));
    expect(m05).toMatch(/2 个市州滞后/);
    expect(m01).toContain('牵头单位 lead: <b>省公安厅</b>');
    expect(m01).toContain('各市州人民政府');
    expect(m01).toContain('<a href="#p-M01-630200">海东市人民政府</a>');
    // what a prefecture typed is text, never markup
    expect(m01).toContain('&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt;落户配套政策尚未出台。');
    expect(r.html).not.toMatch(/<script/i);
    // every matrix link lands on the reported text
    for (const [, anchor] of r.html.matchAll(/<a href="#(p-M\d+-\d+)">/g))
      expect(r.html).toContain(`id="${anchor}"`);
    expect(r.html).toMatch(/id="p-M05-630100">[\s\S]*?棚改项目征收进度慢。/);
    // explanations are carried up: merge's, shown under the year-on-year table
    expect(
      summary.explanations.some((e) => e.region.name === '海北藏族自治州' && e.code === 'C_YOY_JUMP'),
    ).toBe(true);
    const shownExplanations = [...r.html.matchAll(/data-explanation="([^"]+)"/g)].map((m) => m[1]);
    expect(shownExplanations).toEqual(
      summary.explanations.map((e) => `${e.region.code}:${e.sheet}!${e.cell}`),
    );
  });

  test('missing inputs: a prefecture without a workbook is listed and its cells read 未报送', async () => {
    const r = await report(dirs.missing);
    expect(r.code).toBe(0);
    expect(r.html).toContain('未报送 not reported: 果洛藏族自治州');
    expect(r.stdout).toContain('1 个市州未报送');
    const matrix = cells(r.html);
    const golog = [...matrix.entries()].filter(([k]) => k.endsWith('|632600'));
    expect(golog.length).toBe(39);
    expect(golog.filter(([, s]) => s === '未报送').length).toBeGreaterThan(30);
    expect(golog.every(([, s]) => s === '未报送' || s === '不适用')).toBe(true);
  });

  test('an invalid workbook: refused with its problem listed, exit 1, nothing written', async () => {
    const r = await report(dirs.invalid);
    expect(r.code).toBe(1);
    expect(r.stderr).toContain('西宁市-2017Q2-台账填报.xlsx');
    expect(r.stderr).toMatch(/措施!G\d+/);
    expect(r.stderr).toContain('没有写出任何文件');
    expect(existsSync(r.path)).toBe(false);
  });

  test('--agency: only the measures the agency leads or supports, across every prefecture', async () => {
    const r = await report(dirs.behind, '--agency', '省住房城乡建设厅');
    expect(r.code).toBe(0);
    const expected = measuresOfAgency('省住房城乡建设厅').map((m) => m.measure.id);
    const rows = [...r.html.matchAll(/<tr data-measure="(M\d+)">/g)].map((m) => m[1]);
    expect(rows).toEqual(expected);
    expect(rows).toContain('M05');
    expect(r.html).toContain('省住房城乡建设厅牵头或配合的措施');
    expect([...new Set([...cells(r.html).keys()].map((k) => k.split('|')[1]))]).toHaveLength(8);
    // 省住房城乡建设厅 supports nearly every measure of this document; 省交通运输厅 answers for seven, and its
    // view keeps those seven and the indicators that track them.
    const transport = await report(dirs.behind, '--agency', '省交通运输厅');
    expect(transport.code).toBe(0);
    const numbers = new Set(measuresOfAgency('省交通运输厅').map((m) => m.measure.number));
    expect([...transport.html.matchAll(/<tr data-measure="M(\d+)">/g)].map((m) => Number(m[1]))).toEqual([
      ...numbers,
    ]);
    const tracked = reportIndicators()
      .filter((i) => i.measures.some((n) => numbers.has(n)))
      .map((i) => i.id);
    const yoy = [...transport.html.matchAll(/<tr data-indicator="([^"]+)">/g)].map((m) => m[1]);
    expect(yoy).toEqual(tracked);
    expect(yoy.length).toBeLessThan(reportIndicators().length);
    expect(yoy).not.toContain('urbanization-rate-registered');
  });

  test('--region: one prefecture, its column only, its measures behind only', async () => {
    const r = await report(dirs.behind, '--region', '西宁');
    expect(r.code).toBe(0);
    const regions = new Set([...cells(r.html).keys()].map((k) => k.split('|')[1]));
    expect([...regions]).toEqual(['630100']);
    const behind = r.html.slice(r.html.indexOf('id="behind"'), r.html.indexOf('id="year-on-year"'));
    expect(behind).toContain('data-measure="M05"');
    expect(behind).not.toContain('data-measure="M01"');
    expect(behind).not.toContain('海东市');
  });

  test('--pdf without Chromium: the HTML is written, the PDF is not, and one line says what to install', async () => {
    const before = process.env.TAIZHANG_CHROMIUM;
    process.env.TAIZHANG_CHROMIUM = join(root, 'no-chromium-here');
    try {
      const r = await report(dirs.behind, '--pdf');
      expect(r.code).toBe(2);
      expect(r.stderr.trim().split('\n')).toHaveLength(1);
      expect(r.stderr).toContain('apt-get install -y chromium fonts-noto-cjk');
      expect(r.html).toContain('<!doctype html>');
      expect(existsSync(r.path.replace(/\.html$/, '.pdf'))).toBe(false);
    } finally {
      if (before === undefined) delete process.env.TAIZHANG_CHROMIUM;
      else process.env.TAIZHANG_CHROMIUM = before;
    }
  });

  test('never overwrites without --force; bad arguments are one line and exit 2', async () => {
    const path = join(root, 'kept.html');
    await writeFile(path, 'mine');
    const kept = await cli('report', dirs.behind, '-o', path);
    expect(kept.code).toBe(2);
    expect(kept.stderr.trim().split('\n')).toHaveLength(1);
    expect(kept.stderr).toContain('--force');
    expect(await readFile(path, 'utf8')).toBe('mine');
    const forced = await cli('report', dirs.behind, '-o', path, '--force');
    expect(forced.code).toBe(0);
    expect(await readFile(path, 'utf8')).toContain('<!doctype html>');

    for (const args of [
      ['--region', '火星'],
      ['--region', '青海省'],
      ['--agency', '不存在的厅'],
    ]) {
      const r = await cli('report', dirs.behind, '-o', join(root, 'x.html'), ...args);
      expect(r.code).toBe(2);
      expect(r.stderr.trim().split('\n')).toHaveLength(1);
    }
    const noOutput = await cli('report', dirs.behind);
    expect(noOutput.code).toBe(2);
    expect(noOutput.stderr).toContain('-o');
    const missingFile = await cli('report', join(root, 'nope.xlsx'), '-o', join(root, 'y.html'));
    expect(missingFile.code).toBe(2);
    expect(missingFile.stderr).toContain('nope.xlsx');
    expect(existsSync(join(root, 'x.html')) || existsSync(join(root, 'y.html'))).toBe(false);
  });
});
