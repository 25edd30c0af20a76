import { liveQuery } from 'dexie';
import { beforeEach, describe, expect, it } from 'vitest';
import { ensureDevice, readDevice, resetDeviceCache } from '../../src/db/device';
import { deviceLabels } from '../../src/db/exchange';
import { db } from '../../src/db/schema';
import { freshDb } from '../helpers/freshDb';

/** The first value a live query gives (or its error). */
const firstOf = <T>(query: () => Promise<T>) =>
  new Promise<T>((resolve, reject) => {
    const sub = liveQuery(query).subscribe({
      next: (v) => {
        sub.unsubscribe();
        resolve(v);
      },
      error: (e) => {
        sub.unsubscribe();
        reject(e);
      },
    });
  });

// A device that has never started: these tests are about how its identity comes to be.
beforeEach(() => freshDb({ device: false }));

describe('the device inside live queries (a live query may not write)', () => {
  it('on a fresh device the settings read gives nothing and makes nothing; once made, it gives the device', async () => {
    await expect(firstOf(() => readDevice())).resolves.toBeUndefined();
    expect(await db.kv.count()).toBe(0);
    const made = await ensureDevice();
    resetDeviceCache(); // read from the database, not the in-memory copy
    await expect(firstOf(() => readDevice())).resolves.toEqual(made);
  });

  it("the conflicts screen's device names work on a fresh device", async () => {
    await expect(firstOf(() => deviceLabels())).resolves.toEqual({});
    const me = await ensureDevice();
    await expect(firstOf(() => deviceLabels())).resolves.toEqual({ [me.id]: me.label });
  });

  it('making the device inside a live query is what Dexie refuses (why the screens read instead)', async () => {
    await expect(firstOf(() => ensureDevice())).rejects.toThrow();
  });
});
