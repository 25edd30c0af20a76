import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it, vi } from 'vitest';
import { meetingCount, saveContribution, updateContribution } from '../../src/db/contributions';
import { resetDeviceCache } from '../../src/db/device';
import { planMeeting } from '../../src/db/meetings';
import { loadInitialConfig } from '../../src/db/processes';
import { countersOf, currentSeq, lastClock } from '../../src/db/records';
import { BuurtstemDb, CHANGE_KEY, db } from '../../src/db/schema';
import { tick } from '../../src/domain/clock';
import type { Contribution } from '../../src/domain/contribution';
import { contributionInput } from '../helpers/contributionInput';

/**
 * The clock and the local sequence (one kv row, src/db/records.ts) under any interleaving of two
 * tabs: this tab saves and edits through write() (taking the row from memory and checking it in the
 * transaction, src/db/guess.ts), the other tab (a second connection, as another tab's code would)
 * saves, takes a sequence number without a stamp (a contact) or moves the clock ahead (an import of
 * a later stamp), all at once in random rounds. Whatever the order IndexedDB runs them in: every
 * sequence number is taken once and none is skipped, stamps increase with the sequence, the stored
 * row holds the last of both, and the meeting's count matches its rows.
 */
vi.setConfig({ testTimeout: 180_000 });
const configText = readFileSync('public/config.json', 'utf8');

type Op =
  | { tab: 'here'; kind: 'save' | 'edit' }
  | { tab: 'other'; kind: 'save' | 'seqOnly' | 'clockAhead'; ahead: number };

const op: fc.Arbitrary<Op> = fc.oneof(
  fc.record({ tab: fc.constant('here' as const), kind: fc.constantFrom('save' as const, 'edit' as const) }),
  fc.record({
    tab: fc.constant('other' as const),
    kind: fc.constantFrom('save' as const, 'seqOnly' as const, 'clockAhead' as const),
    ahead: fc.integer({ min: 0, max: 3_600_000 }),
  }),
);

const input = contributionInput;

async function runRounds(rounds: Op[][]): Promise<void> {
  db.close();
  await db.delete();
  resetDeviceCache();
  await db.open();
  const r = await loadInitialConfig(async () => configText);
  if (!r?.ok) throw new Error('config');
  const processId = r.value.id;
  const meeting = await planMeeting({
    processId,
    buurtId: 'de-heeg',
    location: 'Gemeenschapshuis De Heeg',
    startsAt: '2026-12-03T19:30:00',
    workForm: 'tafelgesprek',
    workFormOther: '',
    facilitators: ['Anouk'],
  });
  const seq0 = await currentSeq();
  const other = new BuurtstemDb('buurtstem');
  await other.open();
  /** Every sequence number taken, with the stamp it came with (none for a contact's). */
  const taken: { seq: number; stamp: string | undefined }[] = [];
  const mine: Contribution[] = [];
  let n = 0;
  const otherTab = (o: Extract<Op, { tab: 'other' }>) =>
    other.transaction(
      'rw',
      [other.contributions, other.aggregates, other.respondents, other.kv],
      async () => {
        const before = countersOf(await other.kv.get(CHANGE_KEY));
        if (o.kind === 'clockAhead') {
          const ahead = tick(before.clock, Date.now() + o.ahead, 'other-tab');
          await other.kv.put({ key: CHANGE_KEY, value: { clock: ahead, seq: before.seq } });
          return;
        }
        const localSeq = before.seq + 1;
        if (o.kind === 'seqOnly') {
          await other.kv.put({ key: CHANGE_KEY, value: { ...before, seq: localSeq } });
          taken.push({ seq: localSeq, stamp: undefined });
          return;
        }
        const updatedAt = tick(before.clock, Date.now(), 'other-tab');
        await other.kv.put({ key: CHANGE_KEY, value: { clock: updatedAt, seq: localSeq } });
        await other.contributions.add({
          ...input(processId, meeting.id, `ander ${++n}`),
          id: crypto.randomUUID(),
          createdAt: new Date().toISOString(),
          updatedAt,
          deviceId: 'other-tab',
          rev: 1,
          deleted: false,
          vv: { 'other-tab': updatedAt },
          localSeq,
        });
        taken.push({ seq: localSeq, stamp: updatedAt });
      },
    );
  const here = async (kind: 'save' | 'edit') => {
    const target = mine.at(-1);
    const row = (
      kind === 'edit' && target
        ? await updateContribution(target.id, { text: `bewerkt ${++n}` })
        : await saveContribution({ add: input(processId, meeting.id, `hier ${++n}`) })
    ) as Contribution & { localSeq: number };
    mine.push(row);
    taken.push({ seq: row.localSeq, stamp: row.updatedAt });
  };
  try {
    for (const round of rounds)
      await Promise.all(round.map((o) => (o.tab === 'here' ? here(o.kind) : otherTab(o))));
  } finally {
    other.close();
  }
  const seqs = taken.map((t) => t.seq).sort((a, b) => a - b);
  expect(seqs).toEqual(Array.from({ length: taken.length }, (_, i) => seq0 + 1 + i));
  expect(await currentSeq()).toBe(seq0 + taken.length);
  const stamps = [...taken].sort((a, b) => a.seq - b.seq).flatMap((t) => (t.stamp ? [t.stamp] : []));
  for (let i = 1; i < stamps.length; i++) expect(stamps[i]! > stamps[i - 1]!).toBe(true);
  const clock = await lastClock();
  if (stamps.length) expect(clock! >= stamps.at(-1)!).toBe(true);
  // Each stored version carries the number it was saved with, and the count matches the rows.
  const rows = await db.contributions.where('meetingId').equals(meeting.id).toArray();
  for (const row of rows)
    expect(taken.some((t) => t.seq === row.localSeq && t.stamp === row.updatedAt)).toBe(true);
  expect(await meetingCount(processId, meeting.id)).toBe(rows.length);
}

describe('two tabs taking clock stamps and sequence numbers (one kv row)', () => {
  it('any interleaving: unique gapless sequence, increasing stamps, the row holds the last', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.array(fc.array(op, { minLength: 1, maxLength: 5 }), { minLength: 1, maxLength: 5 }),
        runRounds,
      ),
      { numRuns: 25 },
    );
  });

  it('a save and an edit of this tab at once, beside the other tab: every request in its transaction (seed -1707593196)', async () => {
    // The aggregates middleware awaited its reads and then lost Dexie's zone: the write below it
    // failed with "Cannot read properties of undefined (reading 'table')".
    const save = { tab: 'here', kind: 'save' } as const;
    const other = { tab: 'other', kind: 'save', ahead: 0 } as const;
    await runRounds([
      [other, save, save],
      [save, save, save, other],
      [save, save, other],
      [{ tab: 'here', kind: 'edit' }, save],
    ]);
  });
});
