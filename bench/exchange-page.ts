/**
 * In-page part of bench/exchange.mjs. Built by that script into bench-results/ (never part of the
 * app build): it drives the app's real export/import code (src/db/exchange.ts) next to raw
 * IndexedDB writes and reads of the same records.
 */
// biome-ignore lint/style/noRestrictedImports: the save layers measure Dexie alone, beside the app's own save
import Dexie from 'dexie';
import { saveContribution } from '../src/db/contributions';
import { resetDeviceCache } from '../src/db/device';
import { applyBundle, exportBundle, importFiles } from '../src/db/exchange';
import { db } from '../src/db/schema';
import { formatHlc } from '../src/domain/clock';
import type { Version } from '../src/domain/merge';
import { readBundleText } from '../src/exchange/read';
import { buildBundleText } from '../src/exchange/write';

const RAW_DB = 'bench-raw-exchange';
const PROCESS_ID = '11111111-1111-4111-8111-111111111111';
let files: { name: string; text: string }[] = [];

function deleteDb(name: string): Promise<void> {
  return new Promise((resolve, reject) => {
    const req = indexedDB.deleteDatabase(name);
    req.onsuccess = () => resolve();
    req.onerror = () => reject(req.error);
    req.onblocked = () => resolve();
  });
}

/** Empty the app's database and (unless `keepRaw`) the raw baseline's. */
async function reset(keepRaw = false): Promise<void> {
  db.close();
  await db.delete();
  resetDeviceCache();
  await db.open();
  if (!keepRaw) await deleteDb(RAW_DB);
}

/** `devices` device bundles of `perDevice` contributions each, made with the app's writer. */
async function generate(devices: number, perDevice: number): Promise<{ files: number; bytes: number }> {
  files = [];
  for (let d = 0; d < devices; d++) files.push(await makeFile(d, perDevice));
  return { files: files.length, bytes: files.reduce((n, f) => n + f.text.length, 0) };
}

const T0 = Date.now() - 7 * 24 * 3600 * 1000;

/** Device `d`'s bundle of `perDevice` new contributions in one meeting. */
async function makeFile(d: number, perDevice: number): Promise<{ name: string; text: string }> {
  const t0 = T0;
  const kinds = ['mening', 'idee', 'knelpunt', 'behoefte', 'ervaring'];
  {
    const deviceId = `benchtablet${String(d).padStart(2, '0')}`;
    const meetingId = crypto.randomUUID();
    const contributions: Version[] = [];
    for (let i = 0; i < perDevice; i++) {
      const ms = t0 + d * perDevice + i;
      const updatedAt = formatHlc({ ms, counter: 0, deviceId });
      contributions.push({
        id: crypto.randomUUID(),
        createdAt: new Date(ms).toISOString(),
        updatedAt,
        deviceId,
        rev: 1,
        deleted: false,
        vv: { [deviceId]: updatedAt },
        processId: PROCESS_ID,
        meetingId,
        kind: kinds[i % kinds.length]!,
        text: `Inbreng ${i} van tablet ${d}: meer bankjes en een plek om elkaar te ontmoeten`,
        themeIds: ['ontmoeten', 'wonen-en-buurt'].slice(0, (i % 2) + 1),
        observedGroupIds: i % 3 === 0 ? ['ouderen-75'] : [],
        selfGroupIds: [],
        source: 'facilitator',
        agreeCount: i % 7,
        themeAssessments: {},
      } as Version);
    }
    const built = await buildBundleText({
      kind: 'device',
      device: { id: deviceId, label: `Tablet ${d}` },
      processId: PROCESS_ID,
      exportSeq: 1,
      range: { fromSeq: 1, toSeq: perDevice },
      exportedAt: new Date(t0 + (d + 1) * perDevice).toISOString(),
      records: { contributions },
      conflicts: {},
    });
    return { name: `buurtstem_tablet-${d}_001.json`, text: built.text };
  }
}

/**
 * One file of the import at another scale (bench/exchange.mjs calls it file by file, each in a
 * freshly loaded page, so no file, parse or cache of an earlier one stays in memory: at
 * 1,000,000 contributions the files alone are ~590 MB of text, and one page holding the whole run
 * was closed under it). Device `d`'s file is made (not timed), then written raw and imported by the
 * app (which goes first alternates), so both see a table growing the same way.
 */
