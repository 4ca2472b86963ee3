import { existsSync, readFileSync } from 'node:fs';
import { homedir } from 'node:os';
import { join } from 'node:path';
import { defineConfig } from 'vite';
import { coreSourceAliases } from './scripts/core-alias.js';

/**
 * Static build of the task pane (which is also the shared runtime: custom functions run in it) into
 * dist/. `https://localhost:3000/` is where manifest.xml points during development; the certificate
 * is the one `npx office-addin-dev-certs install` puts in ~/.office-addin-dev-certs.
 */
function devCertificate() {
  const dir = join(homedir(), '.office-addin-dev-certs');
  const cert = join(dir, 'localhost.crt');
  const key = join(dir, 'localhost.key');
  return existsSync(cert) && existsSync(key)
    ? { cert: readFileSync(cert), key: readFileSync(key) }
    : undefined;
}

export default defineConfig(({ command }) => ({
  base: './',
  resolve: { alias: coreSourceAliases },
  build: {
    outDir: 'dist',
    emptyOutDir: true,
    target: 'es2020',
    sourcemap: true,
    rollupOptions: { input: { taskpane: 'taskpane.html' } },
  },
  server: command === 'serve' ? { port: 3000, strictPort: true, https: devCertificate() } : undefined,
}));
