import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parsePolicyDocument } from '@taizhang/core/document';
import type { Frame, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type ExtensionBrowser, launchWithExtension } from './e2e/chromium.js';
import { serveFolder } from './e2e/server.js';

/**
 * The built extension in real headless Chromium: fixture pages served on loopback under their
 * government host names (so the manifest's host matches apply), one browser for every case.
 */
const root = fileURLToPath(new URL('..', import.meta.url));
const fixtures = `${root}fixtures`;
const shots = `${root}screenshots`;
const GOV = 'www.qinghai.gov.cn';
const OTHER = 'www.example.org';
const SEED = '青政〔2016〕76号';

interface Expectation {
  first: number | null;
  includes: number[];
  agencies: string[];
  none: boolean;
}
const expectations: Record<string, Expectation> = JSON.parse(
  readFileSync(`${fixtures}/expectations.json`, 'utf8'),
);

let browser: ExtensionBrowser;
let server: Awaited<ReturnType<typeof serveFolder>>;
let page: Page;

/** DOM serialisation that tells text-node boundaries apart: equal strings mean an identical tree. */
const snapshot = (target: Page | Frame) =>
  target.evaluate(() => {
    const out: string[] = [];
    const walk = (n: Node) => {
      if (n.nodeType === 3) out.push(JSON.stringify((n as Text).data));
      else if (n.nodeType === 1) {
        const el = n as Element;
        out.push(`<${el.tagName} ${[...el.attributes].map((a) => `${a.name}=${a.value}`).join(' ')}>`);
        for (const c of el.childNodes) walk(c);
        out.push(`</${el.tagName}>`);
      }
    };
    walk(document.documentElement);
    return out.join('');
  });

async function annotated(target: Page | Frame, url: string | null): Promise<string[]> {
  if (url !== null) await target.goto(url);
  await target.waitForSelector('html[data-taizhang-measures]', { state: 'attached', timeout: 15_000 });
  const value = await target.evaluate(
    () => document.documentElement.getAttribute('data-taizhang-measures') ?? '',
  );
  return value === '' ? [] : value.split(',');
}

async function extensionPage(path: string): Promise<Page> {
  const p = await browser.context.newPage();
  await p.goto(`chrome-extension://${browser.extensionId}/${path}`);
  return p;
}

/**
 * The tab id of the page at `url`. The extension has no `tabs` permission, so tabs carry no URLs:
 * ask each tab's content script where it is; with `newest`, take the most recently opened tab.
 */
async function tabIdOf(url: string | { newest: true }): Promise<number> {
  const id = await browser.worker.evaluate(async (wanted) => {
    const tabs = await chrome.tabs.query({});
    if (typeof wanted !== 'string') return Math.max(...tabs.map((t) => t.id ?? -1));
    for (const tab of tabs) {
      if (tab.id === undefined) continue;
      const summary = await chrome.tabs
        .sendMessage(tab.id, { type: 'summary' }, { frameId: 0 })
        .catch(() => null);
      if (summary && (summary as { url: string }).url === wanted) return tab.id;
    }
    return -1;
  }, url);
  if (id < 0) throw new Error(`no tab found for ${JSON.stringify(url)}`);
  return id;
}

