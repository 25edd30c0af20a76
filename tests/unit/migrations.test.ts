import Dexie from 'dexie';
import { afterEach, describe, expect, it, vi } from 'vitest';
import {
  ADD_EXCHANGE_AND_AGENDA_TABLES_VERSION,
  BuurtstemDb,
  CHANGE_KEY,
  CLOCK_AND_SEQ_IN_ONE_ROW_VERSION,
  CURRENT_VERSION,
  INITIAL_VERSION,
  nativeVersion,
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

  /** Each table's primary key and indexes, as Dexie declares them. */
  const declared = (d: Dexie) =>
    d.tables
      .map((t) => ({
        name: t.name,
        key: t.schema.primKey.src,
        indexes: t.schema.indexes.map((i) => i.src).sort(),
      }))
      .sort((a, b) => a.name.localeCompare(b.name));

  it('the current schema declared alone is the named migrations added up', () => {
    const chain = new BuurtstemDb(NAME);
    const alone = new BuurtstemDb(NAME, nativeVersion(CURRENT_VERSION));
    expect(chain.verno).toBe(CURRENT_VERSION);
    expect(alone.verno).toBe(CURRENT_VERSION);
    expect(declared(alone)).toEqual(declared(chain));
    expect(declared(alone).length).toBeGreaterThan(15);
  });

  it('a database at the current version opens with the current schema alone: data, indexes and version as they were', async () => {
    const first = new BuurtstemDb(NAME);
    await first.open();
    await first.meetings.add({
      id: 'm1',
      processId: 'p1',
      status: 'planned',
      startsAt: '2026-12-02',
      localSeq: 1,
    } as never);
    const installed = first.backendDB().version;
    first.close();
    expect(installed).toBe(nativeVersion(CURRENT_VERSION));

    const warn = vi.spyOn(console, 'warn');
    try {
      const again = new BuurtstemDb(NAME, installed);
      await again.open();
      // Dexie found the schema it was told (no "SchemaDiff" patch, no new native version).
      expect(warn).not.toHaveBeenCalled();
      expect(again.backendDB().version).toBe(installed);
      expect(await again.meetings.where('processId').equals('p1').count()).toBe(1);
      expect(await again.respondents.count()).toBe(0);
      again.close();
    } finally {
      warn.mockRestore();
    }
  });

  it('any other stored version gets the named migrations (their upgrades run)', async () => {
    for (const installed of [undefined, nativeVersion(INITIAL_VERSION), nativeVersion(CURRENT_VERSION) + 1]) {
      const old = openInitialVersion(NAME);
      await old.open();
      await old.table('kv').bulkPut([
        { key: 'clock', value: 'c' },
        { key: 'seq', value: 5 },
      ]);
      old.close();
      const upgraded = new BuurtstemDb(NAME, installed);
      await upgraded.open();
      // Version 9's upgrade ran: the two rows became one.
      expect(await upgraded.kv.get(CHANGE_KEY)).toEqual({ key: CHANGE_KEY, value: { clock: 'c', seq: 5 } });
      upgraded.close();
      await Dexie.delete(NAME);
    }
  });
});
