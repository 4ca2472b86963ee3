/**
 * What the Chromium tests of the built task pane share: Debian's Chromium (CHROMIUM_PATH overrides it), the
 * pane served locally with the real office.js, the scripted Excel host injected before the page loads, and
 * where screenshots go. One browser per test file. Fails — does not skip — when Chromium is missing.
 */
import { existsSync, mkdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { type Browser, chromium, type Page } from 'playwright-core';
import { afterAll, beforeAll } from 'vitest';
import { serveTaskPane } from './serve.js';

const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/lib/chromium/chromium';
/** Folder for screenshots, ending with `/`. */
export const shots = fileURLToPath(new URL('../screenshots/', import.meta.url));
const fakeHost = fileURLToPath(
  new URL('../node_modules/.cache/excel-addin-test/fake-host.js', import.meta.url),
);

/**
 * Starts the server and the browser for this test file. `open(height, before)` opens the pane in a fresh page;
 * `before` runs before navigation (to listen for page errors from the first script on).
 */
export function usePaneBrowser(): { open(height: number, before?: (page: Page) => void): Promise<Page> } {
  let browser: Browser | undefined;
  let server: Awaited<ReturnType<typeof serveTaskPane>> | undefined;
  beforeAll(async () => {
    if (!existsSync(CHROMIUM))
      throw new Error(
        `Chromium not found at ${CHROMIUM}: install it with "apt-get install -y chromium fonts-noto-cjk"`,
      );
    mkdirSync(shots, { recursive: true });
    server = await serveTaskPane();
    browser = await chromium.launch({ executablePath: CHROMIUM, headless: true, args: ['--disable-gpu'] });
  });
  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });
  return {
    async open(height, before) {
      if (!browser || !server) throw new Error('the pane browser is not started');
      const page = await browser.newPage({ viewport: { width: 380, height }, locale: 'zh-CN' });
      before?.(page);
      await page.addInitScript({ path: fakeHost });
      await page.goto(server.url);
      return page;
    },
  };
}
