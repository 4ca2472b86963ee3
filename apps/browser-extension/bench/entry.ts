import { Annotator } from '../src/content/annotator.js';
import { collectTextNodes } from '../src/content/text-nodes.js';
import { Library } from '../src/shared/library.js';

/**
 * What the benchmark page runs: the extension's annotator exactly as the content script builds it,
 * and the two baselines. Exposed on `window.taizhangBench`.
 */
const library = new Library();

function longTasks(): { stop(): number[] } {
  const durations: number[] = [];
  const observer = new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) durations.push(entry.duration);
  });
  observer.observe({ type: 'longtask', buffered: false });
  return {
    stop() {
      for (const entry of observer.takeRecords()) durations.push(entry.duration);
      observer.disconnect();
      return durations;
    },
  };
}

/** The longest gap the page saw between two of its own tasks while `work` ran: what a user's click would wait. */
async function withProbe<T>(
  work: () => Promise<T>,
): Promise<{ result: T; ms: number; longest: number; longTasks: number[] }> {
  let last = performance.now();
  let longest = 0;
  let running = true;
  const channel = new MessageChannel();
  channel.port1.onmessage = () => {
    const now = performance.now();
    longest = Math.max(longest, now - last);
    last = now;
    if (running) setTimeout(() => channel.port2.postMessage(null), 0);
  };
  channel.port2.postMessage(null);
  const tasks = longTasks();
  const start = performance.now();
  const result = await work();
  const ms = performance.now() - start;
  await new Promise((r) => setTimeout(r, 20));
  running = false;
  return { result, ms, longest: Math.max(longest, 0), longTasks: tasks.stop() };
}

const api = {
  patternCount: () => library.matcher.patternCount,
  async taizhang() {
    const build = performance.now();
    const matcher = library.matcher;
    const buildMs = performance.now() - build;
    // The build is its own task (reported above, as the content script's start-up cost); the
    // annotation is measured from the next task on.
    await new Promise((r) => setTimeout(r, 50));
    const annotator = new Annotator(document, {
      matcher,
      language: () => 'zh_CN',
      ledger: (d, m) => library.ledger(d, m),
      agencyName: (id) => library.agencyName(id),
      regionName: (id) => library.regionName(id),
      actions: { href: () => '#', openDocument: () => undefined },
      budgetMs: 60_000,
    });
    const run = await withProbe(() => annotator.start());
    return {
      ...run,
      buildMs,
      patterns: matcher.patternCount,
      marks: document.querySelectorAll('taizhang-mark').length,
      measures: document.documentElement.getAttribute('data-taizhang-measures'),
    };
  },
  async markjs() {
    const patterns = library.matcher.patternTexts().sort((a, b) => b.length - a.length);
    const regex = new RegExp(patterns.map((p) => p.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('|'), 'g');
    const Mark = (
      window as unknown as { Mark: new (el: Element) => { markRegExp(r: RegExp, o: object): void } }
    ).Mark;
    const run = await withProbe(async () => {
      let marks = 0;
      new Mark(document.body).markRegExp(regex, {
        done: (n: number) => {
          marks = n;
        },
      } as object);
      return marks;
    });
    return { ...run, marks: run.result };
  },
  async treewalker() {
    const run = await withProbe(async () => {
      let chars = 0;
      for (const node of collectTextNodes(document.body)) chars += node.data.length;
      return chars;
    });
    return { ...run, chars: run.result };
  },
};

(window as unknown as { taizhangBench: typeof api }).taizhangBench = api;
