/**
 * Bundles each public entry of @taizhang/core as a consumer would (minified, tree-shaken, zod included) and checks
 * its gzipped size against a budget. `pnpm --filter @taizhang/core size` prints the table; a test enforces it.
 */
import { gzipSync } from 'node:zlib';
import { build } from 'esbuild';

export interface SizeBudget {
  /** What a consumer imports. */
  entry: string;
  /** The code that imports it, as a consumer would write it. */
  contents: string;
  /** Largest gzipped size allowed, in bytes. */
  budget: number;
}

const srcRoot = new URL('../src/', import.meta.url).pathname;

/**
 * zod accounts for most of the entries that export schemas (about 85 KiB gzipped); the matcher and the registries
 * a content script needs import only types from the schema modules, so zod stays out of that bundle.
 */
export const BUDGETS: SizeBudget[] = [
  {
    entry: '@taizhang/core/document',
    contents: "export { parsePolicyDocument } from './document/index.ts';",
    budget: 10_000,
  },
  { entry: '@taizhang/core/data', contents: "export * from './data/index.ts';", budget: 125_000 },
  { entry: '@taizhang/core/formula', contents: "export * from './formula/index.ts';", budget: 110_000 },
  // 140 000: the report entry also carries the progress view (view model, chart options, assessProgress), ~6 KiB gzipped.
  { entry: '@taizhang/core/report', contents: "export * from './report/index.ts';", budget: 140_000 },
  { entry: '@taizhang/core/match', contents: "export * from './match/index.ts';", budget: 40_000 },
  {
    entry: 'content script: matcher + seed data',
    contents:
      "import { buildMatcher, matcherSources } from './match/index.ts'; export const m = buildMatcher(matcherSources());",
    budget: 40_000,
  },
  { entry: '@taizhang/core (everything)', contents: "export * from './index.ts';", budget: 178_000 },
];

export interface SizeResult extends SizeBudget {
  minified: number;
  gzipped: number;
}

export async function measureSizes(budgets: SizeBudget[] = BUDGETS): Promise<SizeResult[]> {
  const results: SizeResult[] = [];
  for (const b of budgets) {
    const out = await build({
      stdin: { contents: b.contents, resolveDir: srcRoot, loader: 'ts' },
      bundle: true,
      minify: true,
      format: 'esm',
      platform: 'browser',
      write: false,
      treeShaking: true,
      logLevel: 'silent',
    });
    const code = out.outputFiles[0]?.contents ?? new Uint8Array();
    results.push({ ...b, minified: code.length, gzipped: gzipSync(code, { level: 9 }).length });
  }
  return results;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const results = await measureSizes();
  const kb = (n: number) => `${(n / 1024).toFixed(1)} KiB`;
  for (const r of results) {
    const flag = r.gzipped > r.budget ? 'OVER BUDGET' : 'ok';
    console.log(
      `${r.entry.padEnd(40)} ${kb(r.minified).padStart(10)} min  ${kb(r.gzipped).padStart(10)} gzip  budget ${kb(r.budget).padStart(9)}  ${flag}`,
    );
  }
  if (results.some((r) => r.gzipped > r.budget)) process.exitCode = 1;
}
