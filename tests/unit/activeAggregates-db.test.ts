import { readFileSync } from 'node:fs';
import { beforeEach, describe, expect, it } from 'vitest';
import { resetDeviceCache } from '../../src/db/device';
import { loadExampleData } from '../../src/db/exampleData';
import { watch } from '../../src/db/live';
import { getActiveProcess, saveProcessConfig, setActiveProcess } from '../../src/db/processes';
import { loadActiveAggregateData, loadAggregateData } from '../../src/db/readModels';
import { db } from '../../src/db/schema';
import { configFileSchema } from '../../src/domain/process';

/**
 * The coordinator's overview opens on one live query (issue 12 item 3): the active process and its
 * aggregates read together. It must answer exactly what the two reads it replaces answered, and
 * follow a change of the active process.
 */
const config = configFileSchema.parse(JSON.parse(readFileSync('public/config.json', 'utf8'))).process;

describe('loadActiveAggregateData', () => {
  beforeEach(async () => {
    db.close();
    await db.delete();
    resetDeviceCache();
    await db.open();
  });

  it('is null without a process', async () => {
    expect(await loadActiveAggregateData()).toBeNull();
  });

  it('is the active process with the aggregates loadAggregateData reads for it', async () => {
    const a = await saveProcessConfig(config);
    const b = await saveProcessConfig({ ...config, name: 'Tweede participatieproces' });
    await loadExampleData(a, 3, new Date('2026-03-01T12:00:00Z'));
    await setActiveProcess(a.id);
    const got = await loadActiveAggregateData();
    expect(got?.process).toEqual(await getActiveProcess());
    expect(got?.process.id).toBe(a.id);
    expect(got?.data).toEqual(await loadAggregateData(a.id));
    expect(got?.data.aggregates.length).toBeGreaterThan(0);
    // Another process chosen: its (empty) picture.
    await setActiveProcess(b.id);
    const other = await loadActiveAggregateData();
    expect(other?.process.id).toBe(b.id);
    expect(other?.data).toEqual(await loadAggregateData(b.id));
    expect(other?.data.meetings).toEqual([]);
  });

  it('as a live query, answers again when the active process changes', async () => {
    const a = await saveProcessConfig(config);
    const b = await saveProcessConfig({ ...config, name: 'Tweede participatieproces' });
    await setActiveProcess(a.id);
    const seen: (string | undefined)[] = [];
    let wake: () => void = () => undefined;
    const stop = watch(loadActiveAggregateData, (v) => {
      seen.push(v?.process.id);
      wake();
    });
    try {
      const next = () => new Promise<void>((r) => (wake = r));
      await next();
      expect(seen).toEqual([a.id]);
      const changed = next();
      await setActiveProcess(b.id);
      await changed;
      expect(seen).toEqual([a.id, b.id]);
    } finally {
      stop();
    }
  });
});
