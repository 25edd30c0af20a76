import { readFileSync } from 'node:fs';
import Dexie from 'dexie';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import {
  addContribution,
  type ContributionInput,
  contributionsOfMeeting,
  meetingCount,
  saveContribution,
} from '../../src/db/contributions';
import { resetDeviceCache } from '../../src/db/device';
import { InvalidRecordError, NestedWriteError, StorageFullError } from '../../src/db/errors';
import { KIOSK_SESSION_DRAFT, saveKioskResponse, saveKioskSession } from '../../src/db/kiosk';
import { onWritten } from '../../src/db/live';
import { closeMeeting, getMeeting, lessonsOfMeeting, planMeeting, startMeeting } from '../../src/db/meetings';
import { getActiveProcess, loadInitialConfig } from '../../src/db/processes';
import { countersOf, currentSeq, lastClock } from '../../src/db/records';
import { BuurtstemDb, CHANGE_KEY, db, type Row } from '../../src/db/schema';
import { write } from '../../src/db/write';
import {
  type AggregateKeys,
  type AggregateRow,
  aggregateId,
  aggregateKeysId,
  applyChanges,
  countFromScratch,
  KeyList,
  packAggregate,
  type StoredAggregate,
  unpackAggregate,
  unpackAggregates,
} from '../../src/domain/analysis/aggregates';
import { tick } from '../../src/domain/clock';
import { KIOSK_CONSENT_VERSION } from '../../src/domain/contact';
import type { Contribution } from '../../src/domain/contribution';
import type { ContactFields } from '../../src/domain/kiosk';
import type { LessonCategory } from '../../src/domain/lesson';
import { contributionInput } from '../helpers/contributionInput';

/**
 * The one write path (src/db/write.ts): a user action that fails halfway leaves nothing behind,
 * a write inside another transaction is refused, and a full disk becomes StorageFullError.
 */
const configText = readFileSync('public/config.json', 'utf8');

async function setup() {
  db.close();
  await db.delete();
  resetDeviceCache();
  await db.open();
  const r = await loadInitialConfig(async () => configText);
  if (!r?.ok) throw new Error('config');
  const meeting = await planMeeting({
    processId: r.value.id,
    buurtId: 'de-heeg',
    location: 'Gemeenschapshuis De Heeg',
    startsAt: '2026-12-03T19:30:00',
    workForm: 'tafelgesprek',
    workFormOther: '',
    facilitators: ['Anouk'],
  });
  return { process: r.value, meeting };
}

const input = contributionInput;

function contactOf(
  c: { process: { id: string }; meeting: { id: string } },
  channel: 'email' | 'phone',
  value: string,
): ContactFields {
  return {
    processId: c.process.id,
    meetingId: c.meeting.id,
    channel,
    value,
    consentText: 'Ja, de gemeente mag mij een bericht sturen.',
    consentVersion: KIOSK_CONSENT_VERSION,
    consentedOn: '2026-03-04',
    language: 'nl',
    purpose: 'terugkoppeling',
  };
}

/** Everything a write can leave behind: every synchronised table, the sequence and the clock. */
async function snapshot() {
  const tables = ['processes', 'meetings', 'contributions', 'lessons', 'contacts', 'votes'] as const;
  const out: Record<string, unknown> = { seq: await currentSeq(), clock: await lastClock() };
  for (const t of tables) out[t] = await db.table(t).toArray();
  out.drafts = await db.drafts.toArray();
  return out;
}

let ctx: Awaited<ReturnType<typeof setup>>;
beforeEach(async () => {
  ctx = await setup();
});
afterEach(() => vi.restoreAllMocks());

