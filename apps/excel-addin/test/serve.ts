/**
 * A local static server for the built task pane: dist/ as built, the real office.js from
 * @microsoft/office-js in place of Microsoft's CDN (the one line of taskpane.html that is rewritten),
 * and the scripted host bundle. Loopback only.
 */
import { existsSync, readFileSync, statSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import { createRequire } from 'node:module';
import type { AddressInfo } from 'node:net';
import { dirname, extname, join, normalize } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const officeJsDir = join(
  dirname(createRequire(import.meta.url).resolve('@microsoft/office-js/package.json')),
  'dist',
);
export const CDN_OFFICE_JS = 'https://appsforoffice.microsoft.com/lib/1/hosted/office.js';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.png': 'image/png',
  '.map': 'application/json',
};

function resolvePath(urlPath: string): string | null {
  const clean = normalize(decodeURIComponent(urlPath.split('?')[0] ?? '/')).replace(/^(\.\.[/\\])+/, '');
  if (clean.startsWith('/office-js/')) return join(officeJsDir, clean.slice('/office-js/'.length));
  if (clean === '/fake-host.js')
    return join(root, 'node_modules', '.cache', 'excel-addin-test', 'fake-host.js');
  return join(root, 'dist', clean === '/' ? 'taskpane.html' : clean);
}

export async function serveTaskPane(): Promise<{ url: string; server: Server; close(): Promise<void> }> {
  const server = createServer((request, response) => {
    const path = resolvePath(request.url ?? '/');
    if (!path || !existsSync(path) || !statSync(path).isFile()) {
      response.writeHead(404).end();
      return;
    }
    let body: Buffer | string = readFileSync(path);
    if (path.endsWith('taskpane.html'))
      body = body.toString('utf8').replace(CDN_OFFICE_JS, '/office-js/office.js');
    response.writeHead(200, { 'content-type': TYPES[extname(path)] ?? 'application/octet-stream' }).end(body);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}/`,
    server,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}