beforeAll(async () => {
  server = await serveFolder(fixtures);
  browser = await launchWithExtension(`${root}dist/chromium`, {
    [GOV]: `127.0.0.1:${server.port}`,
    [OTHER]: `127.0.0.1:${server.port}`,
  });
  page = await browser.context.newPage();
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

describe('fixture pages on a government host', () => {
  const cases = Object.entries(expectations).filter(([name]) => name !== 'iframe-child.html');
  it('has at least 20 fixture pages, some of which must get nothing', () => {
    expect(cases.length).toBeGreaterThanOrEqual(20);
    expect(cases.filter(([, e]) => e.none).length).toBeGreaterThanOrEqual(6);
  });

  it.each(cases)('%s', async (name, e) => {
    let measures = await annotated(page, `http://${GOV}/${name}`);
    if (name === 'dynamic.html') {
      await page.waitForFunction(
        () => document.documentElement.getAttribute('data-taizhang-measures') !== '',
        undefined,
        { timeout: 10_000 },
      );
      measures = (
        await page.evaluate(() => document.documentElement.getAttribute('data-taizhang-measures') ?? '')
      ).split(',');
    }
    const marks = await page.$$eval('taizhang-mark', (els) =>
      els.map((el) => ({
        text: el.textContent,
        measure: el.getAttribute('data-taizhang-measure'),
        agency: el.getAttribute('data-taizhang-agency'),
      })),
    );
    if (e.none) {
      expect(measures).toEqual([]);
      expect(marks).toEqual([]);
      expect(await page.$$('taizhang-badge')).toHaveLength(0);
      return;
    }
    if (e.first !== null) expect(measures[0]).toBe(String(e.first));
    for (const n of e.includes) expect(measures).toContain(String(n));
    for (const agency of e.agencies)
      expect(marks.filter((m) => m.agency).map((m) => m.text)).toContain(agency);
    const first = measures[0];
    expect(marks.some((m) => m.measure === first)).toBe(true);
    // One badge per measure that has a mark of its own (a phrase shared by two related measures marks the higher-ranked one).
    const badges = await page.$$eval('taizhang-badge', (els) =>
      els.map((el) => el.getAttribute('data-taizhang-badge')),
    );
    expect(badges.sort()).toEqual([...new Set(marks.map((m) => m.measure).filter((m) => m !== null))].sort());
    // The page's own script, a skipped element, is untouched.
    expect(await page.$$eval('script', (els) => els.every((s) => !s.querySelector('taizhang-mark')))).toBe(
      true,
    );
  });
});

describe('the extension in use', () => {
  it('annotates a same-origin iframe in its own right', async () => {
    expect(await annotated(page, `http://${GOV}/iframe-host.html`)).toEqual([]);
    const frame = page.frames().find((f) => f.url().endsWith('/iframe-child.html'));
    if (!frame) throw new Error('iframe not loaded');
    expect((await annotated(frame, null))[0]).toBe('19');
    expect(await frame.$$('taizhang-mark[data-taizhang-measure="19"]')).not.toHaveLength(0);
  });

  it('keeps marks visible on a hostile page and runs none of its text', async () => {
    await annotated(page, `http://${GOV}/hostile.html`);
    const style = await page.$eval('taizhang-mark', (el) => {
      const s = getComputedStyle(el);
      return { display: s.display, visibility: s.visibility, opacity: s.opacity };
    });
    expect(style).toEqual({ display: 'inline', visibility: 'visible', opacity: '1' });
    expect(await page.title()).toBe('关于海绵城市建设的答复_青海省人民政府');
    expect(await page.$$('.main img')).toHaveLength(0);
    await page.hover('taizhang-badge');
    await page.waitForFunction(
      () => !(document.querySelector('taizhang-card') as HTMLElement | null)?.hidden,
    );
    await page.screenshot({ path: `${shots}/e2e-hostile.png` });
  });

  it('shows the card on hover and on keyboard focus, with owners and a link to the document', async () => {
    await annotated(page, `http://${GOV}/news-sponge-city.html`);
    await page.hover('taizhang-badge');
    await page.waitForFunction(
      () => !(document.querySelector('taizhang-card') as HTMLElement | null)?.hidden,
    );
    const text = await page.$eval('taizhang-card', (el) => el.shadowRoot?.textContent ?? '');
    for (const s of [
      '措施(八)',
      '推进海绵城市建设',
      '三、全面提升城市功能',
      '省住房城乡建设厅',
      '省水利厅',
      '省环境保护厅',
      '省财政厅',
      '各市州人民政府',
    ]) {
      expect(text).toContain(s);
    }
    await page.screenshot({ path: `${shots}/e2e-card.png` });
    await page.mouse.move(5, 790);
    await page.keyboard.press('Escape');
    await page.focus('taizhang-badge');
    await page.keyboard.press('Enter');
    expect(await page.evaluate(() => document.activeElement?.tagName)).toBe('TAIZHANG-CARD');
    const opened = browser.context.waitForEvent('page');
    await page.keyboard.press('Tab');
    await page.keyboard.press('Enter');
    const documentPage = await opened;
    await documentPage.waitForSelector('article#m8');
    expect(documentPage.url()).toContain('document.html?doc=');
    expect(documentPage.url()).toContain('#m8');
    await documentPage.close();
  });

  it('summarises the page in the popup, scrolls to a mention, switches language', async () => {
    await annotated(page, `http://${GOV}/notice-shantytown.html`);
    await page.evaluate(() => window.scrollTo(0, 0));
    const tab = await tabIdOf(`http://${GOV}/notice-shantytown.html`);
    const popup = await extensionPage(`popup.html?tab=${tab}`);
    await popup.waitForSelector('#measures');
    const items = await popup.$$eval('#measures li', (els) => els.map((el) => el.textContent ?? ''));
    expect(items[0]).toContain('措施(五)');
    expect(items[0]).toContain('棚户区改造');
    expect(await popup.textContent('#documents')).toContain(SEED);
    await popup.setViewportSize({ width: 380, height: 520 });
    await popup.screenshot({ path: `${shots}/e2e-popup.png` });
    await popup.click('#measures button.measure');
    await page.waitForFunction(() => {
      const r = document.querySelector('taizhang-mark[data-taizhang-measure="5"]')?.getBoundingClientRect();
      return !!r && r.top >= 0 && r.bottom <= innerHeight;
    });
    await popup.selectOption('#language', 'en');
    await popup.waitForFunction(() => document.querySelector('h1')?.textContent === 'Measures on this page');
    expect(await popup.textContent('#measures')).toContain('Measure (五)');
    // The page is annotated afresh in the new language.
    await page.waitForFunction(
      () => document.querySelector('taizhang-badge')?.textContent === 'Measure (五)',
    );
    await popup.selectOption('#language', 'zh_CN');
    await page.waitForFunction(() => document.querySelector('taizhang-badge')?.textContent === '措施(五)');
    await popup.close();
  });

  it('turns off per site from the popup and the page is back exactly as it was', async () => {
    const plain = await browser.context.newPage();
    await plain.goto(`http://127.0.0.1:${server.port}/news-sponge-city.html`);
    await plain.waitForTimeout(300);
    const original = await snapshot(plain);
    await plain.close();

    await annotated(page, `http://${GOV}/news-sponge-city.html`);
    expect(await snapshot(page)).not.toBe(original);
    const tab = await tabIdOf(`http://${GOV}/news-sponge-city.html`);
    const popup = await extensionPage(`popup.html?tab=${tab}`);
    await popup.waitForSelector('#site-toggle');
    await popup.click('#site-toggle');
    await page.waitForFunction(() => !document.documentElement.hasAttribute('data-taizhang-measures'));
    expect(await snapshot(page)).toBe(original);
    await popup.click('#site-toggle');
    await page.waitForSelector('taizhang-mark');
    await popup.close();
  });

  it('leaves sites outside the defaults alone', async () => {
    const other = await browser.context.newPage();
    await other.goto(`http://${OTHER}/news-sponge-city.html`);
    await other.waitForTimeout(800);
    expect(await other.$$('taizhang-mark')).toHaveLength(0);
    expect(await other.evaluate(() => document.documentElement.hasAttribute('data-taizhang-measures'))).toBe(
      false,
    );
    const tab = await tabIdOf({ newest: true });
    const popup = await extensionPage(`popup.html?tab=${tab}`);
    await popup.waitForSelector('#status');
    expect(await popup.textContent('#status')).toContain('未运行');
    await popup.close();
    await other.close();
  });

  it('registers the content script for added sites it holds a permission for, and still annotates once', async () => {
    const ext = await extensionPage('options.html');
    const granted = await ext.evaluate(() => chrome.permissions.getAll());
    const pattern = '*://*.gov.cn/*';
    expect(granted.origins).toContain(pattern);
    await ext.evaluate((p) => chrome.storage.local.set({ addedSites: [p] }), pattern);
    await ext.waitForFunction(
      async () => (await chrome.scripting.getRegisteredContentScripts()).length === 1,
    );
    const [registered] = await ext.evaluate(() => chrome.scripting.getRegisteredContentScripts());
    expect(registered).toMatchObject({ id: 'added-sites', matches: [pattern], js: ['content.js'] });
    // Now two content scripts match the page (the manifest's and the registered one): one annotation.
    await annotated(page, `http://${GOV}/residence-permit.html`);
    await page.waitForTimeout(300);
    expect(await page.$$('taizhang-badge')).toHaveLength(1);
    expect(await page.$$('taizhang-mark taizhang-mark')).toHaveLength(0);
    expect(await page.$$('taizhang-card')).toHaveLength(1);
    await ext.evaluate(() => chrome.storage.local.set({ addedSites: [] }));
    await ext.waitForFunction(
      async () => (await chrome.scripting.getRegisteredContentScripts()).length === 0,
    );
    await ext.close();
  });

  it('renders the full document with every measure anchored and its ledger beside it', async () => {
    const doc = await extensionPage(`document.html?doc=${encodeURIComponent(SEED)}#m8`);
    await doc.waitForSelector('article#m8.target');
    expect(await doc.$$('article.measure')).toHaveLength(39);
    const ledger = await doc.textContent('article#m8 aside');
    expect(ledger).toContain('省住房城乡建设厅');
    expect(ledger).toContain('按职能分工负责');
    await doc.screenshot({ path: `${shots}/e2e-document.png` });
    await doc.close();
  });

  it('annotates with a document the user adds on the options page', async () => {
    const options = await extensionPage('options.html');
    await options.fill('#text', readFileSync(`${fixtures}/other-document.txt`, 'utf8'));
    await options.click('#parse');
    await options.waitForSelector('#message.ok');
    expect(await options.textContent('#documents')).toContain('宁政〔2020〕12号');
    await options.fill('#text', '这不是一份政策文件');
    await options.click('#parse');
    await options.waitForSelector('#message.warn');
    expect(await options.inputValue('#text')).toBe('这不是一份政策文件');
    await options.screenshot({ path: `${shots}/e2e-options.png` });

    // A PolicyDocument as JSON, and a JSON file that is not one.
    const folder = mkdtempSync(join(tmpdir(), 'taizhang-json-'));
    const other = parsePolicyDocument(
      '西宁市人民政府关于推进老旧小区改造的通知\n宁政〔2021〕3号\n\n一、主要任务\n\n(一)推进老旧小区加装电梯。完善加装电梯补贴办法。(市住房城乡建设局牵头)\n',
    );
    writeFileSync(join(folder, 'good.json'), JSON.stringify(other));
    writeFileSync(join(folder, 'bad.json'), JSON.stringify({ title: 1 }));
    await options.setInputFiles('#json', join(folder, 'bad.json'));
    await options.waitForFunction(() =>
      document.getElementById('message')?.textContent?.includes('bad.json'),
    );
    expect(await options.getAttribute('#message', 'class')).toBe('warn');
    await options.setInputFiles('#json', join(folder, 'good.json'));
    await options.waitForFunction(() =>
      document.getElementById('documents')?.textContent?.includes('宁政〔2021〕3号'),
    );
    rmSync(folder, { recursive: true, force: true });
    await options.close();
    const measures = await annotated(page, `http://${GOV}/garbage-sorting.html`);
    expect(measures[0]).toBe('宁政〔2020〕12号#1');
    expect(await page.$$('taizhang-mark[data-taizhang-measure="1"]')).not.toHaveLength(0);
  });

  it('reads pages in traditional characters (screenshot)', async () => {
    expect((await annotated(page, `http://${GOV}/traditional.html`))[0]).toBe('8');
    await page.screenshot({ path: `${shots}/e2e-traditional.png` });
  });
});