async function scaleFile(
  d: number,
  perDevice: number,
): Promise<{
  app: number;
  raw: number;
  records: number;
  created: number;
  bytes: number;
  make: number;
  read: number;
  apply: number;
  heapMB: number | null;
}> {
  let t0 = performance.now();
  files = [await makeFile(d, perDevice)];
  const make = performance.now() - t0;
  const out = {
    app: 0,
    raw: 0,
    records: 0,
    created: 0,
    bytes: files[0]!.text.length,
    make,
    read: 0,
    apply: 0,
  };
  // One file: what importFiles does for it (read and check, then merge and write), timed apart.
  const app = async () => {
    const f = files[0]!;
    t0 = performance.now();
    const r = await readBundleText(f.text);
    out.read = performance.now() - t0;
    if (!r.ok) throw new Error(`bench file ${f.name} refused`);
    t0 = performance.now();
    const report = await applyBundle(r.bundle, f.name, Date.now());
    out.apply = performance.now() - t0;
    out.app = out.read + out.apply;
    out.created = report.counts.new;
  };
  if (d % 2) await app();
  const w = await rawWriteFile(0);
  out.raw = w.ms;
  out.records = w.records;
  if (!(d % 2)) await app();
  files = [];
  const heap = (performance as Performance & { memory?: { usedJSHeapSize: number } }).memory;
  return { ...out, heapMB: heap ? Math.round(heap.usedJSHeapSize / 1e6) : null };
}

function openRaw(): Promise<IDBDatabase> {
  return new Promise((resolve, reject) => {
    const req = indexedDB.open(RAW_DB, 1);
    req.onupgradeneeded = () => {
      // The same store and indexes as the app's contributions table.
      const s = req.result.createObjectStore('contributions', { keyPath: 'id' });
      for (const index of ['meetingId', 'processId', 'respondentId', 'localSeq']) s.createIndex(index, index);
    };
    req.onsuccess = () => resolve(req.result);
    req.onerror = () => reject(req.error);
  });
}

/** Raw IndexedDB: put the records of file `i` in one transaction (parsing not timed). */
async function rawWriteFile(i: number): Promise<{ ms: number; records: number }> {
  const records = (JSON.parse(files[i]!.text).payload.records.contributions as Version[]).map((r) => ({
    ...r,
    localSeq: 0,
  }));
  const raw = await openRaw();
  const t0 = performance.now();
  await new Promise<void>((resolve, reject) => {
    const tx = raw.transaction('contributions', 'readwrite');
    const store = tx.objectStore('contributions');
    for (const r of records) store.put(r);
    tx.oncomplete = () => resolve();
    tx.onerror = () => reject(tx.error);
  });
  const ms = performance.now() - t0;
  raw.close();
  return { ms, records: records.length };
}

async function rawRead(): Promise<{ ms: number; records: number }> {
  const raw = await openRaw();
  const t0 = performance.now();
  const all = await new Promise<unknown[]>((resolve, reject) => {
    const req = raw.transaction('contributions').objectStore('contributions').getAll();
    req.onsuccess = () => resolve(req.result);
    req.onerror = () => reject(req.error);
  });
  const ms = performance.now() - t0;
  raw.close();
  return { ms, records: all.length };
}

/** The app's import of files `from`..`to` (parse, checks, checksum, merge, one transaction per file). */
async function importRange(
  from: number,
  to: number,
  fullMerge = false,
): Promise<{ ms: number; new: number; changed: number; refused: number }> {
  const inputs = files
    .slice(from, to)
    .map((f) => ({ name: f.name, size: f.text.length, text: async () => f.text }));
  const t0 = performance.now();
  // fullMerge: no checksum shortcut, every version goes through the merge (src/db/exchange.ts).
  const reports = await importFiles(inputs, { fullMerge });
  const ms = performance.now() - t0;
  let created = 0;
  let changed = 0;
  for (const r of reports) {
    created += r.counts.new;
    changed += r.counts.new + r.counts.updated + r.counts.conflicts;
  }
  return { ms, new: created, changed, refused: reports.filter((r) => r.status === 'refused').length };
}

/**
 * Where an import's time goes, file by file without overlap: read and check (parse, bounds,
 * checksum, every record's schema), then merge and write (one transaction).
 */
async function importPhases(
  from: number,
  to: number,
  fullMerge = false,
): Promise<{ read: number; apply: number; changed: number }> {
  let read = 0;
  let apply = 0;
  let changed = 0;
  for (let i = from; i < to; i++) {
    const f = files[i]!;
    let t0 = performance.now();
    const r = await readBundleText(f.text);
    read += performance.now() - t0;
    if (!r.ok) throw new Error(`bench file ${f.name} refused`);
    t0 = performance.now();
    const report = await applyBundle(r.bundle, f.name, Date.now(), { fullMerge });
    apply += performance.now() - t0;
    changed += report.counts.new + report.counts.updated + report.counts.conflicts;
  }
  return { read, apply, changed };
}

/**
 * The app's "export everything" (read, strip, serialise, SHA-256, the File made of its pieces as
 * the export screen makes it); sharing is not timed.
 */
