#!/usr/bin/env node
// A small static file server for the built app: `node scripts/serve.mjs --port 4173 --dir dist --base /`.
// Serves index.html for unknown paths under the base, so the app also works from a sub-path.
// Sends the brotli or gzip twin made at build time (scripts/precompress.mjs) when the browser accepts
// it, never compressing on a request; hashed files are cached for a year, everything else is
// revalidated on every load (no-cache, with an ETag), so a new version is seen at once.
// `--log` prints every request (host and path), which the browser tests use to know a page loaded.
import { createReadStream, statSync } from 'node:fs';
import { createServer } from 'node:http';
import { extname, join, normalize, relative, resolve, sep } from 'node:path';
import { contentType } from './content-types.mjs';

const args = process.argv.slice(2);
const opt = (name, fallback) => {
  const i = args.indexOf(`--${name}`);
  return i >= 0 && args[i + 1] ? args[i + 1] : fallback;
};
const port = Number(opt('port', '4173'));
const dir = resolve(opt('dir', process.env.BUURTSTEM_OUT ?? 'dist'));
const base = opt('base', '/').replace(/\/?$/, '/');
const logRequests = args.includes('--log');
const COMPRESSIBLE = /\.(js|mjs|css|html|json|webmanifest|svg|txt|xml|map)$/;
const IMMUTABLE = 'public, max-age=31536000, immutable';

/**
 * A file whose name carries a content hash never changes: Vite's output under assets/
 * (`index-BX3k2_aQ.js`) and Workbox's runtime (`workbox-9c191d2f.js`). index.html, sw.js,
 * config.json, the manifest and the icons keep their names across versions.
 */
function isHashed(relPath) {
  const parts = relPath.split(/[\\/]/);
  const name = parts[parts.length - 1] ?? '';
  if (parts[0] === 'assets' && parts.length === 2) return /-[A-Za-z0-9_-]{8,}\.[a-z0-9]+$/.test(name);
  return /^workbox-[0-9a-f]{8,}\.js$/.test(name);
}

/** The encodings the request accepts (q=0 refuses), best first: br before gzip. */
function acceptedEncodings(header) {
  const ok = new Set();
  for (const part of String(header ?? '').split(',')) {
    const [token, ...params] = part.trim().toLowerCase().split(';');
    const q = params.map((p) => p.trim()).find((p) => p.startsWith('q='));
    if (q && Number(q.slice(2)) === 0) continue;
    if (token) ok.add(token);
  }
  const star = ok.has('*');
  return ['br', 'gzip'].filter((e) => ok.has(e) || star);
}

function fileFor(urlPath) {
  const rel = normalize(decodeURIComponent(urlPath.slice(base.length))).replace(/^(\.\.[/\\])+/, '');
  const full = join(dir, rel);
  if (full !== dir && !full.startsWith(dir + sep)) return null;
  try {
    const st = statSync(full);
    if (st.isFile()) return full;
    if (st.isDirectory()) return fileFor(`${urlPath.replace(/\/?$/, '/')}index.html`);
  } catch {}
  return null;
}

/** The precompressed twin, if there is one and it is not older than the file (a file edited after the build). */
function twin(file, stat, encoding) {
  try {
    const path = `${file}.${encoding === 'br' ? 'br' : 'gz'}`;
    const st = statSync(path);
    return st.isFile() && st.mtimeMs >= stat.mtimeMs ? { path, stat: st } : null;
  } catch {
    return null;
  }
}

const server = createServer((req, res) => {
  const path = new URL(req.url ?? '/', 'http://x').pathname;
  if (logRequests) console.log(`${req.method} ${req.headers.host ?? ''} ${path}`);
  if (req.method !== 'GET' && req.method !== 'HEAD') {
    res.writeHead(405, { allow: 'GET, HEAD' });
    res.end();
    return;
  }
  if (!path.startsWith(base)) {
    res.writeHead(302, { location: base });
    res.end();
    return;
  }
  const file = fileFor(path) ?? (extname(path) ? null : join(dir, 'index.html'));
  if (!file || file.endsWith('.br') || file.endsWith('.gz')) {
    res.writeHead(404, { 'content-type': 'text/plain; charset=utf-8', 'cache-control': 'no-cache' });
    res.end('Niet gevonden');
    return;
  }
  const stat = statSync(file);
  const compressible = COMPRESSIBLE.test(file);
  let send = { path: file, stat };
  let encoding;
  if (compressible) {
    for (const e of acceptedEncodings(req.headers['accept-encoding'])) {
      const t = twin(file, stat, e);
      if (t) {
        send = t;
        encoding = e;
        break;
      }
    }
  }
  const headers = {
    'content-type': contentType(file),
    'cache-control': isHashed(relative(dir, file)) ? IMMUTABLE : 'no-cache',
    'content-length': String(send.stat.size),
    'last-modified': stat.mtime.toUTCString(),
    // One ETag per file version and encoding: a cache never mixes a gzip body with a brotli one.
    etag: `"${stat.size.toString(16)}-${Math.floor(stat.mtimeMs).toString(16)}${encoding ? `-${encoding}` : ''}"`,
    'x-content-type-options': 'nosniff',
  };
  if (compressible) headers.vary = 'Accept-Encoding';
  if (encoding) headers['content-encoding'] = encoding;
  if (req.headers['if-none-match'] === headers.etag) {
    delete headers['content-length'];
    res.writeHead(304, headers);
    res.end();
    return;
  }
  res.writeHead(200, headers);
  if (req.method === 'HEAD') {
    res.end();
    return;
  }
  createReadStream(send.path).pipe(res);
});
server.listen(port, '127.0.0.1', () => {
  const actual = server.address().port;
  console.log(`Buurtstem draait op http://localhost:${actual}${base}`);
});
