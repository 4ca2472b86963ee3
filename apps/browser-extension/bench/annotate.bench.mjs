/**
 * Benchmark (not a test): annotate a ~1 MB Chinese page in headless Chromium, one run each, and
 * compare with (a) mark.js given the same terms as one combined regular expression and (b) a bare
 * TreeWalker scan that marks nothing. Prints times, ratios and the longest main-thread block.
 *
 * pnpm --filter @taizhang/browser-extension bench
 * TRACE=taizhang (or markjs, treewalker) also prints the trace events over 30 ms of that run.
 */
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';
import { build } from 'vite';
import { alias, noEval } from '../vite.shared.mjs';

const root = fileURLToPath(new URL('..', import.meta.url));
const executablePath = process.env.CHROMIUM_PATH ?? '/usr/lib/chromium/chromium';
if (!existsSync(executablePath)) {
  console.error(
    `Chromium not found at ${executablePath}: apt-get install -y chromium fonts-noto-cjk, or set CHROMIUM_PATH.`,
  );
  process.exit(1);
}

const out = mkdtempSync(join(tmpdir(), 'taizhang-bench-'));
await build({
  root,
  configFile: false,
  logLevel: 'warn',
  resolve: { alias },
  plugins: [noEval],
  build: {
    outDir: out,
    emptyOutDir: true,
    minify: true,
    lib: {
      entry: `${root}bench/entry.ts`,
      formats: ['iife'],
      name: 'taizhangBenchEntry',
      fileName: () => 'bench.js',
    },
  },
});
const benchJs = readFileSync(join(out, 'bench.js'), 'utf8');
const markJs = readFileSync(createRequire(import.meta.url).resolve('mark.js/dist/mark.min.js'), 'utf8');
rmSync(out, { recursive: true, force: true });

/** ~1 MB page: the fixture articles and the seed text, shuffled into many paragraphs and sections. */
function bigPage() {
  const texts = [];
  for (const file of readdirSync(`${root}fixtures`).filter((f) => f.endsWith('.html'))) {
    const html = readFileSync(`${root}fixtures/${file}`, 'utf8');
    for (const m of html.matchAll(/<p>([^<]{10,})<\/p>/g)) texts.push(m[1]);
  }
  const filler =
    '据统计，全年完成固定资产投资同比增长百分之八，居民人均可支配收入稳步提高，社会事业全面发展。';
  const parts = [
    '<!doctype html><html lang="zh-CN"><head><meta charset="utf-8"><title>bench</title></head><body>',
  ];
  let size = 0;
  for (let i = 0; size < 1_000_000; i++) {
    const p = `<p>${texts[i % texts.length]}${filler.repeat(1 + (i % 3))}</p>`;
    if (i % 40 === 0) parts.push(`<h2>第${i / 40 + 1}部分</h2><div class="section">`);
    parts.push(p);
    if (i % 40 === 39) parts.push('</div>');
    size += Buffer.byteLength(p);
  }
  parts.push('</body></html>');
  return parts.join('');
}
const page = bigPage();

const browser = await chromium.launch({ executablePath, headless: true, args: ['--disable-gpu'] });
const context = await browser.newContext();
async function run(method) {
  const tab = await context.newPage();
  await tab.route('http://bench.invalid/', (route) =>
    route.fulfill({ contentType: 'text/html; charset=utf-8', body: page }),
  );
  await tab.goto('http://bench.invalid/');
  await tab.addScriptTag({ content: markJs });
  await tab.addScriptTag({ content: benchJs });
  let cdp;
  if (process.env.TRACE === method) {
    cdp = await context.newCDPSession(tab);
    await cdp.send('Tracing.start', {
      categories: 'devtools.timeline,v8.execute',
      transferMode: 'ReturnAsStream',
    });
  }
  const result = await tab.evaluate((m) => window.taizhangBench[m](), method);
  if (cdp) {
    const done = new Promise((resolve) => cdp.once('Tracing.tracingComplete', resolve));
    await cdp.send('Tracing.end');
    const { stream } = await done;
    let data = '';
    for (;;) {
      const chunk = await cdp.send('IO.read', { handle: stream });
      data += chunk.data;
      if (chunk.eof) break;
    }
    const events = JSON.parse(data).traceEvents ?? JSON.parse(data);
    const totals = new Map();
    for (const e of events) if (e.ph === 'X' && e.dur) totals.set(e.name, (totals.get(e.name) ?? 0) + e.dur);
    const top = [...totals].sort((a, b) => b[1] - a[1]).slice(0, 12);
    for (const [name, dur] of top) console.log('TRACE total', (dur / 1000).toFixed(1), name);
    const long = events
      .filter((e) => e.ph === 'X' && e.dur > 30000)
      .sort((a, b) => b.dur - a.dur)
      .slice(0, 25);
    for (const e of long)
      console.log(
        'TRACE',
        (e.dur / 1000).toFixed(1),
        e.name,
        e.tid,
        JSON.stringify(e.args?.data ?? {}).slice(0, 120),
      );
  }
  await tab.close();
  return result;
}

const walker = await run('treewalker');
const mark = await run('markjs');
const ours = await run('taizhang');
await browser.close();

const fmt = (n) => `${n.toFixed(1)} ms`;
const longest = (r) => (r.longTasks.length ? Math.max(...r.longTasks) : 0);
console.log(
  `page: ${(Buffer.byteLength(page) / 1e6).toFixed(2)} MB of HTML, ${walker.chars.toLocaleString()} characters of text`,
);
console.log(`patterns in the automaton: ${ours.patterns}`);
console.log('');
console.log('method                       time        marks    probe gap       long tasks (≥50 ms)');
const row = (name, r, marks) =>
  console.log(
    `${name.padEnd(28)} ${fmt(r.ms).padStart(10)} ${String(marks).padStart(8)} ${fmt(r.longest).padStart(14)}   ${r.longTasks.length} (max ${fmt(longest(r))})`,
  );
row('(b) TreeWalker scan only', walker, '-');
row('(a) mark.js, one RegExp', mark, mark.marks);
row('taizhang annotator', ours, ours.marks);
console.log('');
console.log(`matcher build (once per page): ${fmt(ours.buildMs)}; measures found: ${ours.measures}`);
console.log(`ratio taizhang / mark.js:      ${(ours.ms / mark.ms).toFixed(2)}×`);
console.log(`ratio taizhang / TreeWalker:   ${(ours.ms / walker.ms).toFixed(2)}×`);
console.log(
  `taizhang long tasks (PerformanceObserver 'longtask', ≥ 50 ms): ${ours.longTasks.length}${ours.longTasks.length ? ` — OVER the 50 ms budget, longest ${fmt(longest(ours))}` : ' — within the 50 ms budget'}`,
);
console.log(
  `longest gap between two tasks of a probe posting one message per task (includes the browser's own rendering): ${fmt(ours.longest)}`,
);
