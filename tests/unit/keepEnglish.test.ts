/** src/i18n/offline.ts: the English file that loaded is kept, and only that one. */
import { afterEach, describe, expect, it, vi } from 'vitest';
import { ENGLISH_CACHE, ENGLISH_FILE, keepEnglish } from '../../src/i18n/offline';

/** A CacheStorage with one cache, enough for keepEnglish (the Cache API is not in happy-dom). */
function fakeCaches(start: string[]) {
  const stored = new Set(start);
  const opened: string[] = [];
  const cache = {
    match: async (url: string) => (stored.has(url) ? new Response('') : undefined),
    add: async (url: string) => void stored.add(url),
    keys: async () => [...stored].map((url) => ({ url })),
    delete: async (r: { url: string }) => stored.delete(r.url),
  };
  vi.stubGlobal('caches', {
    open: async (name: string) => {
      opened.push(name);
      return cache;
    },
  });
  return { stored, opened };
}

afterEach(() => vi.unstubAllGlobals());

const NOW = 'https://buurtstem.example/app/assets/en-Voo1OCU9.js';
const OLD = 'https://buurtstem.example/app/assets/en-B0ld1234.js';

describe('keepEnglish', () => {
  it('adds the file that loaded to its own cache', async () => {
    const c = fakeCaches([]);
    await keepEnglish(NOW);
    expect([...c.stored]).toEqual([NOW]);
    expect(c.opened).toEqual([ENGLISH_CACHE]);
  });

  it('drops the file of an older version', async () => {
    const c = fakeCaches([OLD]);
    await keepEnglish(NOW);
    expect([...c.stored]).toEqual([NOW]);
  });

  it('leaves a file that is there already', async () => {
    const c = fakeCaches([NOW]);
    await keepEnglish(NOW);
    expect([...c.stored]).toEqual([NOW]);
  });

  it('does nothing for a source file (the dev server, tests) or without the Cache API', async () => {
    const c = fakeCaches([]);
    await keepEnglish('http://localhost:5173/src/i18n/en.ts');
    expect(c.opened).toEqual([]);
    vi.unstubAllGlobals();
    await expect(keepEnglish(NOW)).resolves.toBeUndefined();
  });

  it("the pattern the service worker caches by matches the build's names only", () => {
    expect(ENGLISH_FILE.test('/app/assets/en-Voo1OCU9.js')).toBe(true);
    expect(ENGLISH_FILE.test('/assets/en-a_b-C.js')).toBe(true);
    expect(ENGLISH_FILE.test('/assets/texts-en-Voo1OCU9.js')).toBe(false);
    expect(ENGLISH_FILE.test('/assets/en-Voo1OCU9.css')).toBe(false);
  });
});
