/** Serves generated pages from memory on 127.0.0.1 (loopback only); anything not registered is a 404. */
import { createServer } from 'node:http';

export interface PageServer {
  port: number;
  pages: Map<string, string>;
  close(): Promise<void>;
}

export async function servePages(): Promise<PageServer> {
  const pages = new Map<string, string>();
  const server = createServer((req, res) => {
    const body = pages.get(new URL(req.url ?? '/', 'http://x').pathname);
    if (body === undefined) {
      res.writeHead(404).end();
      return;
    }
    res.writeHead(200, { 'content-type': 'text/html; charset=utf-8', 'cache-control': 'no-store' });
    res.end(body);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address = server.address();
  if (!address || typeof address === 'string') throw new Error('server has no port');
  return {
    port: address.port,
    pages,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}
