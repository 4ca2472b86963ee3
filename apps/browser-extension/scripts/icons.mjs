/**
 * Draws the extension's icons: one SVG (a ledger page with a highlighter stroke and 台) rendered by
 * headless Chromium at each size. Run once and commit the PNGs: `node scripts/icons.mjs`.
 */
import { renameSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';

const out = fileURLToPath(new URL('../static/icons/', import.meta.url));
const svg = `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 128 128" width="100%" height="100%">
  <rect x="14" y="8" width="100" height="112" rx="14" fill="#fffbeb" stroke="#92400e" stroke-width="8"/>
  <rect x="26" y="70" width="76" height="22" rx="6" fill="#fbbf24"/>
  <text x="64" y="66" font-family="Noto Sans CJK SC, sans-serif" font-weight="900" font-size="58" text-anchor="middle" fill="#92400e">台</text>
  <rect x="30" y="100" width="68" height="7" rx="3.5" fill="#92400e" opacity=".55"/>
</svg>`;

const browser = await chromium.launch({
  executablePath: '/usr/lib/chromium/chromium',
  headless: true,
  args: ['--disable-gpu'],
});
const page = await browser.newPage();
for (const size of [16, 32, 48, 128]) {
  await page.setViewportSize({ width: size, height: size });
  await page.setContent(`<html><body style="margin:0;background:transparent">${svg}</body></html>`);
  const file = `${out}icon-${size}.png`;
  await page.screenshot({ path: `${file}.tmp.png`, omitBackground: true });
  renameSync(`${file}.tmp.png`, file);
}
await browser.close();
console.log('icons written');
