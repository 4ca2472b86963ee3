/**
 * The page fuzzer: generated hostile pages in headless Chromium with the built extension loaded (the
 * extension's own e2e launcher; one browser, two tabs reused for every page). Each page is loaded twice
 * from 127.0.0.1: once under an address the extension ignores (the page as it is) and once under its
 * government host (annotated). Then annotation is turned off for the site, and the annotated tab's DOM,
 * frame by frame, must be byte-identical to the plain one. Meanwhile: no error the plain page does not
 * also have, no exception from the content script, the page's timers and click handlers still work, and
 * no mark inside editable regions or script content.
 */
import { fileURLToPath } from 'node:url';
import { type FuzzOptions, type FuzzSummary, random, scaled } from '@taizhang/testkit';
import type { CDPSession, Frame, Page } from 'playwright-core';
import { launchWithExtension } from '../test/e2e/chromium.js';
import { generatePage } from './pages.js';
import { servePages } from './server.js';

const HOST = 'www.qinghai.gov.cn';
const extensionDir = fileURLToPath(new URL('../dist/chromium', import.meta.url));
/** A page must be annotated within this (the annotator's own budget is 5 s). */
export const PAGE_LIMIT_MS = 20_000;

/** Serialisation that tells text-node boundaries apart and enters open shadow roots. */
function snapshotIn(frame: Frame): Promise<string> {
  return frame.evaluate(() => {
    const out: string[] = [];
    const walk = (n: Node) => {
      if (n.nodeType === 3) out.push(JSON.stringify((n as Text).data));
      else if (n.nodeType === 8) out.push(`<!--${(n as Comment).data}-->`);
      else if (n.nodeType === 1) {
        const el = n as Element;
        out.push(
          `<${el.tagName} ${[...el.attributes].map((a) => `${a.name}=${JSON.stringify(a.value)}`).join(' ')}>`,
        );
        if (el.shadowRoot) {
          out.push('#shadow(');
          for (const c of el.shadowRoot.childNodes) walk(c);
          out.push(')');
        }
        for (const c of el.childNodes) walk(c);
        out.push(`</${el.tagName}>`);
      }
    };
    if (document.documentElement) walk(document.documentElement);
    return out.join('');
  });
}

async function snapshots(page: Page): Promise<string[]> {
  const out: string[] = [];
  for (const frame of page.frames())
    out.push(await snapshotIn(frame).catch((e) => `(frame gone: ${(e as Error).message.split('\n')[0]})`));
  return out;
}

interface PageState {
  errors: string[];
  imgErrors: number;
  pwned: boolean;
}

const state = (page: Page): Promise<PageState> =>
  page.evaluate(() => {
    const w = window as unknown as { __errors?: string[]; __imgErrors?: number; __pwned?: unknown };
    return { errors: [...(w.__errors ?? [])], imgErrors: w.__imgErrors ?? 0, pwned: w.__pwned !== undefined };
  });

/**
 * Polls `test` in the page until it holds. Not waitForFunction: hostile pages remove MutationObserver and
 * patch DOM prototypes in the main world, which Playwright's injected helpers rely on.
 */
async function until(page: Page, test: () => boolean, timeout: number): Promise<void> {
  const deadline = performance.now() + timeout;
  while (!(await page.evaluate(test))) {
    if (performance.now() > deadline) throw new Error(`timed out after ${timeout} ms`);
    await new Promise((resolve) => setTimeout(resolve, 25));
  }
}

/** Waits until the page's own rewriting is over (dynamic pages say so). */
async function quiet(page: Page): Promise<void> {
  await until(
    page,
    () => ((window as unknown as { __pending?: number }).__pending ?? 0) === 0,
    PAGE_LIMIT_MS,
  );
}

/** Marks where none may be: editable regions and script content, in every frame. */
async function forbiddenMarks(page: Page): Promise<number> {
  let n = 0;
  for (const frame of page.frames()) {
    n += await frame
      .evaluate(
        () =>
          [...document.querySelectorAll('taizhang-mark')].filter((m) =>
            m.closest(
              '[contenteditable]:not([contenteditable="false"]), textarea, input, select, script, style, noscript, template, svg, title',
            ),
          ).length,
      )
      .catch(() => 0);
  }
  return n;
}

