// @vitest-environment node
import { type ChildProcess, spawn } from 'node:child_process';
import { appendFileSync, mkdirSync, mkdtempSync, rmSync, utimesSync, writeFileSync } from 'node:fs';
import { request } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { brotliDecompressSync, gunzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { precompress } from '../../scripts/precompress.mjs';

/**
 * `npm start`'s server (scripts/serve.mjs) on a built-like folder: the brotli or gzip twin made at
 * build time by Accept-Encoding, Vary, a year of immutable caching for hashed files and no-cache
 * (revalidated with an ETag) for index.html, sw.js and every other unhashed file.
 */
const dir = mkdtempSync(join(tmpdir(), 'buurtstem-serve-'));
const big = (label: string) => `/* ${label} */\n${'const answer = 42; // buurtstem\n'.repeat(200)}`;
const FILES: Record<string, string> = {
  'index.html': `<!doctype html><title>Buurtstem</title>${'<p>Hallo buurt</p>'.repeat(60)}`,
  'sw.js': big('sw'),
  'workbox-9c191d2f.js': big('workbox'),
  'assets/index-BX3k2_aQ.js': big('app'),
  'assets/index-Dq1x_9Zz.css': `.a{color:red}${'.b{margin:0}'.repeat(100)}`,
  'config.json': JSON.stringify({ buurten: Array.from({ length: 80 }, (_, i) => `buurt nummer ${i}`) }),
  'manifest.webmanifest': JSON.stringify({ name: 'Buurtstem', description: 'x'.repeat(600) }),
  'icons/icon-192.png': 'PNG-not-really',
  'small.txt': 'klein',
};

let server: ChildProcess;
let port = 0;

interface Answer {
  status: number;
  headers: Record<string, string | string[] | undefined>;
  body: Buffer;
}

function get(path: string, headers: Record<string, string> = {}, method = 'GET'): Promise<Answer> {
  return new Promise((resolve, reject) => {
    const req = request({ host: '127.0.0.1', port, path, method, headers }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (c: Buffer) => chunks.push(c));
      res.on('end', () =>
        resolve({ status: res.statusCode ?? 0, headers: res.headers, body: Buffer.concat(chunks) }),
      );
    });
    req.on('error', reject);
    req.end();
  });
}