describe('a user action is one transaction', () => {
  it('a contribution with a new theme saves both, in one transaction', async () => {
    const seq = await currentSeq();
    const saved = await saveContribution(
      { add: input(ctx.process.id, ctx.meeting.id) },
      { processId: ctx.process.id, label: 'Groen en water' },
    );
    expect(saved.themeIds).toEqual(['ontmoeten', 'groen-en-water']);
    const process = await getActiveProcess();
    expect(process?.themes.at(-1)).toMatchObject({ id: 'groen-en-water', label: 'Groen en water' });
    // The theme change and the contribution: two stamped changes.
    expect(await currentSeq()).toBe(seq + 2);
  });

  it('theme + contribution: a refused contribution leaves the new theme out too', async () => {
    const before = await snapshot();
    const bad = { ...input(ctx.process.id, ctx.meeting.id), kind: 'onzin' } as unknown as ContributionInput;
    await expect(
      saveContribution({ add: bad }, { processId: ctx.process.id, label: 'Groen en water' }),
    ).rejects.toBeInstanceOf(InvalidRecordError);
    expect(await snapshot()).toEqual(before);
    expect((await getActiveProcess())?.themes.some((t) => t.id === 'groen-en-water')).toBe(false);
  });

  it('kiosk answers + contact: a refused contact leaves no answers and keeps the draft', async () => {
    await saveKioskSession({ answers: 'half' });
    const before = await snapshot();
    const answers = [
      {
        ...input(ctx.process.id, ctx.meeting.id, 'De speeltuin'),
        source: 'kiosk' as const,
        respondentId: crypto.randomUUID(),
      },
      {
        ...input(ctx.process.id, ctx.meeting.id, 'Meer licht'),
        source: 'kiosk' as const,
        respondentId: crypto.randomUUID(),
      },
    ];
    const contact = contactOf(ctx, 'email', 'geen adres');
    await expect(saveKioskResponse(answers, contact)).rejects.toBeInstanceOf(InvalidRecordError);
    expect(await snapshot()).toEqual(before);
    expect(await db.drafts.get(KIOSK_SESSION_DRAFT)).toBeDefined();
    expect(await contributionsOfMeeting(ctx.meeting.id)).toEqual([]);
  });

  it('meeting close + lessons: a refused lesson leaves the meeting open and no lessons', async () => {
    await startMeeting(ctx.meeting.id);
    const before = await snapshot();
    await expect(
      closeMeeting(ctx.meeting.id, 'Goede avond', [
        { category: 'tijdstip', text: 'Vroeger beginnen', doDifferently: '' },
        { category: 'bestaat-niet' as LessonCategory, text: 'Meer koffie', doDifferently: '' },
      ]),
    ).rejects.toBeInstanceOf(InvalidRecordError);
    expect(await snapshot()).toEqual(before);
    expect((await getMeeting(ctx.meeting.id))?.status).toBe('bezig');
    expect(await lessonsOfMeeting(ctx.meeting.id)).toEqual([]);
  });

  it('meeting close writes its lessons through the lessons block', async () => {
    await closeMeeting(ctx.meeting.id, 'Goede avond', [
      { category: 'tijdstip', text: 'Vroeger beginnen', doDifferently: 'om 19:00' },
      { category: 'tijdstip', text: '  ', doDifferently: '' },
    ]);
    expect((await getMeeting(ctx.meeting.id))?.status).toBe('afgesloten');
    const lessons = await lessonsOfMeeting(ctx.meeting.id);
    expect(lessons).toHaveLength(1);
    expect(lessons[0]).toMatchObject({ text: 'Vroeger beginnen', buurtId: 'de-heeg', carryOver: false });
  });
});

describe('write() itself', () => {
  it('refuses to run inside another write, and the outer write changes nothing', async () => {
    const before = await snapshot();
    await expect(
      write([db.contributions], async (tx) => {
        await tx.create('contributions', input(ctx.process.id, ctx.meeting.id));
        await addContribution(input(ctx.process.id, ctx.meeting.id, 'genest'));
      }),
    ).rejects.toBeInstanceOf(NestedWriteError);
    expect(await snapshot()).toEqual(before);
  });

  it('refuses to run inside a read transaction too, with a message that says what to do', async () => {
    const err = await db
      .transaction('r', db.contributions, () => addContribution(input(ctx.process.id, ctx.meeting.id)))
      .catch((e: unknown) => e);
    expect(err).toBeInstanceOf(NestedWriteError);
    expect(String((err as Error).message)).toMatch(/building blocks with the tx/);
    expect(Dexie.currentTransaction).toBeFalsy();
  });

  it('a full disk halfway through becomes StorageFullError and leaves nothing behind', async () => {
    await saveKioskSession({ answers: 'half' });
    const before = await snapshot();
    const quota = Object.assign(new Error('full'), { name: 'QuotaExceededError' });
    vi.spyOn(db.contacts, 'add').mockRejectedValue(quota);
    const contact = contactOf(ctx, 'phone', '0612345678');
    const answers = [
      {
        ...input(ctx.process.id, ctx.meeting.id),
        source: 'kiosk' as const,
        respondentId: crypto.randomUUID(),
      },
    ];
    await expect(saveKioskResponse(answers, contact)).rejects.toBeInstanceOf(StorageFullError);
    vi.restoreAllMocks();
    expect(await snapshot()).toEqual(before);
  });
});