async function exportAll(): Promise<{ ms: number; records: number; bytes: number }> {
  const t0 = performance.now();
  const r = await exportBundle('all');
  const file = new File(r?.parts ?? [], r?.fileName ?? 'x.json', { type: 'application/json' });
  return { ms: performance.now() - t0, records: r?.total ?? 0, bytes: file.size };
}

/**
 * One save, in layers (bench/run.mjs prints them under the capture form's save row): where the
 * form's time goes beyond a raw put. Each round times the three once, in turn, with the same
 * contribution:
 *  - `raw`: one put in its own transaction into a store with the app's key and indexes;
 *  - `dexie`: a plain Dexie database (no middleware of ours, no validation) with the stores the
 *    app's save locks, one transaction with the save's four writes (the draft deleted, the clock
 *    stored, the contribution added, its aggregate row stored): what Dexie itself costs;
 *  - `app`: the app's save (saveContribution through write(): validation, clock, aggregates, the
 *    draft deleted), without the form and the list on screen.
 */
async function saveLayers(rounds: number): Promise<{ raw: number[]; dexie: number[]; app: number[] }> {
  await reset();
  const processId = crypto.randomUUID();
  const meetingId = crypto.randomUUID();
  const raw = await new Promise<IDBDatabase>((resolve, reject) => {
    const req = indexedDB.open(RAW_DB, 1);
    req.onupgradeneeded = () => {
      const store = req.result.createObjectStore('c', { keyPath: 'id' });
      for (const index of ['meetingId', 'processId', 'respondentId', 'localSeq'])
        store.createIndex(index, index);
    };
    req.onsuccess = () => resolve(req.result);
    req.onerror = () => reject(req.error);
  });
  const FLOOR = 'bench-dexie-floor';
  await Dexie.delete(FLOOR);
  const plain = new Dexie(FLOOR);
  plain.version(1).stores({
    contributions: 'id, meetingId, processId, respondentId, localSeq',
    drafts: 'key',
    kv: 'key',
    aggregates: 'id',
    respondents: 'id',
  });
  await plain.open();
  const input = (i: number) => ({
    processId,
    meetingId,
    kind: 'idee' as const,
    text: `Bench ${i}: de speeltuin aan de Heugemerweg is te klein voor alle kinderen.`,
    themeIds: [],
    observedGroupIds: [],
    selfGroupIds: [],
    source: 'facilitator' as const,
    agreeCount: 0,
    themeAssessments: {},
  });
  const times = { raw: [] as number[], dexie: [] as number[], app: [] as number[] };
  // The app's save first (its stored row is what the other two write, under fresh ids).
  let stored = await saveContribution({ add: input(-1) }, undefined, 'draft');
  const layers: Record<keyof typeof times, (i: number) => Promise<unknown>> = {
    app: async (i) => {
      stored = await saveContribution({ add: input(i) }, undefined, `draft-${i}`);
    },
    raw: () => {
      const record = { ...stored, id: crypto.randomUUID() };
      return new Promise((resolve, reject) => {
        const tx = raw.transaction('c', 'readwrite');
        tx.objectStore('c').put(record);
        tx.oncomplete = resolve;
        tx.onerror = () => reject(tx.error);
      });
    },
    dexie: (i) => {
      const record = { ...stored, id: crypto.randomUUID() };
      const t = (name: string) => plain.table(name);
      return plain.transaction(
        'rw',
        ['contributions', 'drafts', 'kv', 'aggregates', 'respondents'].map(t),
        async () => {
          const draft = t('drafts').delete(`draft-${i}`);
          const clock = t('kv').put({ key: 'change', value: { seq: i } });
          const aggregate = t('aggregates').put({ id: meetingId, n: i });
          await t('contributions').add(record);
          await Promise.all([draft, clock, aggregate]);
        },
      );
    },
  };
  const order = Object.keys(layers) as (keyof typeof times)[];
  for (let i = 0; i < rounds; i++) {
    // Each in turn goes first; each starts from an idle page, as a facilitator's save does.
    for (let k = 0; k < order.length; k++) {
      const layer = order[(i + k) % order.length]!;
      await new Promise((r) => setTimeout(r, 20));
      const t0 = performance.now();
      await layers[layer](i);
      times[layer].push(performance.now() - t0);
    }
  }
  raw.close();
  plain.close();
  return times;
}

declare global {
  interface Window {
    __bench?: Record<string, (...args: never[]) => Promise<unknown>>;
  }
}

window.__bench = {
  reset,
  generate,
  rawWriteFile,
  rawRead,
  importRange,
  importPhases,
  exportAll,
  scaleFile,
  saveLayers,
};