beforeAll(async () => {
  for (const [name, text] of Object.entries(FILES)) {
    mkdirSync(join(dir, name, '..'), { recursive: true });
    writeFileSync(join(dir, name), text);
  }
  precompress(dir);
  server = spawn('node', ['scripts/serve.mjs', '--port', '0', '--dir', dir], {
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  port = await new Promise<number>((resolve) =>
    server.stdout?.once('data', (d: Buffer) => resolve(Number(/:(\d+)\//.exec(d.toString())?.[1]))),
  );
});

afterAll(() => {
  server?.kill();
  rmSync(dir, { recursive: true, force: true });
});

describe('precompress', () => {
  it('writes brotli and gzip twins of text files that shrink, not of small files or images', async () => {
    const { existsSync, readFileSync } = await import('node:fs');
    for (const name of ['index.html', 'sw.js', 'assets/index-BX3k2_aQ.js', 'config.json']) {
      const original = readFileSync(join(dir, name));
      expect(brotliDecompressSync(readFileSync(join(dir, `${name}.br`)))).toEqual(original);
      expect(gunzipSync(readFileSync(join(dir, `${name}.gz`)))).toEqual(original);
    }
    expect(existsSync(join(dir, 'small.txt.br'))).toBe(false);
    expect(existsSync(join(dir, 'icons/icon-192.png.br'))).toBe(false);
  });
});

describe('scripts/serve.mjs', () => {
  it('sends the brotli twin when accepted, gzip otherwise, the plain file when neither is', async () => {
    const path = '/assets/index-BX3k2_aQ.js';
    const br = await get(path, { 'accept-encoding': 'gzip, deflate, br, zstd' });
    expect(br.headers['content-encoding']).toBe('br');
    expect(brotliDecompressSync(br.body).toString()).toBe(FILES['assets/index-BX3k2_aQ.js']);
    expect(Number(br.headers['content-length'])).toBe(br.body.length);
    expect(br.body.length).toBeLessThan(FILES['assets/index-BX3k2_aQ.js']!.length / 5);

    const gz = await get(path, { 'accept-encoding': 'gzip' });
    expect(gz.headers['content-encoding']).toBe('gzip');
    expect(gunzipSync(gz.body).toString()).toBe(FILES['assets/index-BX3k2_aQ.js']);

    // q=0 refuses an encoding.
    const refused = await get(path, { 'accept-encoding': 'br;q=0, gzip;q=0.5' });
    expect(refused.headers['content-encoding']).toBe('gzip');

    const plain = await get(path);
    expect(plain.headers['content-encoding']).toBeUndefined();
    expect(plain.body.toString()).toBe(FILES['assets/index-BX3k2_aQ.js']);
    for (const a of [br, gz, refused, plain]) {
      expect(a.headers.vary).toBe('Accept-Encoding');
      expect(a.headers['content-type']).toBe('text/javascript; charset=utf-8');
    }
  });

  it('caches hashed files for a year, and revalidates index.html, sw.js and other unhashed files', async () => {
    const immutable = 'public, max-age=31536000, immutable';
    for (const path of ['/assets/index-BX3k2_aQ.js', '/assets/index-Dq1x_9Zz.css', '/workbox-9c191d2f.js'])
      expect((await get(path)).headers['cache-control'], path).toBe(immutable);
    for (const path of [
      '/',
      '/index.html',
      '/sw.js',
      '/config.json',
      '/manifest.webmanifest',
      '/icons/icon-192.png',
    ])
      expect((await get(path, { 'accept-encoding': 'br' })).headers['cache-control'], path).toBe('no-cache');
    // An unknown route is the app (hash routing), not cached either.
    const route = await get('/meetings/whatever', { 'accept-encoding': 'br' });
    expect(route.status).toBe(200);
    expect(route.headers['content-type']).toBe('text/html; charset=utf-8');
    expect(route.headers['cache-control']).toBe('no-cache');
  });

  it('answers a revalidation with 304, per encoding', async () => {
    const first = await get('/sw.js', { 'accept-encoding': 'br' });
    const etag = String(first.headers.etag);
    const again = await get('/sw.js', { 'accept-encoding': 'br', 'if-none-match': etag });
    expect(again.status).toBe(304);
    expect(again.body.length).toBe(0);
    // The gzip body is another representation: the brotli ETag does not match it.
    expect((await get('/sw.js', { 'accept-encoding': 'gzip', 'if-none-match': etag })).status).toBe(200);
  });

  it('never sends a stale twin of a file changed after the build (a new sw.js)', async () => {
    appendFileSync(join(dir, 'sw.js'), '\n// new version\n');
    const later = new Date(Date.now() + 5000);
    utimesSync(join(dir, 'sw.js'), later, later);
    const a = await get('/sw.js', { 'accept-encoding': 'br, gzip' });
    expect(a.headers['content-encoding']).toBeUndefined();
    expect(a.body.toString()).toContain('// new version');
  });

  it('does not serve the twins themselves, files outside the folder, or other methods', async () => {
    expect((await get('/sw.js.br')).status).toBe(404);
    expect((await get('/missing.js')).status).toBe(404);
    expect((await get('/../package.json')).status).not.toBe(200);
    // An address that climbs out of the folder gets the app, never the file it points at.
    const out = await get('/%2e%2e/%2e%2e/%2e%2e/etc/passwd');
    expect(out.body.toString()).not.toContain('root:');
    expect((await get('/', {}, 'POST')).status).toBe(405);
    const head = await get('/index.html', { 'accept-encoding': 'br' }, 'HEAD');
    expect(head.status).toBe(200);
    expect(head.body.length).toBe(0);
    expect(head.headers['content-encoding']).toBe('br');
  });
});
