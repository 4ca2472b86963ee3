import { existsSync, readFileSync } from 'node:fs';
import { homedir } from 'node:os';
import { join } from 'node:path';
import { generateCustomFunctionsMetadata } from 'custom-functions-metadata';
import { defineConfig, type Plugin } from 'vite';
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

/**
 * The dev server answers /functions.json from the JSDoc of the functions, as the build writes it,
 * so a sideloaded add-in finds its custom functions during development too.
 */
function functionsMetadataInDev(): Plugin {
  return {
    name: 'taizhang-functions-metadata',
    apply: 'serve',
    configureServer(server) {
      server.middlewares.use('/functions.json', (_request, response, next) => {
        generateCustomFunctionsMetadata('src/functions/functions.ts')
          .then((result) => {
            if (result.errors.length > 0) throw new Error(result.errors.join('\n'));
            response.setHeader('content-type', 'application/json; charset=utf-8');
            response.end(result.metadataJson);
          })
          .catch(next);
      });
    },
  };
}

export default defineConfig(({ command }) => ({
  plugins: [functionsMetadataInDev()],
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
