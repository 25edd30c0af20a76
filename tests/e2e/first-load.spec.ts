import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test } from '@playwright/test';

/**
 * zod stays off the first screen's load path: the record schemas are loaded on the first tap or key
 * (src/app/main.tsx) and write() awaits them; a fresh device checks its configuration after the
 * first paint. This reads the chunk graph of the build under test (.vite/manifest.json in
 * BUURTSTEM_OUT) and walks the static imports of the page entry and of the first screens (the
 * meeting list, the meeting/capture screen); none of those chunks may contain zod's code.
 */
const outDir = process.env.BUURTSTEM_OUT ?? 'dist';

interface ManifestChunk {
  file: string;
  src?: string;
  isEntry?: boolean;
  imports?: string[];
}
type Manifest = Record<string, ManifestChunk>;

/** Strings zod 4 keeps in its code after minification (the names of its core classes). */
const ZOD_MARKERS = ['$ZodType', '$ZodObject'];
const hasZod = (code: string) => ZOD_MARKERS.some((m) => code.includes(m));

/** Home, and the capture screen (a running meeting), where a device opened in the field lands. */
const FIRST_SCREENS = ['src/features/meetings/MeetingList.tsx', 'src/features/meetings/MeetingScreen.tsx'];

function staticClosure(manifest: Manifest, roots: string[]): Set<string> {
  const seen = new Set<string>();
  const todo = [...roots];
  while (todo.length) {
    const key = todo.pop()!;
    if (seen.has(key)) continue;
    const chunk = manifest[key];
    if (!chunk) throw new Error(`chunk ${key} is not in the manifest`);
    seen.add(key);
    todo.push(...(chunk.imports ?? []));
  }
  return seen;
}

test('zod is not in the chunks the first screen (home, capture) loads', () => {
  const manifest = JSON.parse(readFileSync(join(outDir, '.vite', 'manifest.json'), 'utf8')) as Manifest;
  const code = (key: string) => readFileSync(join(outDir, manifest[key]!.file), 'utf8');
  const entry = Object.keys(manifest).find((k) => manifest[k]!.isEntry && k.endsWith('index.html'));
  expect(entry, 'the page entry is in the manifest').toBeTruthy();
  for (const screen of FIRST_SCREENS)
    expect(manifest[screen], `${screen} is a chunk of its own`).toBeTruthy();

  // The markers must find zod somewhere in the build, or this test could pass without looking.
  const withZod = Object.keys(manifest).filter((k) => manifest[k]!.file.endsWith('.js') && hasZod(code(k)));
  expect(withZod.length, 'zod is found in the build (the markers still work)').toBeGreaterThan(0);

  for (const screen of FIRST_SCREENS) {
    const firstLoad = [...staticClosure(manifest, [entry!, screen])];
    expect(firstLoad.length).toBeGreaterThan(1);
    const offending = firstLoad.filter((k) => manifest[k]!.file.endsWith('.js') && hasZod(code(k)));
    expect(
      offending,
      `${screen}: first-load chunks with zod: ${offending.map((k) => manifest[k]!.file).join(', ')}`,
    ).toEqual([]);
  }
});

/** Strings Dexie 4 keeps after minification (its error class and its list of database names). */
const DEXIE_MARKERS = ['DatabaseClosedError', '__dbnames'];
const hasDexie = (code: string) => DEXIE_MARKERS.some((m) => code.includes(m));

test("Dexie is not in the chunks home's first paint loads (the entry and the title)", () => {
  const manifest = JSON.parse(readFileSync(join(outDir, '.vite', 'manifest.json'), 'utf8')) as Manifest;
  const code = (key: string) => readFileSync(join(outDir, manifest[key]!.file), 'utf8');
  const entry = Object.keys(manifest).find((k) => manifest[k]!.isEntry && k.endsWith('index.html'));
  expect(entry, 'the page entry is in the manifest').toBeTruthy();
  const withDexie = Object.keys(manifest).filter(
    (k) => manifest[k]!.file.endsWith('.js') && hasDexie(code(k)),
  );
  expect(withDexie.length, 'Dexie is found in the build (the markers still work)').toBeGreaterThan(0);
  // Home's title: src/features/meetings/MeetingList.tsx; the list below it (MeetingListBody) reads the
  // database and loads after that paint (src/app/main.tsx, src/db/peek.ts).
  const firstPaint = [...staticClosure(manifest, [entry!, 'src/features/meetings/MeetingList.tsx'])];
  const offending = firstPaint.filter((k) => manifest[k]!.file.endsWith('.js') && hasDexie(code(k)));
  expect(offending, `first-paint chunks with Dexie: ${offending.join(', ')}`).toEqual([]);
});

