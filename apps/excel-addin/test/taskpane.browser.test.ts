import { seedDocument } from '@taizhang/core/data';
import {
  catalogueIndicators,
  parseA1,
  renderTemplate,
  resolveReportRegion,
  sampleFill,
} from '@taizhang/core/report';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { shots, usePaneBrowser } from './pane-browser.js';

/**
 * The built task pane in headless Chromium with the real office.js (served locally) and a scripted
 * Excel host: Fill, then Validate, problems listed, a click selects the cell; both languages shot.
 * One browser for every case. Fails — does not skip — when Chromium is missing.
 */
const pane = usePaneBrowser();

interface Host {
  sheetNames(): string[];
  sheet(name: string): { values: unknown[][]; fills: Record<string, string> } | null;
  selection(): { sheet: string; address: string } | null;
  syncCounts(): number[];
  type(sheet: string, row: number, column: number, content: unknown): void;
  select(sheet: string, address: string): void;
}
declare const __taizhangHost: Host;

async function openPane(): Promise<Page> {
  const page = await pane.open(900);
  await page.locator('#tab-fill').waitFor({ timeout: 30_000 });
  return page;
}

describe('task pane in Chromium', () => {
  it('loads the real office.js, fills, validates, lists problems and selects the clicked cell', async () => {
    const page = await openPane();
    const pageErrors: string[] = [];
    page.on('pageerror', (e) => pageErrors.push(e.message));
    expect(
      await page.evaluate(
        () => typeof (window as unknown as { Office?: { onReady?: unknown } }).Office?.onReady,
      ),
    ).toBe('function');
    await expect.poll(() => page.locator('#no-host').count()).toBe(0);
    expect(await page.locator('h1').textContent()).toBe('台账 · 填报助手');

    // Fill: 西宁市, 2017.
    await page.selectOption('#fill-region', { label: '西宁市' });
    await page.fill('#fill-period', '2017');
    await page.click('#fill-button');
    await page.locator('#fill-result').waitFor();
    const sheets = await page.evaluate(() => __taizhangHost.sheetNames());
    expect(sheets).toEqual(expect.arrayContaining(['说明', '措施', '指标', '核实说明', '_taizhang']));
    await page.screenshot({ path: `${shots}taskpane-fill-zh.png` });

    // A second Fill asks before touching the existing sheets, and Cancel changes nothing.
    const before = await page.evaluate(() => JSON.stringify(__taizhangHost.sheet('措施')));
    await page.click('#fill-button');
    await page.locator('#fill-conflict').waitFor();
    await page.getByRole('button', { name: '取消' }).click();
    expect(await page.evaluate(() => JSON.stringify(__taizhangHost.sheet('措施')))).toBe(before);

    // Validate the blank template: required cells are reported and marked.
    const templateFills = await page.evaluate(() => __taizhangHost.sheet('措施')!.fills);
    await page.click('#tab-validate');
    await page.click('#validate-button');
    await page.locator('#validate-report').waitFor();
    const problems = page.locator('.problem-link');
    expect(await problems.count()).toBeGreaterThan(0);
    expect(await page.locator('.sheet-group h3').allTextContents()).toEqual(expect.arrayContaining(['措施']));
    const target = problems.nth(1);
    const sheet = (await target.getAttribute('data-sheet'))!;
    const cell = (await target.getAttribute('data-cell'))!;
    const marked = await page.evaluate((s) => __taizhangHost.sheet(s)!.fills, sheet);
    expect(marked[cell]).toMatch(/^#FF(C7CE|EB9C)$/);

    await target.click();
    await expect
      .poll(() => page.evaluate(() => __taizhangHost.selection()))
      .toEqual({ sheet, address: cell });
    await page.screenshot({ path: `${shots}taskpane-validate-zh.png` });

    // English: same problems, English messages.
    await page.click('#language-switch');
    expect(await page.locator('#validate-button').textContent()).toBe('Validate workbook');
    expect(await page.locator('.problem-message').first().textContent()).toMatch(/[A-Za-z]/);
    await page.screenshot({ path: `${shots}taskpane-validate-en.png` });

    // Clear marks puts every fill back as the template had it.
    await page.click('#clear-button');
    await page.locator('text=Marks cleared').waitFor();
    expect(await page.evaluate(() => __taizhangHost.sheet('措施')!.fills)).toEqual(templateFills);
    expect(pageErrors).toEqual([]);
    await page.close();
  });

  it('applies a safe fix after confirmation, undoes it, and looks up an agency by its new name', async () => {
    const page = await openPane();
    await page.selectOption('#fill-region', { label: '西宁市' });
    await page.fill('#fill-period', '2017');
    await page.click('#fill-button');
    await page.locator('#fill-result').waitFor();

    // The statistician fills the workbook (core's deterministic sample), typing two numbers the usual wrong ways.
    const indicators = catalogueIndicators();
    const plan = renderTemplate({
      document: seedDocument,
      region: resolveReportRegion('西宁市'),
      period: '2017',
      indicators,
    });
    const edits = sampleFill(plan, indicators);
    const numeric = edits.filter((e) => e.sheet === '指标' && typeof e.value === 'number');
    expect(numeric.length).toBeGreaterThan(1);
    const typed = [
      {
        ...numeric[0]!,
        value: String(numeric[0]!.value).replace(/[0-9.]/g, (d) =>
          d === '.' ? '．' : String.fromCharCode(d.charCodeAt(0) + 0xfee0),
        ),
      },
      {
        ...numeric[1]!,
        value: Number(numeric[1]!.value).toLocaleString('en-US', { maximumFractionDigits: 4 }),
      },
    ];
    const all = edits.map((e) => typed.find((t) => t.sheet === e.sheet && t.cell === e.cell) ?? e);
    await page.evaluate(
      (list) => {
        for (const e of list) __taizhangHost.type(e.sheet, e.row, e.column, e.value);
      },
      all.map((e) => ({ ...e, ...parseA1(e.cell), value: e.formula ?? e.value ?? '' })),
    );

    await page.click('#tab-validate');
    await page.click('#validate-button');
    await page.locator('#validate-report').waitFor();
    const codes = await page
      .locator('.problem')
      .evaluateAll((items) => items.map((i) => i.getAttribute('data-code')));
    expect(codes).toEqual(expect.arrayContaining(['V_FULL_WIDTH']));
    await page.screenshot({ path: `${shots}taskpane-fixes-zh.png` });

    await page.locator('#fix-all').click();
    await page.locator('#fix-confirm').waitFor();
    await page.click('#fix-apply');
    await page.locator('#undo-fixes').waitFor();
    const fixed = await page.evaluate(
      (c) => __taizhangHost.sheet('指标')!.values[c.row]![c.column],
      parseA1(typed[0]!.cell),
    );
    expect(fixed).toBe(numeric[0]!.value);
    expect(await page.locator('.problem[data-code="V_FULL_WIDTH"]').count()).toBe(0);

    await page.click('#undo-fixes');
    await expect
      .poll(() =>
        page.evaluate((c) => __taizhangHost.sheet('指标')!.values[c.row]![c.column], parseA1(typed[0]!.cell)),
      )
      .toBe(typed[0]!.value);

    // Look up 省自然资源厅 (the 2018 successor) and insert the document's own name into an empty cell.
    await page.click('#tab-lookup');
    await page.fill('#lookup-query', '省自然资源厅');
    const hit = page.locator('.hit').first();
    await expect.poll(() => hit.textContent()).toContain('省国土资源厅');
    await page.screenshot({ path: `${shots}taskpane-lookup-zh.png` });
    await page.evaluate(() => {
      __taizhangHost.type('工作记录', 0, 0, '牵头部门');
      __taizhangHost.select('工作记录', 'A2');
    });
    await hit.locator('button').click();
    await expect
      .poll(() => page.evaluate(() => __taizhangHost.sheet('工作记录')!.values[1]?.[0]))
      .toBe('省国土资源厅');
    // The same cell is no longer empty: a second insert is refused, nothing replaced.
    await page.fill('#lookup-query', '住建厅');
    await page.locator('.hit button').first().click();
    await page.locator('.message-bar.error').waitFor();
    expect(await page.evaluate(() => __taizhangHost.sheet('工作记录')!.values[1]?.[0])).toBe('省国土资源厅');
    await page.close();
  });

  it('lists a problem on the hidden identity sheet without a link Excel could not follow', async () => {
    const page = await openPane();
    await page.click('#fill-button');
    await page.locator('#fill-result').waitFor();
    await page.evaluate(() => __taizhangHost.type('_taizhang', 5, 1, '0'));
    await page.click('#tab-validate');
    await page.click('#validate-button');
    const hidden = page.locator('.problem[data-code="S_CHECKSUM"] .hidden-sheet');
    await hidden.waitFor();
    expect(await hidden.getAttribute('title')).toBe('该单元格在隐藏工作表中，无法定位');
    await page.close();
  });

  it('refuses a period it cannot read with core’s message, and writes nothing', async () => {
    const page = await openPane();
    await page.fill('#fill-period', '2017Q5');
    await page.click('#fill-button');
    const message = page.locator('#panel-fill .message-bar.error');
    await message.waitFor();
    expect(await message.textContent()).toContain('2017Q5');
    expect(await page.evaluate(() => __taizhangHost.sheetNames())).toEqual([]);
    await page.close();
  });

  it('says a workbook is not a taizhang workbook and offers Fill', async () => {
    const page = await openPane();
    await page.evaluate(() => __taizhangHost.type('Sheet1', 0, 0, '别的数据'));
    await page.click('#tab-validate');
    await page.click('#validate-button');
    await page.locator('#not-taizhang').waitFor();
    await page.locator('#not-taizhang button').click();
    await page.locator('#fill-button').waitFor();
    await page.close();
  });
});
