#!/usr/bin/env node
// Writes the exchange fixture files (tests/fixtures/bad, tests/fixtures/good) from
// tests/fixtures/makeFixtures.ts (run: npm run fixtures:exchange).
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { runnerImport } from 'vite';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const { module } = await runnerImport(resolve(root, 'tests/fixtures/makeFixtures.ts'), {
  root,
  configFile: false,
  logLevel: 'error',
});
for (const [dir, make] of [
  ['tests/fixtures/bad', module.badFixtures],
  ['tests/fixtures/good', module.goodFixtures],
]) {
  mkdirSync(resolve(root, dir), { recursive: true });
  for (const [name, text] of Object.entries(await make())) {
    writeFileSync(resolve(root, dir, name), text);
    console.log(`geschreven: ${dir}/${name}`);
  }
}
