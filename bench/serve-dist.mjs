/**
 * Serve a build for a bench (scripts/serve.mjs, as `npm start` serves it) and make sure the pages
 * measured are really that build: a busy port used to leave the bench waiting for ever, or measuring
 * whatever else answered on that port (another helper's build). Fails loudly instead: when the server
 * exits before it listens (the port is taken), when it does not answer in time, and when the
 * index.html it sends is not the one in `dist`. The address is 127.0.0.1, not localhost: a server of
 * someone else on [::1] with the same port would otherwise answer the browser's "localhost".
 */
import { spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

export async function serveDist(dist, port) {
  const child = spawn('node', ['scripts/serve.mjs', '--port', String(port), '--dir', dist], {
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let stderr = '';
  child.stderr.on('data', (d) => {
    stderr += d;
  });
  try {
    await new Promise((resolve, reject) => {
      const timer = setTimeout(
        () => reject(new Error(`the server for ${dist} did not start on port ${port} within 15 s`)),
        15_000,
      );
      child.stdout.once('data', () => {
        clearTimeout(timer);
        resolve();
      });
      child.once('exit', (code) => {
        clearTimeout(timer);
        reject(new Error(`the server for ${dist} on port ${port} stopped (exit ${code}): ${stderr.trim()}`));
      });
    });
    const base = `http://127.0.0.1:${port}/`;
    const served = await (
      await fetch(`${base}index.html`, { headers: { 'accept-encoding': 'identity' } })
    ).text();
    if (served !== readFileSync(join(dist, 'index.html'), 'utf8'))
      throw new Error(`port ${port} does not serve ${dist}/index.html (another server, or a stale build?)`);
    return { child, base };
  } catch (e) {
    child.kill();
    throw e;
  }
}
