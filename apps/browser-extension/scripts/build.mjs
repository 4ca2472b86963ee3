/**
 * Builds the extension into dist/chromium (Chrome, Edge) and dist/firefox: one vite build per entry, each a self-contained classic script
 * (lib mode, iife). A multi-entry ES build would split shared code into chunks and the content
 * script would start with `import`, which content scripts cannot do (see TOOLCHAIN.md).
 * Then copies the static files (manifest, pages, _locales, icons).
 */
import { cpSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { build } from 'vite';
import { alias, noEval } from '../vite.shared.mjs';

const root = fileURLToPath(new URL('..', import.meta.url));
const out = `${root}dist`;
const dist = `${out}/chromium`;
const entries = {
  content: 'src/content/main.ts',
  background: 'src/background/service-worker.ts',
  popup: 'src/popup/popup.ts',
  options: 'src/options/options.ts',
  document: 'src/document/document-page.ts',
};

rmSync(out, { recursive: true, force: true });
mkdirSync(dist, { recursive: true });
for (const [name, entry] of Object.entries(entries)) {
  await build({
    root,
    configFile: false,
    logLevel: 'warn',
    resolve: { alias },
    plugins: [noEval],
    build: {
      outDir: dist,
      emptyOutDir: false,
      target: 'es2022',
      minify: true,
      sourcemap: false,
      lib: {
        entry: `${root}${entry}`,
        formats: ['iife'],
        name: `taizhang_${name}`,
        fileName: () => `${name}.js`,
      },
    },
  });
}
cpSync(`${root}static`, dist, { recursive: true });

// One manifest source, two outputs: Chromium (Chrome, Edge) runs a service worker and does not know
// Firefox's keys; Firefox runs background scripts and needs its gecko settings. Each gets only its own.
const manifest = JSON.parse(readFileSync(`${root}static/manifest.json`, 'utf8'));
const { browser_specific_settings, ...chromium } = manifest;
chromium.background = { service_worker: manifest.background.service_worker };
writeFileSync(`${dist}/manifest.json`, `${JSON.stringify(chromium, null, 2)}\n`);
const firefoxDist = `${out}/firefox`;
cpSync(dist, firefoxDist, { recursive: true });
const firefox = { ...manifest, background: { scripts: manifest.background.scripts } };
writeFileSync(`${firefoxDist}/manifest.json`, `${JSON.stringify(firefox, null, 2)}\n`);
console.log(
  `built ${Object.keys(entries).join(', ')} → dist/chromium (Chrome, Edge) and dist/firefox (Firefox)`,
);
