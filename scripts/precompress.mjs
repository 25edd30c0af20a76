#!/usr/bin/env node
/**
 * Brotli and gzip twins of the built text files (`app.js` → `app.js.br`, `app.js.gz`), made once
 * at build time so the server never compresses on a request (scripts/serve.mjs; nginx `gzip_static`
 * and `brotli_static`; IIS with the rewrite rules in the README). Run by the Vite build
 * (vite.config.ts) after the service worker is written; `node scripts/precompress.mjs DIR` by hand.
 */
import { readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';

/** Text formats that shrink; images (PNG) are compressed already. */
export const COMPRESSIBLE = /\.(js|mjs|css|html|json|webmanifest|svg|txt|xml|map)$/;
/** Smaller files gain less than the extra request header costs: sent as they are (bench/server.mjs knows). */
export const MIN_BYTES = 512;

function* files(dir) {
  for (const name of readdirSync(dir)) {
    const full = join(dir, name);
    if (statSync(full).isDirectory()) yield* files(full);
    else yield full;
  }
}

/** Write `.br` and `.gz` beside every compressible file of `dir`; returns how many files got them. */
export function precompress(dir) {
  let n = 0;
  for (const file of files(dir)) {
    if (!COMPRESSIBLE.test(file)) continue;
    const body = readFileSync(file);
    if (body.length < MIN_BYTES) continue;
    const br = brotliCompressSync(body, {
      params: {
        [constants.BROTLI_PARAM_QUALITY]: constants.BROTLI_MAX_QUALITY,
        [constants.BROTLI_PARAM_SIZE_HINT]: body.length,
      },
    });
    const gz = gzipSync(body, { level: 9 });
    // A twin that is not smaller is worse than none.
    if (br.length < body.length) writeFileSync(`${file}.br`, br);
    if (gz.length < body.length) writeFileSync(`${file}.gz`, gz);
    n++;
  }
  return n;
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const dir = process.argv[2] ?? process.env.BUURTSTEM_OUT ?? 'dist';
  console.log(`precompressed ${precompress(dir)} files in ${dir}`);
}
