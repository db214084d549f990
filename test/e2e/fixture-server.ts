import fs from 'node:fs';
import http from 'node:http';
import path from 'node:path';
import type { AddressInfo } from 'node:net';

const types: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.woff2': 'font/woff2',
};

export interface FixtureServer {
  /** e.g. http://localhost:41234 */
  origin: string;
  url(pathname: string): string;
  close(): Promise<void>;
}

/**
 * Serves a folder (test/fixtures by default) on localhost with a random port. Pages are opened as
 * http://localhost:PORT/…, which the development build's content-script matches cover.
 */
export async function serveFixtures(
  folder = path.resolve(import.meta.dirname, '../fixtures'),
): Promise<FixtureServer> {
  const rootDir = path.resolve(folder);
  const server = http.createServer((request, response) => {
    const pathname = decodeURIComponent(new URL(request.url ?? '/', 'http://localhost').pathname);
    let file = path.resolve(rootDir, `.${pathname}`);
    if (!file.startsWith(rootDir)) {
      response.writeHead(403).end();
      return;
    }
    if (fs.existsSync(file) && fs.statSync(file).isDirectory()) file = path.join(file, 'index.html');
    fs.readFile(file, (error, body) => {
      if (error) {
        response.writeHead(404, { 'content-type': 'text/plain' }).end(`not found: ${pathname}`);
        return;
      }
      response
        .writeHead(200, {
          'content-type': types[path.extname(file)] ?? 'application/octet-stream',
          'cache-control': 'no-store',
        })
        .end(body);
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  const origin = `http://localhost:${port}`;
  return {
    origin,
    url: (pathname) => new URL(pathname, origin).toString(),
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}
