import { beforeEach, describe, expect, it } from 'vitest';
import { addContribution } from '../../src/db/contributions';
import { EXCHANGE_KV, oldestUnexportedMs, oldestUnexportedQuery } from '../../src/db/exchangeStatus';
import { watch } from '../../src/db/live';
import { planMeeting, updateMeeting } from '../../src/db/meetings';
import { currentSeq } from '../../src/db/records';
import { db } from '../../src/db/schema';
import { hlcToDate } from '../../src/domain/clock';
import { freshDb } from '../helpers/freshDb';

const P = '00000000-0000-4000-8000-000000000001';

beforeEach(() => freshDb());

const contribution = (meetingId: string, text: string) =>
  addContribution({
    processId: P,
    meetingId,
    kind: 'mening',
    text,
    themeIds: [],
    observedGroupIds: [],
    selfGroupIds: [],
    agreeCount: 0,
    source: 'facilitator',
    themeAssessments: {},
  });

const meetingInput = {
  processId: P,
  buurtId: 'heugem',
  location: 'Buurthuis',
  startsAt: '2026-12-05T10:00:00',
  workForm: 'inloop' as const,
  workFormOther: '',
  facilitators: [],
};
const settle = () => new Promise((r) => setTimeout(r, 50));

describe('oldestUnexportedMs (the status bar reminder to export)', () => {
  it('is the time of the oldest change after the last export, also as a live query', async () => {
    expect(await oldestUnexportedMs()).toBeUndefined();
    const meeting = await planMeeting({
      processId: P,
      buurtId: 'heugem',
      location: 'Buurthuis',
      startsAt: '2026-12-05T10:00:00',
      workForm: 'inloop',
      workFormOther: '',
      facilitators: [],
    });
    const first = hlcToDate(meeting.updatedAt).getTime();
    expect(await oldestUnexportedMs()).toBe(first);

    const seen: (number | undefined)[] = [];
    const stop = watch(oldestUnexportedQuery(), (v) => seen.push(v));
    try {
      await new Promise((r) => setTimeout(r, 50));
      // A newer change leaves the oldest where it was.
      const c = await contribution(meeting.id, 'Meer bankjes');
      expect(await oldestUnexportedMs()).toBe(first);
      // Exported up to the meeting: the contribution is the oldest left; up to everything: none.
      await db.kv.put({ key: EXCHANGE_KV.lastExportedSeq, value: (await currentSeq()) - 1 });
      expect(await oldestUnexportedMs()).toBe(hlcToDate(c.updatedAt).getTime());
      await db.kv.put({ key: EXCHANGE_KV.lastExportedSeq, value: await currentSeq() });
      await new Promise((r) => setTimeout(r, 50));
      expect(await oldestUnexportedMs()).toBeUndefined();
      expect(seen[0]).toBe(first);
      expect(seen.at(-1)).toBeUndefined();
    } finally {
      stop();
    }
  });

  it('as a live query, a new change does not run it again once the oldest is known', async () => {
    const meeting = await planMeeting(meetingInput);
    const first = hlcToDate(meeting.updatedAt).getTime();
    const query = oldestUnexportedQuery();
    let runs = 0;
    const seen: (number | undefined)[] = [];
    const stop = watch(
      () => {
        runs++;
        return query();
      },
      (v) => seen.push(v),
    );
    try {
      await settle();
      expect(seen).toEqual([first]);
      // The first run read everything above the export: the first new change runs it once more,
      // and from then on it reads only up to the oldest.
      await contribution(meeting.id, 'Meer bankjes');
      await settle();
      const afterFirst = runs;
      expect(seen.at(-1)).toBe(first);
      // New changes lie above the oldest: the query is left alone, whatever the table.
      await contribution(meeting.id, 'Een speeltuin');
      await planMeeting({ ...meetingInput, location: 'Wijkcentrum' });
      await settle();
      expect(runs).toBe(afterFirst);
      expect(new Set(seen)).toEqual(new Set([first]));

      // The oldest change is changed again: it is no longer the oldest, the next one is.
      const c = await contribution(meeting.id, 'Later');
      const edited = await updateMeeting(meeting.id, { location: 'Buurthuis Heugem' });
      await settle();
      expect(runs).toBeGreaterThan(afterFirst);
      const next = seen.at(-1)!;
      expect(next).toBeGreaterThan(first);
      expect(next).toBeLessThan(hlcToDate(c.updatedAt).getTime());
      expect(next).toBeLessThan(hlcToDate(edited.updatedAt).getTime());
      expect(await oldestUnexportedMs()).toBe(next);

      // An export runs it again: everything exported, nothing to remind of.
      await db.kv.put({ key: EXCHANGE_KV.lastExportedSeq, value: await currentSeq() });
      await settle();
      expect(seen.at(-1)).toBeUndefined();
      // And the first change after it is the oldest again.
      const after = await contribution(meeting.id, 'Na de export');
      await settle();
      expect(seen.at(-1)).toBe(hlcToDate(after.updatedAt).getTime());
    } finally {
      stop();
    }
  });

  it('the narrowed query answers as a fresh full read would, over random changes and exports', async () => {
    const query = oldestUnexportedQuery();
    const meetings = [await planMeeting(meetingInput)];
    // A fixed pseudo-random sequence: adds, edits of any meeting, and exports.
    let x = 7;
    const next = () => {
      x = (x * 1103515245 + 12345) % 2147483648;
      return x;
    };
    for (let i = 0; i < 40; i++) {
      const r = next() % 10;
      if (r < 4) meetings.push(await planMeeting({ ...meetingInput, location: `Plek ${i}` }));
      else if (r < 8) {
        const m = meetings[next() % meetings.length]!;
        await updateMeeting(m.id, { location: `Plek ${i} bis` });
      } else
        await db.kv.put({ key: EXCHANGE_KV.lastExportedSeq, value: (await currentSeq()) - (next() % 3) });
      expect(await query()).toBe(await oldestUnexportedMs());
    }
  });
});
