import { beforeEach, describe, expect, it, vi } from 'vitest';
import { ensureDevice } from '../../src/db/device';
import { exportBundle } from '../../src/db/exchange';
import { unexportedCount } from '../../src/db/exchangeStatus';
import { makeHandIn, recoverHandIns } from '../../src/db/sync';
import type * as syncStatus from '../../src/db/syncStatus';
import { addToOutbox, getOutbox, type SyncConfig, saveSyncConfig } from '../../src/db/syncStatus';
import { type SchedulerEnv, SyncScheduler } from '../../src/features/sync/scheduler';
import { FakeSyncServer } from '../helpers/fakeSyncServer';
import { freshDb } from '../helpers/freshDb';
import { tabletWithWork } from '../helpers/tablet';

// The outbox write as the app has it, with a way to make it "crash" once.
vi.mock('../../src/db/syncStatus', async (original) => {
  const real = await original<typeof syncStatus>();
  return { ...real, addToOutbox: vi.fn(real.addToOutbox) };
});

vi.setConfig({ testTimeout: 60_000 });
beforeEach(async () => {
  vi.mocked(addToOutbox).mockClear();
  await freshDb();
});

class TabletDied extends Error {}
const crashAtOutboxWrite = () => vi.mocked(addToOutbox).mockRejectedValueOnce(new TabletDied());

async function pairTablet(server: FakeSyncServer) {
  const device = await ensureDevice();
  const p = await server
    .api(null)
    .pair({ code: server.makeCode(), deviceId: device.id, label: device.label });
  const config: SyncConfig = {
    server: 'https://sync.example.nl',
    token: p.token,
    role: p.role,
    processId: p.processId,
    deviceId: device.id,
    pairedAt: new Date().toISOString(),
  };
  await saveSyncConfig(config);
}

function scheduler(server: FakeSyncServer) {
  const env: SchedulerEnv = {
    now: () => 1_000_000,
    online: () => true,
    setTimer: () => ({}),
    clearTimer: () => undefined,
    idle: (fn) => fn(),
    lastInputAt: () => 0,
    random: () => 1,
    api: (config) => server.api(config.token),
    listen: () => () => undefined,
  };
  return new SyncScheduler(env);
}

/** The texts of the contributions the server holds, over every stored bundle, and the bundles' numbers. */
function onServer(server: FakeSyncServer) {
  const texts: string[] = [];
  const numbers: number[] = [];
  for (const b of server.bundles) {
    const bundle = JSON.parse(b.text) as {
      header: { exportSeq: number };
      payload: { records: { contributions?: { text: string }[] } };
    };
    numbers.push(bundle.header.exportSeq);
    texts.push(...(bundle.payload.records.contributions ?? []).map((c) => c.text));
  }
  return { texts: texts.sort(), numbers };
}

describe('a tablet dies between its export and the outbox write', () => {
  it('the next round makes that export again, once: everything arrives, nothing twice', async () => {
    const { add } = await tabletWithWork(3);
    const server = new FakeSyncServer();
    await pairTablet(server);

    crashAtOutboxWrite();
    await expect(makeHandIn()).rejects.toBeInstanceOf(TabletDied);
    // The crash window: the changes count as exported, and no bundle waits for them.
    expect(await unexportedCount()).toBe(0);
    expect(await getOutbox()).toEqual([]);

    // After the restart a resident says one more thing; then the tablet is online again.
    await add('Inbreng 4');
    const r = await scheduler(server).request('start');
    expect(r).toEqual({ ok: true, pushed: 2, pulled: 0, refusedFiles: 0 });
    const got = onServer(server);
    expect(got.numbers).toEqual([1, 2]);
    expect(got.texts).toEqual(['Inbreng 1', 'Inbreng 2', 'Inbreng 3', 'Inbreng 4']);

    // Later rounds and further recoveries add nothing.
    expect(await recoverHandIns()).toBe(0);
    expect((await scheduler(server).request('manual'))?.ok).toBe(true);
    expect(server.bundles).toHaveLength(2);
    expect(await getOutbox()).toEqual([]);
  });

  it('a file export whose hand-in never happened (same window, ExportPanel + alsoHandIn) is recovered too', async () => {
    await tabletWithWork(2);
    const server = new FakeSyncServer();
    await pairTablet(server);
    // The file was made (changes marked exported); the tablet died before alsoHandIn ran.
    expect(await exportBundle('new')).not.toBeNull();
    expect(await scheduler(server).request('start')).toMatchObject({ ok: true, pushed: 1 });
    expect(onServer(server)).toEqual({ texts: ['Inbreng 1', 'Inbreng 2'], numbers: [1] });
  });

  it('recovery racing a late outbox write, or itself, queues each export once', async () => {
    await tabletWithWork(2);
    const server = new FakeSyncServer();
    await pairTablet(server);
    crashAtOutboxWrite();
    await expect(makeHandIn()).rejects.toBeInstanceOf(TabletDied);
    const recovered = await Promise.all([recoverHandIns(), recoverHandIns(), recoverHandIns()]);
    expect(recovered.reduce((a, b) => a + b, 0)).toBe(1);
    expect((await getOutbox()).map((i) => i.exportSeq)).toEqual([1]);
    // The first bundle's outbox write, had it happened after all, is refused as already queued.
    const late = await exportBundle('all');
    expect(late).not.toBeNull();
    expect(
      await addToOutbox({
        sha256: 'f'.repeat(64),
        text: late!.text,
        exportSeq: 1,
        records: late!.total,
        madeAt: new Date().toISOString(),
      }),
    ).toBe(false);
    expect((await getOutbox()).map((i) => i.exportSeq)).toEqual([1]);
  });

  it('no crash: nothing is made again, and exports from before the pairing stay file-only', async () => {
    const { add } = await tabletWithWork(1);
    // A file export before sync was set up: not handed in afterwards (as before this bookkeeping).
    expect(await exportBundle('new')).not.toBeNull();
    await add('Na het koppelen');
    const server = new FakeSyncServer();
    await pairTablet(server);
    expect(await scheduler(server).request('start')).toMatchObject({ ok: true, pushed: 1 });
    expect(onServer(server)).toEqual({ texts: ['Na het koppelen'], numbers: [2] });
    expect(await recoverHandIns()).toBe(0);
  });
});
