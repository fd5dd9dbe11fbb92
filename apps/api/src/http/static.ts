import { createReadStream } from 'node:fs';
import { stat } from 'node:fs/promises';
import { extname, join, normalize, sep } from 'node:path';
import type { IncomingMessage, ServerResponse } from 'node:http';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.woff2': 'font/woff2',
  '.map': 'application/json',
};

/** Serves the built console; unknown paths get index.html (client-side routes). */
export async function serveStatic(root: string, req: IncomingMessage, res: ServerResponse): Promise<void> {
  const url = new URL(req.url ?? '/', 'http://x');
  let path = normalize(join(root, decodeURIComponent(url.pathname)));
  if (!path.startsWith(normalize(root + sep)) && path !== normalize(root)) {
    res.writeHead(403).end();
    return;
  }
  let info = await stat(path).catch(() => null);
  if (!info || info.isDirectory()) {
    path = join(root, 'index.html');
    info = await stat(path).catch(() => null);
  }
  if (!info) {
    res.writeHead(404, { 'content-type': 'text/plain' }).end('The console is not built: run the start command from the repository root.');
    return;
  }
  const immutable = url.pathname.startsWith('/assets/');
  res.writeHead(200, {
    'content-type': TYPES[extname(path)] ?? 'application/octet-stream',
    'content-length': info.size,
    'cache-control': immutable ? 'public, max-age=31536000, immutable' : 'no-cache',
    'x-content-type-options': 'nosniff',
  });
  createReadStream(path).pipe(res);
}
