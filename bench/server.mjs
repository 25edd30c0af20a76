/**
 * Bench (issue 12, the row "`npm start` server"): what the server users start sends, checked over
 * real HTTP against the built app. For the home page, the service worker and every file a fresh
 * device loads for home (read from index.html: its script, styles and module preloads), it asks
 * three times (brotli accepted, only gzip accepted, no compression) and prints what came back (a file
 * under scripts/precompress.mjs's MIN_BYTES is sent as it is, by design):
 * encoding, bytes on the wire against the raw file, and Cache-Control. The targets are the issue's:
 * precompressed brotli and gzip, immutable caching of hashed files, `no-cache` for index.html and
 * sw.js. Not part of npm test (tests/unit/serve.test.ts checks the server's rules).
 *
 *   node bench/server.mjs            (or npm run bench, through bench/run.mjs)
 */
import { readFileSync, statSync } from 'node:fs';
import { get } from 'node:http';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { MIN_BYTES } from '../scripts/precompress.mjs';
import { serveDist } from './serve-dist.mjs';

const PORT = Number(process.env.BENCH_SERVER_PORT ?? 4394);
const IMMUTABLE = /max-age=31536000/;

/** The files index.html makes a fresh browser fetch: its module script, styles and preloads. */
function entryFiles(dist) {
  const html = readFileSync(join(dist, 'index.html'), 'utf8');
  const refs = [...html.matchAll(/(?:src|href)="(?:\.?\/)?([^"]+\.(?:js|css))"/g)].map((m) => m[1]);
  return [...new Set(refs)];
}

/** One GET with node:http (fetch would decode the body): the bytes as they came over the wire. */
function ask(url, acceptEncoding) {
  return new Promise((resolve, reject) => {
    get(url, { headers: { 'accept-encoding': acceptEncoding } }, (res) => {
      let bytes = 0;
      res.on('data', (d) => {
        bytes += d.length;
      });
      res.on('end', () =>
        resolve({
          status: res.statusCode,
          encoding: res.headers['content-encoding'] ?? 'none',
          cache: res.headers['cache-control'] ?? '(none)',
          bytes,
        }),
      );
    }).on('error', reject);
  });
}

export async function run(opts = {}) {
  const dist = opts.dist ?? process.env.BUURTSTEM_OUT ?? 'dist';
  // The shared start (bench/serve-dist.mjs): a busy port or a missing build stops the bench with the
  // reason, and the index.html served must be this build's.
  const { child: server, base } = await serveDist(dist, PORT);
  const lines = [];
  const failed = [];
  try {
    const files = [
      { path: '', label: 'index.html', hashed: false },
      { path: 'sw.js', label: 'sw.js', hashed: false },
      ...entryFiles(dist).map((p) => ({ path: p, label: p, hashed: true })),
    ];
    for (const f of files) {
      const br = await ask(base + f.path, 'br, gzip');
      const gz = await ask(base + f.path, 'gzip');
      const plain = await ask(base + f.path, 'identity');
      const wantCache = f.hashed ? 'immutable' : 'no-cache';
      const cacheOk = f.hashed ? IMMUTABLE.test(br.cache) : /no-cache/.test(br.cache);
      // A file under MIN_BYTES has no twins by design (scripts/precompress.mjs): sent as it is.
      const tiny = statSync(join(dist, f.path || 'index.html')).size < MIN_BYTES;
      const encOk = tiny
        ? br.encoding === 'none' && gz.encoding === 'none' && plain.encoding === 'none'
        : br.encoding === 'br' && gz.encoding === 'gzip' && plain.encoding === 'none';
      const okAll = cacheOk && encOk && br.status === 200 && gz.status === 200 && plain.status === 200;
      if (!okAll) failed.push(f.label);
      lines.push(
        `  ${f.label}: br ${br.bytes} B, gzip ${gz.bytes} B, raw ${plain.bytes} B (${br.encoding}/${gz.encoding}/${plain.encoding}${tiny ? `; under ${MIN_BYTES} B: sent as it is by design` : ''}); Cache-Control "${br.cache}" (want ${wantCache}): ${okAll ? 'met' : 'NOT met'}`,
      );
    }
    const head = `npm start server (scripts/serve.mjs): ${files.length} files asked with br, gzip and no compression (target: precompressed brotli + gzip, immutable hashed files, no-cache for index.html/sw.js): ${failed.length === 0 ? 'met' : `NOT met (${failed.join(', ')})`}`;
    return [head, ...lines].join('\n');
  } finally {
    server.kill();
  }
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  run()
    .then((out) => console.log(out))
    .catch((e) => {
      console.error(e);
      process.exit(1);
    });
}
