/**
 * Bench (issue 10, item 1): merge work in its worst shapes, with the app's own merge code
 * (src/domain/merge.ts, src/exchange/memory.ts) in Node, next to a baseline of the same run:
 * copying the same versions into a Map (the least any merge must do).
 *  - one record with 1,000 concurrent versions (1,000 tablets changed it without seeing each other);
 *  - the same, all 1,000 under ONE device id (cloned tablets: told apart by `prev` only);
 *  - 20 files with 5,000 conflicting records each (every tablet changed every record).
 * Aim: each well under a second of merge work.
 *
 *   node bench/merge.mjs            (or npm run bench, through bench/run.mjs)
 */
import { dirname, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { runnerImport } from 'vite';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const T0 = Date.UTC(2026, 2, 2, 10, 0, 0);

async function load(path) {
  const { module } = await runnerImport(resolve(ROOT, path), {
    root: ROOT,
    configFile: false,
    logLevel: 'error',
  });
  return module;
}

export async function run() {
  const { formatHlc } = await load('src/domain/clock.ts');
  const { MemoryStore, RecordMerge } = await load('src/domain/merge.ts');
  const stamp = (ms, deviceId, counter = 0) => formatHlc({ ms, counter, deviceId });
  const uuid = (n) => `00000000-0000-4000-8000-${String(n).padStart(12, '0')}`;
  const base = (n) => {
    const updatedAt = stamp(T0, 'tabletc');
    return {
      id: uuid(n),
      createdAt: new Date(T0).toISOString(),
      updatedAt,
      deviceId: 'tabletc',
      rev: 1,
      deleted: false,
      vv: { tabletc: updatedAt },
      text: `Inbreng ${n}`,
    };
  };
  const change = (v0, deviceId, ms, text, counter = 0) => {
    const updatedAt = stamp(ms, deviceId, counter);
    return {
      ...v0,
      text,
      updatedAt,
      deviceId,
      rev: 2,
      vv: { ...v0.vv, [deviceId]: updatedAt },
      prev: v0.updatedAt,
    };
  };
  const time = (fn) => {
    const t0 = performance.now();
    const out = fn();
    return { ms: performance.now() - t0, out };
  };
  const baseline = (versions) =>
    time(() => {
      const m = new Map();
      for (const v of versions) m.set(`${v.id}:${v.updatedAt}`, structuredClone(v));
      return m.size;
    });
  const shuffle = (list) => {
    let a = 12345;
    const rnd = () => {
      a = (a * 1103515245 + 12345) >>> 0;
      return a / 4294967296;
    };
    const out = [...list];
    for (let i = out.length - 1; i > 0; i--) {
      const j = Math.floor(rnd() * (i + 1));
      [out[i], out[j]] = [out[j], out[i]];
    }
    return out;
  };

  const lines = [];
  const problems = [];
  // 1. One record, 1,000 concurrent versions from 1,000 tablets, in a random order.
  {
    const v0 = base(1);
    const versions = shuffle([
      v0,
      ...Array.from({ length: 1000 }, (_, i) => change(v0, `t${i}`, T0 + 1000 + i, `v${i}`)),
    ]);
    const b = baseline(versions);
    const m = time(() => {
      const r = new RecordMerge();
      for (const v of versions) r.add(v);
      return r.state();
    });
    if (m.out.conflicts.length !== 999)
      problems.push(`1,000 concurrent: ${m.out.conflicts.length} conflicts, expected 999`);
    lines.push(
      `merge: one record with 1,000 concurrent versions: ${m.ms.toFixed(0)} ms (copy baseline ${b.ms.toFixed(1)} ms)`,
    );
  }
  // 2. The same under one device id (cloned tablets), all made on top of v0.
  {
    const v0 = base(2);
    const versions = shuffle([
      v0,
      ...Array.from({ length: 1000 }, (_, i) => change(v0, 'kloon', T0 + 1000, `v${i}`, i)),
    ]);
    const m = time(() => {
      const r = new RecordMerge();
      for (const v of versions) r.add(v);
      return r.state();
    });
    if (m.out.conflicts.length !== 999)
      problems.push(`one device id: ${m.out.conflicts.length} conflicts, expected 999`);
    lines.push(`merge: one record, 1,000 concurrent versions under one device id: ${m.ms.toFixed(0)} ms`);
  }
  // 3. 20 files with 5,000 conflicting records each, merged file by file as the CLI does.
  {
    const originals = Array.from({ length: 5000 }, (_, n) => base(n + 10));
    const files = Array.from({ length: 20 }, (_, f) =>
      originals.map((v0, n) =>
        change(v0, `tablet${f}`, T0 + 1000 + f * 7 + (n % 5), `tablet ${f} over ${n}`),
      ),
    );
    const all = [...originals, ...files.flat()];
    const b = baseline(all);
    const m = time(() => {
      const store = new MemoryStore();
      for (const v of originals) store.merge('contributions', v);
      for (const file of files) for (const v of file) store.merge('contributions', v);
      return store;
    });
    const conflicts = [...m.out.tables.get('contributions').values()].reduce(
      (n, s) => n + s.conflicts.length,
      0,
    );
    if (conflicts !== 5000 * 19) problems.push(`20 files: ${conflicts} conflicts, expected ${5000 * 19}`);
    lines.push(
      `merge: 20 files with 5,000 conflicting records each (${all.length.toLocaleString('en')} versions): ${m.ms.toFixed(0)} ms = ${(m.ms / b.ms).toFixed(1)}x the copy baseline (${b.ms.toFixed(0)} ms)`,
    );
  }
  return [...lines, ...problems.map((p) => `PROBLEM: ${p}`)].join('\n');
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  run().then(
    (out) => console.log(out),
    (e) => {
      console.error(e);
      process.exit(1);
    },
  );
}
