import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test } from '@playwright/test';

/**
 * zod stays off the first screen's load path: the record schemas are loaded after the first paint
 * (src/app/startup.ts preloadSchemasWhenIdle) and write() awaits them. This reads the chunk graph
 * of the build under test (.vite/manifest.json in BUURTSTEM_OUT) and walks the static imports of
 * the page entry and of the first screen (the meeting list); none of those chunks may contain
 * zod's code.
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

const FIRST_SCREEN = 'src/features/meetings/MeetingList.tsx';

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

test('zod is not in the chunks the first screen loads', () => {
  const manifest = JSON.parse(readFileSync(join(outDir, '.vite', 'manifest.json'), 'utf8')) as Manifest;
  const code = (key: string) => readFileSync(join(outDir, manifest[key]!.file), 'utf8');
  const entry = Object.keys(manifest).find((k) => manifest[k]!.isEntry && k.endsWith('index.html'));
  expect(entry, 'the page entry is in the manifest').toBeTruthy();
  expect(manifest[FIRST_SCREEN], 'the first screen is a chunk of its own').toBeTruthy();

  // The markers must find zod somewhere in the build, or this test could pass without looking.
  const withZod = Object.keys(manifest).filter((k) => manifest[k]!.file.endsWith('.js') && hasZod(code(k)));
  expect(withZod.length, 'zod is found in the build (the markers still work)').toBeGreaterThan(0);

  const firstLoad = [...staticClosure(manifest, [entry!, FIRST_SCREEN])];
  expect(firstLoad.length).toBeGreaterThan(1);
  const offending = firstLoad.filter((k) => manifest[k]!.file.endsWith('.js') && hasZod(code(k)));
  expect(
    offending,
    `first-load chunks with zod: ${offending.map((k) => manifest[k]!.file).join(', ')}`,
  ).toEqual([]);
});