async function markCount(page: Page): Promise<number> {
  let n = 0;
  for (const frame of page.frames())
    n += await frame.evaluate(() => document.querySelectorAll('taizhang-mark').length).catch(() => 0);
  return n;
}

async function setDisabled(worker: { evaluate: Page['evaluate'] }, sites: string[]): Promise<void> {
  await worker.evaluate((list) => chrome.storage.local.set({ disabledSites: list }), sites);
}

export async function fuzzPages(
  options: FuzzOptions,
  log: (line: string) => void = () => {},
): Promise<FuzzSummary & { marked: number; budgetExceeded: number }> {
  const count = scaled(1_000, options);
  const server = await servePages();
  const browser = await launchWithExtension(extensionDir, { [HOST]: `127.0.0.1:${server.port}` });
  const failures: string[] = [];
  const tally = {
    inputs: 0,
    crashes: 0,
    hangs: 0,
    worst: 0,
    worstPlain: 0,
    worstPage: -1,
    marked: 0,
    budget: 0,
    skipped: 0,
  };
  const extensionErrors: string[] = [];
  try {
    let plain = await browser.context.newPage();
    let gov = await browser.context.newPage();
    // Exceptions from every world of the annotated tab, the content script's included.
    const watch = async (tab: Page) => {
      const cdp: CDPSession = await browser.context.newCDPSession(tab);
      await cdp.send('Runtime.enable');
      cdp.on('Runtime.exceptionThrown', (event) => {
        const d = event.exceptionDetails;
        const where = `${d.url ?? ''} ${d.stackTrace?.callFrames[0]?.url ?? ''}`;
        if (where.includes('chrome-extension://'))
          extensionErrors.push(`${d.exception?.description?.split('\n')[0] ?? d.text}`);
      });
    };
    await watch(gov);
    // Pages Chromium cannot show even without the extension are skipped, and more are made until `count` are tried.
    const first = options.input ?? 0;
    for (let i = first; options.input === null ? tally.inputs < count : i === first; i++) {
      const r = random(options.seed, `page-${i}`);
      const page = generatePage(r, i);
      const path = `/p/${i}.html`;
      server.pages.clear();
      server.pages.set(path, page.html);
      for (const [p, html] of Object.entries(page.frames)) server.pages.set(p, html);
      const repro = `page ${i} (${page.kinds.join('+')}; reproduce: pnpm --filter @taizhang/browser-extension fuzz --seed ${options.seed} --input ${i})`;
      const fail = (what: string) => {
        tally.crashes++;
        failures.push(`${repro}: ${what}`);
      };
      tally.inputs++;
      extensionErrors.length = 0;
      let original: string[];
      let plainMs = 0;
      let plainState: PageState;
      const plainStarted = performance.now();
      try {
        await plain.goto(`http://127.0.0.1:${server.port}${path}`, { timeout: PAGE_LIMIT_MS });
        await quiet(plain);
        original = await snapshots(plain);
        plainState = await state(plain);
        plainMs = performance.now() - plainStarted;
      } catch (error) {
        // Chromium itself cannot show this page (its renderer crashed or gave up, no extension involved): not ours to judge.
        tally.skipped++;
        failures.push(
          `(skipped) ${repro}: without the extension: ${(error as Error).message.split('\n')[0]}`,
        );
        tally.inputs--;
        await plain.close().catch(() => {});
        plain = await browser.context.newPage();
        continue;
      }
      try {
        const started = performance.now();
        await gov.goto(`http://${HOST}${path}`, { timeout: PAGE_LIMIT_MS });
        try {
          await until(
            gov,
            () => document.documentElement.hasAttribute('data-taizhang-measures'),
            PAGE_LIMIT_MS,
          );
          await quiet(gov);
          // The annotator gathers DOM changes for 150 ms, then annotates them.
          if (page.dynamic) await new Promise((resolve) => setTimeout(resolve, 400));
        } catch {
          tally.hangs++;
          failures.push(`${repro}: not annotated within ${PAGE_LIMIT_MS} ms`);
          continue;
        }
        const ms = performance.now() - started;
        if (ms > tally.worst) Object.assign(tally, { worst: ms, worstPlain: plainMs, worstPage: i });
        if (
          (await gov.evaluate(() => document.documentElement.getAttribute('data-taizhang-status'))) ===
          'budget-exceeded'
        )
          tally.budget++;
        if ((await markCount(gov)) > 0) tally.marked++;
        const forbidden = await forbiddenMarks(gov);
        if (forbidden > 0) fail(`${forbidden} marks inside editable or script content`);
        const ticks = await gov.evaluate(() => (window as unknown as { __ticks: number }).__ticks);
        const clicked = await gov.evaluate(() => {
          document.getElementById('probe-button')?.click();
          return (window as unknown as { __clicked: number }).__clicked;
        });
        if (clicked !== 1) fail(`the page's click handler ran ${clicked} times, not once`);
        await new Promise((resolve) => setTimeout(resolve, 60));
        if ((await gov.evaluate(() => (window as unknown as { __ticks: number }).__ticks)) <= ticks)
          fail("the page's timer stopped ticking");
        const govState = await state(gov);
        const extra = govState.errors.filter((e) => !plainState.errors.includes(e));
        if (extra.length > 0 || govState.errors.length !== plainState.errors.length)
          fail(
            `page errors only when annotated: ${extra.slice(0, 3).join(' / ') || `${govState.errors.length} against ${plainState.errors.length}`}`,
          );
        if (govState.pwned || plainState.pwned) fail('markup written as text was executed');
        if (govState.imgErrors !== plainState.imgErrors)
          fail(`img onerror ran ${govState.imgErrors} times, ${plainState.imgErrors} on the plain page`);

        await setDisabled(browser.worker, [HOST]);
        await until(
          gov,
          () =>
            !document.documentElement.hasAttribute('data-taizhang-measures') &&
            !document.querySelector('taizhang-mark'),
          10_000,
        );
        for (let k = 0; k < 50 && (await markCount(gov)) > 0; k++)
          await new Promise((resolve) => setTimeout(resolve, 20));
        const after = await snapshots(gov);
        if (after.length !== original.length)
          fail(`${after.length} frames after turning off, ${original.length} on the plain page`);
        after.forEach((s, f) => {
          if (s === original[f]) return;
          let at = 0;
          const o = original[f] ?? '';
          while (at < s.length && s[at] === o[at]) at++;
          fail(
            `frame ${f} differs from the plain page after turning annotation off, at ${at}: …${JSON.stringify(s.slice(Math.max(0, at - 60), at + 60))} vs …${JSON.stringify(o.slice(Math.max(0, at - 60), at + 60))}`,
          );
        });
        if (extensionErrors.length > 0)
          fail(`content script exceptions: ${extensionErrors.slice(0, 3).join(' / ')}`);
      } catch (error) {
        const message = (error as Error).message.split('\n')[0] ?? '';
        fail(
          /crashed/i.test(message)
            ? 'the annotated tab crashed (the plain one did not)'
            : `harness: ${message}`,
        );
        if (/crashed/i.test(message)) {
          await gov.close().catch(() => {});
          gov = await browser.context.newPage();
          await watch(gov);
        }
      } finally {
        await gov.goto('about:blank').catch(() => {});
        await setDisabled(browser.worker, []);
      }
      if (i % 100 === 99) log(`  pages: ${i + 1}/${count}`);
    }
  } finally {
    await browser.close();
    await server.close();
  }
  log(
    `  pages: ${tally.marked} of ${tally.inputs} pages had marks; ${tally.budget} stopped at the annotator's time budget; ${tally.skipped} more crashed Chromium without the extension (not counted)`,
  );
  return {
    fuzzer: 'pages (extension in Chromium)',
    seed: options.seed,
    inputs: tally.inputs,
    crashes: tally.crashes,
    hangs: tally.hangs,
    lostWrites: 0,
    // From navigation to annotated, the page's own loading included; the same page without the extension in brackets.
    largestTime: `${Math.round(tally.worst)} ms/page (page ${tally.worstPage}; ${Math.round(tally.worstPlain)} ms without the extension)`,
    failures,
    marked: tally.marked,
    budgetExceeded: tally.budget,
  };
}