describe('what a write stored, told after the commit (onWritten)', () => {
  it('tells the stored rows once the transaction committed, not before', async () => {
    const heard: { rows: unknown[] }[] = [];
    const stop = onWritten((w) => {
      const rows = w.get('contributions');
      if (rows) heard.push({ rows: [...rows] });
    });
    try {
      const saved = await saveContribution({ add: input(ctx.process.id, ctx.meeting.id) });
      expect(heard).toHaveLength(1);
      expect(heard[0]!.rows).toEqual([saved]);
      expect(await db.contributions.get(saved.id)).toEqual(saved);
    } finally {
      stop();
    }
  });

  it('tells nothing when the write fails, and the typed text is nowhere half-saved', async () => {
    const heard: unknown[] = [];
    const stop = onWritten((w) => heard.push(w));
    try {
      const bad = { ...input(ctx.process.id, ctx.meeting.id), kind: 'onzin' } as unknown as ContributionInput;
      await expect(saveContribution({ add: bad })).rejects.toBeInstanceOf(InvalidRecordError);
      const quota = Object.assign(new Error('full'), { name: 'QuotaExceededError' });
      vi.spyOn(db.contributions, 'add').mockRejectedValue(quota);
      await expect(saveContribution({ add: input(ctx.process.id, ctx.meeting.id) })).rejects.toBeInstanceOf(
        StorageFullError,
      );
      expect(heard).toEqual([]);
    } finally {
      stop();
    }
  });

  it('a listener that throws does not fail the save', async () => {
    const stop = onWritten(() => {
      throw new Error('listener');
    });
    const spy = vi.spyOn(console, 'error').mockImplementation(() => undefined);
    try {
      const saved = await saveContribution({ add: input(ctx.process.id, ctx.meeting.id) });
      expect(await db.contributions.get(saved.id)).toBeDefined();
      expect(spy).toHaveBeenCalled();
    } finally {
      stop();
    }
  });
});

describe('two tabs saving in the same meeting', () => {
  it('give unique, gapless sequence numbers, increasing clock stamps and the right count', async () => {
    // A second connection to the same database stands for the other tab (its own Dexie instance,
    // its own transactions): both save at once, interleaved.
    const other = new BuurtstemDb('buurtstem');
    await other.open();
    const seq = await currentSeq();
    const n = 20;
    const otherSave = (i: number) =>
      other.transaction(
        'rw',
        [other.contributions, other.aggregates, other.respondents, other.kv],
        async () => {
          const before = countersOf(await other.kv.get(CHANGE_KEY));
          const localSeq = before.seq + 1;
          const updatedAt = tick(before.clock, Date.now(), 'other-tab');
          await other.kv.put({ key: CHANGE_KEY, value: { clock: updatedAt, seq: localSeq } });
          const id = crypto.randomUUID();
          await other.contributions.add({
            ...input(ctx.process.id, ctx.meeting.id, `ander ${i}`),
            id,
            createdAt: new Date().toISOString(),
            updatedAt,
            deviceId: 'other-tab',
            rev: 1,
            deleted: false,
            vv: { 'other-tab': updatedAt },
            localSeq,
          });
        },
      );
    try {
      await Promise.all(
        Array.from({ length: n }, (_, i) => [
          saveContribution({ add: input(ctx.process.id, ctx.meeting.id, `hier ${i}`) }),
          otherSave(i),
        ]).flat(),
      );
    } finally {
      other.close();
    }
    const rows = await db.contributions.where('meetingId').equals(ctx.meeting.id).toArray();
    expect(rows).toHaveLength(2 * n);
    const seqs = rows.map((r) => r.localSeq).sort((a, b) => a - b);
    expect(seqs).toEqual(Array.from({ length: 2 * n }, (_, i) => seq + 1 + i));
    expect(await currentSeq()).toBe(seq + 2 * n);
    // In the order of the sequence, every stamp is later than the one before.
    const bySeq = [...rows].sort((a, b) => a.localSeq - b.localSeq).map((r) => r.updatedAt);
    for (let i = 1; i < bySeq.length; i++) expect(bySeq[i]! > bySeq[i - 1]!).toBe(true);
    expect(await meetingCount(ctx.process.id, ctx.meeting.id)).toBe(2 * n);
  });
});

