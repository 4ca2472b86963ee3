import { seedDocument } from '@taizhang/core/data';
import {
  a1,
  applyEditsToPlan,
  type CellEdit,
  catalogueIndicators,
  FIRST_DATA_ROW,
  findSheet,
  formatChange,
  formatNumber,
  MEASURE_COLUMNS,
  mergeWorkbooks,
  parseA1,
  planToGrid,
  renderTemplate,
  resolveReportRegion,
  SHEET,
  sampleFill,
  textOf,
  valueAt,
} from '@taizhang/core/report';
import { expect, it } from 'vitest';
import { shots, usePaneBrowser } from './pane-browser.js';

/**
 * The Progress view in the built task pane (headless Chromium, real office.js, scripted Excel host):
 * refused while the workbook is not ready, then the report's charts for the filled workbook, numbers
 * equal to merge's. Fails — does not skip — when Chromium is missing.
 */
const pane = usePaneBrowser();

interface Host {
  type(sheet: string, row: number, column: number, content: unknown): void;
}
declare const __taizhangHost: Host;

/** The statistician's numbers: core's sample, with measure (1) reported behind. */
function filledEdits(): { edits: CellEdit[]; plan: ReturnType<typeof renderTemplate> } {
  const indicators = catalogueIndicators();
  const plan = renderTemplate({
    document: seedDocument,
    region: resolveReportRegion('西宁市'),
    period: '2017Q2',
    indicators,
  });
  const measures = findSheet(planToGrid(plan, 'plan'), SHEET.measures);
  let row = -1;
  for (let r = FIRST_DATA_ROW; measures && r < measures.values.length; r++)
    if (textOf(valueAt(measures, r, MEASURE_COLUMNS.id)) === 'M01') row = r;
  expect(row).toBeGreaterThan(0);
  const M = MEASURE_COLUMNS;
  const behind: CellEdit[] = [
    { sheet: SHEET.measures, cell: a1(row, M.status), value: '滞后' },
    { sheet: SHEET.measures, cell: a1(row, M.completion), value: 20 },
    { sheet: SHEET.measures, cell: a1(row, M.progress), value: '已启动前期工作，进度慢于计划。' },
    { sheet: SHEET.measures, cell: a1(row, M.problems), value: '落户配套政策尚未出台。' },
  ];
  return { edits: [...sampleFill(plan, indicators), ...behind], plan };
}

it('Progress: refused until the workbook is ready, then the report’s charts with merge’s numbers', async () => {
  const pageErrors: string[] = [];
  const page = await pane.open(1100, (p) => p.on('pageerror', (e) => pageErrors.push(e.message)));
  await page.locator('#tab-fill').waitFor({ timeout: 30_000 });
  await page.selectOption('#fill-region', { label: '西宁市' });
  await page.fill('#fill-period', '2017Q2');
  await page.click('#fill-button');
  await page.locator('#fill-result').waitFor();

  // The empty template is not ready: no charts, a way to Validate.
  await page.click('#tab-progress');
  await page.click('#progress-button');
  await page.locator('#progress-not-ready').waitFor();
  expect(await page.locator('#progress-result').count()).toBe(0);
  await page.locator('#progress-not-ready button').click();
  expect(await page.locator('#tab-validate').getAttribute('aria-selected')).toBe('true');

  const { edits, plan } = filledEdits();
  await page.evaluate(
    (list) => {
      for (const e of list) __taizhangHost.type(e.sheet, e.row, e.column, e.value);
    },
    edits.map((e) => ({ ...e, ...parseA1(e.cell), value: e.formula ?? e.value ?? '' })),
  );
  await page.click('#tab-progress');
  await page.click('#progress-button');
  await page.locator('#progress-result').waitFor();

  // Merge's numbers for the same workbook, computed here without the pane.
  const merged = mergeWorkbooks([planToGrid(applyEditsToPlan(plan, edits), 'x')], {
    indicators: catalogueIndicators(),
  });
  if (!merged.ok) throw new Error('the filled workbook should merge');
  const urban = merged.summary.indicators.find((i) => i.id === 'urbanization-rate-resident');
  expect(await page.locator('[data-number="urbanization-rate-resident:value"]').textContent()).toBe(
    formatNumber(urban?.result.value ?? null, 2),
  );
  for (const i of merged.summary.indicators)
    expect(await page.locator(`[data-number="${i.id}:change"]`).textContent()).toBe(
      formatChange(i.result.change),
    );
  expect(await page.locator('#progress-result svg').count()).toBeGreaterThanOrEqual(3);
  expect(
    await page.locator('#progress-headline svg text').filter({ hasText: '目标 60%' }).count(),
  ).toBeGreaterThan(0);
  // Who is behind: merge's list, (1) among them with its lead agency.
  const behind = merged.summary.behind.map((b) => b.measureId);
  expect(behind).toContain('M01');
  expect(
    await page
      .locator('.progress-behind')
      .evaluateAll((els) => els.map((e) => e.getAttribute('data-measure'))),
  ).toEqual(behind);
  expect(await page.locator('.progress-behind[data-measure="M01"]').textContent()).toContain('省公安厅');
  expect(await page.locator('.progress-tags [data-status="滞后"]').textContent()).toBe(
    `! 滞后 ${behind.length}`,
  );
  await page.screenshot({ path: `${shots}taskpane-progress-zh.png`, fullPage: true });
  await page.locator('#progress-statuses').screenshot({ path: `${shots}taskpane-progress-statuses-zh.png` });

  await page.click('#language-switch');
  expect(await page.locator('#progress-button').textContent()).toBe('Show progress');
  expect(await page.locator('#progress-result').count()).toBe(1);
  await page.screenshot({ path: `${shots}taskpane-progress-en.png` });
  expect(pageErrors).toEqual([]);
  await page.close();
});
