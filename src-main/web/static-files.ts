import fs from 'node:fs';
import type http from 'node:http';
import path from 'node:path';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.woff2': 'font/woff2',
  '.woff': 'font/woff',
};

/** A request path as a file path, or null when its percent-encoding is broken (`/%ff`, `/%`). */
function decodePath(pathname: string): string | null {
  try {
    return decodeURIComponent(pathname);
  } catch {
    return null;
  }
}

/** Serves the built renderer. Only files inside `root` with a known type; everything else is 404. */
export function serveStatic(root: string, pathname: string, req: http.IncomingMessage, res: http.ServerResponse): void {
  const decoded = pathname === '/' ? '/index.html' : decodePath(pathname);
  const file = path.resolve(root, (decoded ?? '').replace(/^\/+/, ''));
  const type = TYPES[path.extname(file).toLowerCase()];
  if (decoded === null || decoded.includes('\0') || !file.startsWith(path.resolve(root) + path.sep) || !type || !fs.existsSync(file) || !fs.statSync(file).isFile()) {
    res.statusCode = 404;
    res.setHeader('Content-Type', 'text/plain; charset=utf-8');
    res.end('not found');
    return;
  }
  res.statusCode = 200;
  res.setHeader('Content-Type', type);
  if (req.method === 'HEAD') {
    res.end();
    return;
  }
  fs.createReadStream(file)
    .on('error', () => res.destroy())
    .pipe(res);
}
