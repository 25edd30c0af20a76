#!/usr/bin/env node
// Writes docs/bundle.schema.json and docs/encrypted.schema.json from the zod schemas in
// src/exchange/format.ts (run: npm run schema:bundle). A unit test fails when they drift.
import { writeFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { runnerImport } from 'vite';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const { module } = await runnerImport(resolve(root, 'src/exchange/jsonSchema.ts'), {
  root,
  configFile: false,
  logLevel: 'error',
});
for (const [path, schema] of Object.entries(module.exchangeJsonSchemas())) {
  writeFileSync(resolve(root, path), module.schemaFileText(schema));
  console.log(`geschreven: ${path}`);
}