/**
 * The next likely screens' code is fetched in idle time but not run (src/app/startup.ts): on the
 * capture screen, closing the meeting and the kiosk start are fetched as `<link rel=modulepreload>`,
 * their zod chunk among them, yet zod has not run (it sets `globalThis.__zod_globalConfig` when it
 * does). Running it there was a long task in Lighthouse's window (issue 12: total blocking time).
 */
test('the capture screen fetches the next screens without running them (zod stays unrun)', async ({
  page,
}) => {
  const manifest = JSON.parse(readFileSync(join(outDir, '.vite', 'manifest.json'), 'utf8')) as Manifest;
  const fileOf = (src: string) => manifest[src]!.file.replace(/^.*\//, '');
  const zodFiles = Object.values(manifest)
    .filter((c) => c.file.endsWith('.js') && hasZod(readFileSync(join(outDir, c.file), 'utf8')))
    .map((c) => c.file.replace(/^.*\//, ''));
  await page.goto('./#/');
  await page.getByRole('link', { name: 'Nieuwe bijeenkomst plannen' }).click();
  const buurt = page.getByLabel('Buurt');
  await buurt.selectOption({ index: 1 });
  await page.getByLabel('Plek').fill('Preload');
  await page.getByRole('button', { name: 'Bijeenkomst opslaan' }).click();
  await page.getByRole('button', { name: 'Bijeenkomst starten' }).click();
  await expect(page.getByRole('heading', { name: 'Inbreng opschrijven' })).toBeVisible();
  // A fresh page on the capture screen, and no tap or key (the first one loads the schemas).
  await page.reload();
  await expect(page.getByRole('heading', { name: 'Inbreng opschrijven' })).toBeVisible();
  const preloaded = async () =>
    page.evaluate(() =>
      [...document.querySelectorAll<HTMLLinkElement>('link[rel=modulepreload]')].map((l) =>
        l.href.replace(/^.*\//, ''),
      ),
    );
  for (const screen of ['src/features/meetings/CloseMeeting.tsx', 'src/features/kiosk/KioskStart.tsx'])
    await expect.poll(preloaded, { message: `${screen} is preloaded` }).toContain(fileOf(screen));
  const links = await preloaded();
  expect(
    links.filter((f) => zodFiles.includes(f)),
    'zod is among the fetched files',
  ).not.toEqual([]);
  // Every fetched file is there (a wrong path would fetch nothing and fail silently).
  for (const f of links) {
    const res = await page.request.get(`./assets/${f}`);
    expect(res.ok(), f).toBe(true);
  }
  await page.waitForTimeout(500);
  expect(await page.evaluate(() => '__zod_globalConfig' in globalThis), 'zod has not run').toBe(false);
});

test('every built file a chunk names (imports, idle-time preload lists) exists in the build', () => {
  // A chunk of only CSS is dropped by Vite after the bundle is generated; a list made before that
  // (scripts/chunk-files.mjs) named its JS file, and the idle-time preload fetched a 404.
  const assets = join(outDir, 'assets');
  const files = new Set(readdirSync(assets));
  const js = [...files].filter((f) => f.endsWith('.js'));
  expect(js.length).toBeGreaterThan(10);
  const missing: string[] = [];
  // sw.js: registered relative to the page, at the build's root.
  for (const f of js)
    for (const m of readFileSync(join(assets, f), 'utf8').matchAll(/["'`]\.\/([\w.-]+\.(?:js|css))["'`]/g))
      if (!files.has(m[1]!) && !existsSync(join(outDir, m[1]!))) missing.push(`${f} -> ${m[1]}`);
  expect(missing).toEqual([]);
});

test("zod's chunk is in no static import cycle (a cycle let a schema module run before zod had)", () => {
  // vite.config.ts groups zod with the record schemas; a schema module left outside that group but
  // imported by it (src/domain/kiosk.ts once) made records <-> kiosk a cycle, and the kiosk chunk
  // called z.string() before zod's classes existed: "e is not a constructor", no app at all.
  const manifest = JSON.parse(readFileSync(join(outDir, '.vite', 'manifest.json'), 'utf8')) as Manifest;
  const code = (key: string) => readFileSync(join(outDir, manifest[key]!.file), 'utf8');
  const zodChunks = Object.keys(manifest).filter((k) => manifest[k]!.file.endsWith('.js') && hasZod(code(k)));
  expect(zodChunks.length).toBeGreaterThan(0);
  for (const z of zodChunks) {
    const reachable = staticClosure(manifest, manifest[z]!.imports ?? []);
    expect(reachable.has(z), `${manifest[z]!.file} imports itself through ${[...reachable].join(', ')}`).toBe(
      false,
    );
  }
});
