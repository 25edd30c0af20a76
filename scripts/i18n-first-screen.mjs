// Measures how many bytes of Dutch catalogue text the entry chunk carries (issue 11 item 5):
// node scripts/i18n-first-screen.mjs <dist-dir>. Reads the catalogue texts from src/i18n/nl/*.ts.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

const dist = process.argv[2] ?? 'dist';
const html = readFileSync(join(dist, 'index.html'), 'utf8');
const entry = html.match(/src="\.?\/?(assets\/[^"]+\.js)"/)?.[1];
if (!entry) throw new Error('no entry script in index.html');
const js = readFileSync(join(dist, entry), 'utf8');
const texts = new Set();
for (const f of readdirSync('src/i18n/nl')) {
  const src = readFileSync(join('src/i18n/nl', f), 'utf8');
  for (const m of src.matchAll(/:\s*'((?:[^'\\\n]|\\.)+)'/g)) texts.add(m[1]);
}
let bytes = 0;
let count = 0;
for (const s of texts) {
  if (js.includes(s) || js.includes(JSON.stringify(s).slice(1, -1))) {
    bytes += Buffer.byteLength(s);
    count++;
  }
}
console.log(
  `${entry}: ${Buffer.byteLength(js)} bytes; Dutch catalogue texts in it: ${count}, ${bytes} bytes`,
);
