import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

/**
 * What the coordinator's overview loads before its numbers are on screen (issue 12 item 3): the
 * modules the screen imports statically, followed through every static import in src/ (`import
 * type` is erased; `import()` loads later, on demand). The record schemas (zod), the example-data
 * generator and the forms and report builders of the other tabs must not be among them: each of
 * them used to be, and they were a third of the chunks (and the longest evaluation) on the way.
 */
const SRC = resolve(__dirname, '../../src');

function resolveImport(from: string, spec: string): string | undefined {
  if (!spec.startsWith('.')) return undefined; // a package (preact, dexie)
  const base = resolve(dirname(from), spec);
  for (const file of [base, `${base}.ts`, `${base}.tsx`, join(base, 'index.ts'), join(base, 'index.tsx')])
    if (existsSync(file) && /\.tsx?$/.test(file)) return file;
  return undefined; // CSS and other assets
}

/** Every module reachable from `entry` through static imports and re-exports, as paths under src/. */
function staticGraph(entry: string): Set<string> {
  const seen = new Set<string>();
  const visit = (file: string) => {
    const rel = relative(SRC, file).replace(/\\/g, '/');
    if (seen.has(rel)) return;
    seen.add(rel);
    const code = readFileSync(file, 'utf8');
    const statements = code.matchAll(/^(import|export)\s+(type\s+)?([^'";]*?\s+from\s+)?['"]([^'"]+)['"]/gm);
    for (const [, , typeOnly, , spec] of statements) {
      if (typeOnly) continue;
      const target = resolveImport(file, spec!);
      if (target) visit(target);
    }
  };
  visit(entry);
  return seen;
}

describe('the coordinator overview’s code', () => {
  const graph = staticGraph(join(SRC, 'features/coordinator/CoordinatorScreen.tsx'));

  it('follows the static imports (the walk itself finds the overview and the read models)', () => {
    for (const m of [
      'features/coordinator/Overview.tsx',
      'features/coordinator/useAnalysis.ts',
      'db/readModels.ts',
      'db/schema.ts',
      'domain/analysis/aggregateRead.ts',
    ])
      expect(graph, m).toContain(m);
  });

  it('does not load zod, the example-data generator, or the forms and exports of the other tabs', () => {
    for (const m of [
      'domain/zod.ts',
      'db/exampleData.ts',
      'domain/exampleData.ts',
      'features/coordinator/EarlierFindings.tsx',
      'features/coordinator/ExportPanel.tsx',
      'domain/analysis/report.ts',
    ])
      expect(graph, m).not.toContain(m);
  });
});
