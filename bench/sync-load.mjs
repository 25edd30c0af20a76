#!/usr/bin/env node
// Load test of the sync service on loopback (issue 15): DEVICES simulated tablets each push
// BUNDLES bundles concurrently (one after another per tablet, as a tablet does, plus one retry of
// an already stored bundle), while COORDINATORS coordinators pull every new bundle by cursor and
// fetch its bytes. Bounded in count and in time (LIMIT_S). Prints throughput and p50/p95 latency
// and checks that every bundle is stored exactly once and reached every coordinator exactly once.
// Part of `npm run bench` (run.mjs picks up run()); alone: node bench/sync-load.mjs
// Env: SYNC_DEVICES (200), SYNC_BUNDLES (20), SYNC_COORDINATORS (5), SYNC_LIMIT_S (900: a bound against a hang, not a speed target),
// DATABASE_URL (a PostgreSQL server for the second run; otherwise a temporary one when installed).
import { execFileSync, spawn } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { runnerImport } from 'vite';
import { quantile } from './stats.mjs';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const DEVICES = Number(process.env.SYNC_DEVICES ?? 200);
const BUNDLES = Number(process.env.SYNC_BUNDLES ?? 20);
const COORDINATORS = Number(process.env.SYNC_COORDINATORS ?? 5);
const LIMIT_S = Number(process.env.SYNC_LIMIT_S ?? 900);
/** Contributions per bundle: about what one meeting's "new changes" export holds. */
const PER_BUNDLE = 25;

async function load(path) {
  const { module } = await runnerImport(resolve(ROOT, path), {
    root: ROOT,
    configFile: false,
    logLevel: 'error',
  });
  return module;
}

const ms = (x) => `${x.toFixed(1)} ms`;

/**
 * Both databases when PostgreSQL is installed (a temporary server, as in the integration test):
 * the embedded PGlite of `npm run server`, and PostgreSQL as a municipality would run it.
 */
export async function run() {
  const which = process.env.SYNC_DB ?? 'both';
  const out = {};
  if (which !== 'postgres') out.pglite = await runOn(undefined);
  if (which === 'pglite') return out;
  const pgHelpers = await load('tests/helpers/postgres.ts');
  const bin = process.env.DATABASE_URL ? null : pgHelpers.postgresBin();
  if (process.env.DATABASE_URL) out.postgres = await runOn(process.env.DATABASE_URL);
  else if (bin) {
    const pg = pgHelpers.startTempPostgres(bin);
    try {
      out.postgres = await runOn(pg.url);
    } finally {
      pg.stop();
    }
  } else out.postgres = 'overgeslagen: PostgreSQL niet geïnstalleerd';
  return out;
}

/**
 * CPU time (user + system) the process has used, in ms, from /proc (Linux); null elsewhere. Unlike
 * wall time it hardly depends on what else runs on the machine, so two runs compare by it.
 */
function cpuMsOf(pid) {
  try {
    const fields = readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1].split(' ');
    // utime and stime (fields 14 and 15 of the line) in clock ticks of 10 ms (USER_HZ = 100).
    return (Number(fields[11]) + Number(fields[12])) * 10;
  } catch {
    return null;
  }
}

/** The built service in its own process, as it is deployed (the clients must not share its event loop). */
async function startService(databaseUrl) {
  // SYNC_SERVER_FILE: an already built service to run instead (e.g. an older build, to compare).
  const entry = process.env.SYNC_SERVER_FILE ?? 'server/dist/buurtstem-server.mjs';
  if (!process.env.SYNC_SERVER_FILE)
    execFileSync(
      process.execPath,
      ['node_modules/vite/bin/vite.js', 'build', '-c', 'vite.server.config.ts'],
      {
        cwd: ROOT,
      },
    );
  const dataDir = mkdtempSync(join(tmpdir(), 'buurtstem-sync-bench-'));
  const port = 20000 + Math.floor(Math.random() * 30000);
  const setupCode = 'BNCH-LOAD-TEST';
  // SYNC_SERVER_NODE_ARGS: extra Node options for the service, e.g. "--cpu-prof --cpu-prof-dir=prof".
  const nodeArgs = (process.env.SYNC_SERVER_NODE_ARGS ?? '').split(/\s+/).filter(Boolean);
  const child = spawn(process.execPath, [...nodeArgs, entry, '--port', String(port)], {
    cwd: ROOT,
    stdio: ['ignore', 'pipe', 'inherit'],
    env: {
      ...process.env,
      ...(databaseUrl ? { DATABASE_URL: databaseUrl } : { DATABASE_URL: '' }),
      BUURTSTEM_DATA: dataDir,
      BUURTSTEM_SETUP_CODE: setupCode,
      BUURTSTEM_RATE_PER_MINUTE: '100000',
    },
  });
  const url = `http://127.0.0.1:${port}`;
  for (let i = 0; ; i++) {
    if (child.exitCode !== null) throw new Error('De synchronisatiedienst startte niet');
    try {
      if ((await fetch(`${url}/health`)).ok) break;
    } catch {}
    if (i > 1500) {
      child.kill('SIGTERM');
      throw new Error('De synchronisatiedienst antwoordt niet op /health');
    }
    await new Promise((r) => setTimeout(r, 200));
  }
  return {
    url,
    setupCode,
    kind: databaseUrl ? 'postgres' : 'pglite',
    cpuMs: () => cpuMsOf(child.pid),
    async close() {
      const done = new Promise((r) => child.once('exit', r));
      child.kill('SIGTERM');
      await done;
      rmSync(dataDir, { recursive: true, force: true });
    },
  };
}

