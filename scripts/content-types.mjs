// The Content-Type of each kind of file the build holds: one table for the static server
// (scripts/serve.mjs), the first-screen CSS check and the browser tests' own servers.
import { extname } from 'node:path';

export const CONTENT_TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json',
  '.webmanifest': 'application/manifest+json',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.woff2': 'font/woff2',
  '.txt': 'text/plain; charset=utf-8',
};

/** The Content-Type of a file by its name; unknown kinds are plain bytes. */
export function contentType(path) {
  return CONTENT_TYPES[extname(path)] ?? 'application/octet-stream';
}
