/**
 * The staff's English texts are the one part of the app the service worker does not install up
 * front (issue 12: the precache stays <= 300 kB; Excalidraw keeps its languages out of its precache
 * the same way). Dutch, the fallback, and every language residents see in the kiosk are installed.
 * The English file is kept in a cache of its own the first time it loads, online: the service
 * worker answers it from there (vite.config.ts, `runtimeCaching`), so a device that has used English
 * keeps it without internet. Also shared with vite.config.ts: no DOM here.
 */
export const ENGLISH_CACHE = 'buurtstem-texts-en';

/** The English file's address in a build: `assets/en-<hash>.js` (checked by the build). */
export const ENGLISH_FILE = /\/assets\/en-[\w-]+\.js$/;

/**
 * Keep the English file that just loaded (`url`) in its cache, and only that one: also when it
 * came before the service worker took over the page (a first visit), and after an update, which
 * gives it a new name. Nothing to do where there is no Cache API (tests, http without TLS).
 */
export async function keepEnglish(url: string): Promise<void> {
  if (typeof caches === 'undefined' || !ENGLISH_FILE.test(new URL(url).pathname)) return;
  const cache = await caches.open(ENGLISH_CACHE);
  if (!(await cache.match(url))) await cache.add(url);
  for (const old of await cache.keys()) if (old.url !== url) await cache.delete(old);
}
