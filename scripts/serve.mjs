#!/usr/bin/env node
// A tiny static file server for the built app: `node scripts/serve.mjs --port 4173 --dir dist --base /`.
// Serves index.html for unknown paths under the base, so the app also works from a sub-path.
import { createReadStream, statSync } from 'node:fs';
import { createServer } from 'node:http';
import { extname, join, normalize, resolve } from 'node:path';

const args = process.argv.slice(2);
const opt = (name, fallback) => {
  const i = args.indexOf(`--${name}`);
  return i >= 0 && args[i + 1] ? args[i + 1] : fallback;
};
const port = Number(opt('port', '4173'));
const dir = resolve(opt('dir', process.env.BUURTSTEM_OUT ?? 'dist'));
const base = opt('base', '/').replace(/\/?$/, '/');
const types = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json',
  '.webmanifest': 'application/manifest+json',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
};

function fileFor(urlPath) {
  const rel = normalize(decodeURIComponent(urlPath.slice(base.length))).replace(/^(\.\.[/\\])+/, '');
  const full = join(dir, rel);
  if (!full.startsWith(dir)) return null;
  try {
    const st = statSync(full);
    if (st.isFile()) return full;
    if (st.isDirectory()) return fileFor(`${urlPath.replace(/\/?$/, '/')}index.html`);
  } catch {}
  return null;
}

createServer((req, res) => {
  const path = new URL(req.url ?? '/', 'http://x').pathname;
  if (!path.startsWith(base)) {
    res.writeHead(302, { location: base });
    res.end();
    return;
  }
  const file = fileFor(path) ?? (extname(path) ? null : join(dir, 'index.html'));
  if (!file) {
    res.writeHead(404, { 'content-type': 'text/plain; charset=utf-8' });
    res.end('Niet gevonden');
    return;
  }
  res.writeHead(200, {
    'content-type': types[extname(file)] ?? 'application/octet-stream',
    'cache-control': file.endsWith('sw.js') || file.endsWith('.html') ? 'no-cache' : 'public, max-age=3600',
  });
  createReadStream(file).pipe(res);
}).listen(port, '127.0.0.1', () => {
  console.log(`Buurtstem draait op http://localhost:${port}${base}`);
});
