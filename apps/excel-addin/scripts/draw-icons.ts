/**
 * Draws the add-in's icons: one SVG, rendered by headless Chromium at every size Office asks for
 * (ribbon 16/20/24/32/40/48/64/80; IconUrl 32, HighResolutionIconUrl 64), into public/assets.
 * Run with `pnpm --filter @taizhang/excel-addin icons` after changing the drawing; the PNGs are committed.
 */
import { mkdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';

export const ICON_SIZES = [16, 20, 24, 32, 40, 48, 64, 80] as const;
export const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/lib/chromium/chromium';

/** A ledger page on Excel green: ruled rows, a first column, and a check mark for "validated". */
export function iconSvg(size: number): string {
  return `<svg xmlns="http://www.w3.org/2000/svg" width="${size}" height="${size}" viewBox="0 0 32 32">
  <rect x="1" y="1" width="30" height="30" rx="6" fill="#107C41"/>
  <rect x="6" y="5" width="20" height="22" rx="2" fill="#FFFFFF"/>
  <path d="M6 11.5h20M6 16.5h11M6 21.5h9M11.5 5v22" stroke="#107C41" stroke-width="1.6"/>
  <path d="M17.5 21.2l3 3 6.2-7.2" fill="none" stroke="#FFFFFF" stroke-width="4.2" stroke-linecap="round" stroke-linejoin="round"/>
  <path d="M17.5 21.2l3 3 6.2-7.2" fill="none" stroke="#0F6CBD" stroke-width="2.2" stroke-linecap="round" stroke-linejoin="round"/>
</svg>`;
}

async function main(): Promise<void> {
  const out = fileURLToPath(new URL('../public/assets/', import.meta.url));
  mkdirSync(out, { recursive: true });
  const browser = await chromium.launch({ executablePath: CHROMIUM, headless: true });
  try {
    const page = await browser.newPage({ deviceScaleFactor: 1 });
    for (const size of ICON_SIZES) {
      await page.setContent(`<body style="margin:0;background:transparent">${iconSvg(size)}</body>`);
      await page.locator('svg').screenshot({ path: `${out}icon-${size}.png`, omitBackground: true });
    }
  } finally {
    await browser.close();
  }
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) await main();
