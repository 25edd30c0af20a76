#!/usr/bin/env node
// `buurtstem` command: runs the built command line (npm install / npm ci build it via `prepare`).
try {
  await import('./dist/buurtstem.mjs');
} catch (e) {
  if (e?.code === 'ERR_MODULE_NOT_FOUND' && String(e.message).includes('buurtstem.mjs')) {
    console.error('De opdrachtregel is nog niet gebouwd. Voer eerst uit: npm run build:cli');
  } else {
    console.error(`Onverwachte fout: ${e?.message ?? e}`);
  }
  process.exitCode = 1;
}
