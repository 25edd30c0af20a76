import Dexie from 'dexie';
import { afterEach, describe, expect, it } from 'vitest';
import {
  ADD_EXCHANGE_AND_AGENDA_TABLES_VERSION,
  BuurtstemDb,
  CHANGE_KEY,
  CLOCK_AND_SEQ_IN_ONE_ROW_VERSION,
  CURRENT_VERSION,
  INITIAL_VERSION,
  openInitialVersion,
} from '../../src/db/schema';

const NAME = 'buurtstem-migration-test';

afterEach(async () => {
  await Dexie.delete(NAME);
});

describe('named migrations', () => {
  it('versions are in order and the current one is the last', () => {
    expect(INITIAL_VERSION).toBe(1);
    expect(ADD_EXCHANGE_AND_AGENDA_TABLES_VERSION).toBeGreaterThan(INITIAL_VERSION);
    expect(CURRENT_VERSION).toBeGreaterThanOrEqual(ADD_EXCHANGE_AND_AGENDA_TABLES_VERSION);
  });

  it('upgrades a version 1 database without losing data, and adds the new tables', async () => {
    const old = openInitialVersion(NAME);
    await old.open();
    expect(old.verno).toBe(INITIAL_VERSION);
    await old
      .table('contributions')
      .add({ id: 'c1', meetingId: 'm1', processId: 'p1', localSeq: 7, text: 'oud' });
    await old.table('drafts').add({ key: 'capture:m1', value: { text: 'half' }, savedAt: 1 });
    old.close();

    const upgraded = new BuurtstemDb(NAME);
    await upgraded.open();
    expect(upgraded.verno).toBe(CURRENT_VERSION);
    expect(await upgraded.contributions.get('c1')).toMatchObject({ text: 'oud', localSeq: 7 });
    expect(await upgraded.drafts.get('capture:m1')).toMatchObject({ value: { text: 'half' } });
    const names = upgraded.tables.map((t) => t.name);
    for (const t of ['votes', 'agendaItems', 'contacts', 'conflicts', 'imports']) expect(names).toContain(t);
    // The indexes the screens use exist after the upgrade.
    expect(await upgraded.contributions.where('meetingId').equals('m1').count()).toBe(1);
    upgraded.close();
  });

  it('version 9 joins the clock and the sequence into one row, and the next change goes on from them', async () => {
    const old = openInitialVersion(NAME);
    await old.open();
    const stamp = '000001767225600000.0003.tablet-a';
    await old.table('kv').bulkPut([
      { key: 'clock', value: stamp },
      { key: 'seq', value: 41 },
      { key: 'device', value: { id: 'tablet-a', label: 'Tablet A', createdAt: '2026-01-01T00:00:00.000Z' } },
    ]);
    old.close();

    const upgraded = new BuurtstemDb(NAME);
    await upgraded.open();
    expect(upgraded.verno).toBe(CLOCK_AND_SEQ_IN_ONE_ROW_VERSION);
    expect(await upgraded.kv.get(CHANGE_KEY)).toEqual({ key: CHANGE_KEY, value: { clock: stamp, seq: 41 } });
    // The rows of before are gone (nothing reads them any more); the rest of kv stays.
    expect(await upgraded.kv.get('clock')).toBeUndefined();
    expect(await upgraded.kv.get('seq')).toBeUndefined();
    expect((await upgraded.kv.get('device'))?.value).toMatchObject({ id: 'tablet-a' });
    upgraded.close();
  });

  it('version 9 keeps a sequence without a clock (contacts only) and writes nothing on a new device', async () => {
    const old = openInitialVersion(NAME);
    await old.open();
    await old.table('kv').put({ key: 'seq', value: 3 });
    old.close();
    const upgraded = new BuurtstemDb(NAME);
    await upgraded.open();
    expect((await upgraded.kv.get(CHANGE_KEY))?.value).toEqual({ seq: 3 });
    upgraded.close();
    await Dexie.delete(NAME);

    const fresh = new BuurtstemDb(NAME);
    await fresh.open();
    expect(await fresh.kv.count()).toBe(0);
    fresh.close();
  });
});