describe('values a save takes from memory (src/db/guess.ts)', () => {
  /** Another tab's transaction, raw (no Dexie, no middleware of this module): `fn` gets its stores. */
  async function otherTab(stores: string[], fn: (s: Record<string, IDBObjectStore>) => void) {
    const other = new BuurtstemDb('buurtstem');
    await other.open();
    try {
      const t = other.backendDB().transaction(stores, 'readwrite');
      fn(Object.fromEntries(stores.map((s) => [s, t.objectStore(s)])));
      await new Promise((resolve, reject) => {
        t.oncomplete = resolve;
        t.onerror = () => reject(t.error);
      });
    } finally {
      other.close();
    }
  }
  const read = <T>(req: IDBRequest) =>
    new Promise<T>((resolve, reject) => {
      req.onsuccess = () => resolve(req.result as T);
      req.onerror = () => reject(req.error);
    });

  it('a clock and sequence another tab moved after this tab saved: the save runs again and takes the numbers after them', async () => {
    const first = (await saveContribution({
      add: input(ctx.process.id, ctx.meeting.id, 'eerste'),
    })) as Row<Contribution>;
    // The other tab took five numbers and stamped an hour ahead (as after an import of a later stamp).
    const later = tick(undefined, Date.now() + 3_600_000, 'other-tab');
    await otherTab(['kv'], (s) => {
      s.kv!.put({ key: CHANGE_KEY, value: { clock: later, seq: first.localSeq + 5 } });
    });
    const second = (await saveContribution({
      add: input(ctx.process.id, ctx.meeting.id, 'tweede'),
    })) as Row<Contribution>;
    expect(second.localSeq).toBe(first.localSeq + 6);
    expect(second.updatedAt > later).toBe(true);
    const stored = await db.contributions.where('meetingId').equals(ctx.meeting.id).toArray();
    expect(stored.map((r) => r.localSeq).sort((a, b) => a - b)).toEqual([first.localSeq, first.localSeq + 6]);
    expect(await currentSeq()).toBe(first.localSeq + 6);
    // And the next save goes on from there (the memory now holds what was stored).
    const third = (await saveContribution({
      add: input(ctx.process.id, ctx.meeting.id, 'derde'),
    })) as Row<Contribution>;
    expect(third.localSeq).toBe(first.localSeq + 7);
    expect(third.updatedAt > second.updatedAt).toBe(true);
  });

  it("a meeting's aggregate another tab changed after this tab saved: the save counts on the stored row", async () => {
    await saveContribution({ add: input(ctx.process.id, ctx.meeting.id, 'eerste') });
    // The other tab adds a contribution the way its own write would: the record and the packed row.
    const theirs = {
      ...input(ctx.process.id, ctx.meeting.id, 'van de andere tab'),
      id: crypto.randomUUID(),
      createdAt: new Date().toISOString(),
      updatedAt: tick(undefined, Date.now(), 'other-tab'),
      deviceId: 'other-tab',
      rev: 1,
      deleted: false,
      vv: {},
    } as Contribution;
    const aggId = aggregateId(ctx.process.id, ctx.meeting.id);
    const keysId = aggregateKeysId(ctx.process.id);
    const other = new BuurtstemDb('buurtstem');
    await other.open();
    const t0 = other.backendDB().transaction('aggregates', 'readonly').objectStore('aggregates');
    const [row, keys] = await Promise.all([
      read<StoredAggregate>(t0.get(aggId)),
      read<AggregateKeys>(t0.get(keysId)),
    ]);
    other.close();
    const list = new KeyList(ctx.process.id, keys.keys);
    const byId = new Map([[aggId, unpackAggregate(row, list.keys)]]);
    applyChanges(byId, [{ before: undefined, after: theirs }]);
    await otherTab(['contributions', 'aggregates'], (s) => {
      s.contributions!.add({ ...theirs, localSeq: 0 });
      s.aggregates!.put(packAggregate(byId.get(aggId)!, list));
      if (list.grown) s.aggregates!.put(list.row());
    });
    await saveContribution({ add: input(ctx.process.id, ctx.meeting.id, 'tweede') });
    expect(await meetingCount(ctx.process.id, ctx.meeting.id)).toBe(3);
    // Every counter equal to a count from scratch of the records as stored.
    const all = await db.contributions.toArray();
    const fresh = countFromScratch(all).aggregates.get(aggId)!;
    const storedRows = await db.aggregates.toArray();
    const stored = unpackAggregates(storedRows as AggregateRow[]).find((a) => a.id === aggId)!;
    expect(stored.counts).toEqual(fresh.counts);
  });

  it('a save that fails after taking values from memory leaves the memory right for the next', async () => {
    const first = (await saveContribution({
      add: input(ctx.process.id, ctx.meeting.id, 'eerste'),
    })) as Row<Contribution>;
    await expect(
      write([db.contributions], async (tx) => {
        await tx.create('contributions', input(ctx.process.id, ctx.meeting.id, 'weg'));
        throw new Error('halfway');
      }),
    ).rejects.toThrow('halfway');
    const next = (await saveContribution({
      add: input(ctx.process.id, ctx.meeting.id, 'tweede'),
    })) as Row<Contribution>;
    expect(next.localSeq).toBe(first.localSeq + 1);
    expect(await meetingCount(ctx.process.id, ctx.meeting.id)).toBe(2);
  });
});
