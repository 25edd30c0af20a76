import { beforeEach, describe, expect, it } from 'vitest';
import { addContribution } from '../../src/db/contributions';
import { EXCHANGE_KV, oldestUnexportedMs } from '../../src/db/exchangeStatus';
import { watch } from '../../src/db/live';
import { planMeeting } from '../../src/db/meetings';
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
    const stop = watch(oldestUnexportedMs, (v) => seen.push(v));
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
});