async function runOn(databaseUrl) {
  const { SyncClient } = await load('src/sync/client.ts');
  const { buildBundleText } = await load('src/exchange/write.ts');
  const data = await load('tests/helpers/exchangeData.ts');

  const t0 = performance.now();
  const server = await startService(databaseUrl);
  const started = performance.now() - t0;
  const deadline = Date.now() + LIMIT_S * 1000;
  const inTime = () => {
    if (Date.now() > deadline) throw new Error(`Sync-loadtest: meer dan ${LIMIT_S} s`);
  };
  try {
    const processId = randomUUID();
    const code = server.setupCode;
    const lead = new SyncClient({ baseUrl: server.url });
    await lead.setup({
      code,
      processId,
      deviceId: 'coord0',
      label: 'Coördinator 0',
      encryptionRequired: false,
    });
    const coordinators = [lead];
    for (let i = 1; i < COORDINATORS; i++) {
      const c = new SyncClient({ baseUrl: server.url });
      await c.pair({
        code: (await lead.createPairingCode('coordinator')).code,
        deviceId: `coord${i}`,
        label: `C${i}`,
      });
      coordinators.push(c);
    }
    const tablets = [];
    for (let d = 0; d < DEVICES; d++) {
      const t = new SyncClient({ baseUrl: server.url });
      const id = `tablet${String(d).padStart(4, '0')}`;
      await t.pair({ code: (await lead.createPairingCode()).code, deviceId: id, label: `Tablet ${d}` });
      tablets.push({ id, client: t });
    }

    // The bundles, made before the clock runs (making them is the tablet's work, not the service's).
    const tb = performance.now();
    const bundles = new Map();
    let bytes = 0;
    for (const t of tablets) {
      const list = [];
      for (let s = 1; s <= BUNDLES; s++) {
        const contributions = Array.from({ length: PER_BUNDLE }, (_, i) =>
          data.contribution(s * 1000 + i, t.id, data.T0 + s * 60_000 + i),
        );
        const built = await buildBundleText({
          kind: 'device',
          device: { id: t.id, label: t.id },
          processId,
          exportSeq: s,
          range: { fromSeq: s * 100 - 99, toSeq: s * 100 },
          exportedAt: new Date(data.T0 + s * 60_000).toISOString(),
          records: { meetings: s === 1 ? [data.meeting(t.id)] : [], contributions },
          conflicts: {},
        });
        list.push(built.text);
        bytes += Buffer.byteLength(built.text);
      }
      bundles.set(t.id, list);
    }
    const made = performance.now() - tb;

    // A tablet retries what did not arrive (no answer, server busy), as the app does; counted.
    let retries = 0;
    const firstCause = [];
    const withRetry = async (fn) => {
      for (let attempt = 0; ; attempt++) {
        try {
          return await fn();
        } catch (e) {
          if (!e.retryable || attempt >= 5) throw e;
          retries++;
          if (firstCause.length < 3) firstCause.push(String(e.cause?.cause ?? e.cause ?? e.message));
          await new Promise((r) => setTimeout(r, 200 * 2 ** attempt));
        }
      }
    };
    const pushLatency = [];
    const pullLatency = [];
    let pushesDone = false;
    let retriesCreated = 0;
    const tp = performance.now();
    const cpu0 = server.cpuMs();
    const pushing = Promise.all(
      tablets.map(async (t) => {
        const list = bundles.get(t.id);
        for (let s = 0; s < list.length; s++) {
          inTime();
          const a = performance.now();
          await withRetry(() => t.client.pushBundle(list[s]));
          pushLatency.push(performance.now() - a);
        }
        // A retry after a lost answer: stored once, answered 200.
        if ((await withRetry(() => t.client.pushBundle(list[0]))).created) retriesCreated++;
      }),
    ).finally(() => {
      pushesDone = true;
    });
    const seenBy = coordinators.map(() => new Map());
    const pulling = Promise.all(
      coordinators.map(async (c, i) => {
        let cursor = '0';
        for (;;) {
          inTime();
          const finished = pushesDone;
          const a = performance.now();
          const page = await withRetry(() => c.listBundles(cursor));
          pullLatency.push(performance.now() - a);
          // Fetch the bytes, four at a time, as a coordinator's app does before merging.
          for (let k = 0; k < page.bundles.length; k += 4) {
            await Promise.all(
              page.bundles.slice(k, k + 4).map(async (b) => {
                const g = performance.now();
                const text = await withRetry(() => c.getBundle(b.sha256));
                pullLatency.push(performance.now() - g);
                seenBy[i].set(b.sha256, (seenBy[i].get(b.sha256) ?? 0) + 1);
                if (text.length !== b.size) throw new Error(`grootte van ${b.sha256} klopt niet`);
              }),
            );
          }
          cursor = page.next;
          if (!page.more && finished) return;
          if (!page.bundles.length) await new Promise((r) => setTimeout(r, 100));
        }
      }),
    );
    await Promise.all([pushing, pulling]);
    const elapsed = (performance.now() - tp) / 1000;
    const cpu1 = server.cpuMs();

    // Checks: every bundle stored exactly once, every coordinator got each exactly once.
    const total = DEVICES * BUNDLES;
    const all = [];
    for await (const page of lead.pullBundles()) all.push(...page.bundles);
    const distinct = new Set(all.map((b) => b.sha256)).size;
    const exports = new Set(all.map((b) => `${b.deviceId}/${b.exportSeq}`)).size;
    const problems = [];
    if (all.length !== total || distinct !== total || exports !== total)
      problems.push(
        `opgeslagen: ${all.length} rijen, ${distinct} verschillend, ${exports} (apparaat, nummer); verwacht ${total}`,
      );
    if (retriesCreated) problems.push(`${retriesCreated} herhaalde bundels opnieuw opgeslagen`);
    seenBy.forEach((m, i) => {
      const twice = [...m.values()].filter((n) => n !== 1).length;
      if (m.size !== total || twice) problems.push(`coördinator ${i}: ${m.size} bundels, ${twice} dubbel`);
    });
    const out = {
      database: server.kind,
      devices: DEVICES,
      bundlesPerDevice: BUNDLES,
      coordinators: COORDINATORS,
      bundles: total,
      megabytes: +(bytes / 1e6).toFixed(1),
      serverStartSeconds: +(started / 1000).toFixed(1),
      makeBundlesSeconds: +(made / 1000).toFixed(1),
      seconds: +elapsed.toFixed(1),
      pushesPerSecond: +((total + DEVICES) / elapsed).toFixed(0),
      megabytesPerSecondIn: +(bytes / 1e6 / elapsed).toFixed(2),
      pushP50: ms(quantile(pushLatency, 0.5)),
      pushP95: ms(quantile(pushLatency, 0.95)),
      pullRequests: pullLatency.length,
      pullP50: ms(quantile(pullLatency, 0.5)),
      pullP95: ms(quantile(pullLatency, 0.95)),
      // The service's own CPU per bundle (its push, its retry share and the coordinators' fetches);
      // PostgreSQL's work is in its own processes and not counted here.
      serviceCpuMsPerBundle: cpu0 === null || cpu1 === null ? null : +((cpu1 - cpu0) / total).toFixed(1),
      retriesAfterNoAnswer: retries,
      ...(firstCause.length ? { retryCauses: firstCause } : {}),
      storedExactlyOnce: problems.length === 0,
    };
    if (problems.length) throw new Error(`Sync-loadtest: ${problems.join('; ')}\n${JSON.stringify(out)}`);
    return out;
  } finally {
    await server.close();
  }
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  run().then(
    (out) => console.log(JSON.stringify(out, null, 2)),
    (e) => {
      console.error(e);
      process.exit(1);
    },
  );
}
