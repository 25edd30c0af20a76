import { beforeEach, describe, expect, it, vi } from 'vitest';
import { addContribution, contributionsOfMeeting, deleteContribution } from '../../src/db/contributions';
import {
  checkKioskPin,
  getKioskMode,
  getKioskTimings,
  hasKioskPin,
  KIOSK_LOCK_KEY,
  KIOSK_PIN_KEY,
  KIOSK_SESSION_DRAFT,
  KIOSK_TIMINGS_KEY,
  kioskCounts,
  leaveKiosk,
  loadKioskSession,
  saveHelperContact,
  saveKioskExperience,
  saveKioskMore,
  saveKioskResponse,
  saveKioskSession,
  setKioskPin,
  startKiosk,
} from '../../src/db/kiosk';
import { kioskCountsOfMeeting } from '../../src/db/kioskState';
import { getKv, setKv } from '../../src/db/kv';
import { db } from '../../src/db/schema';
import { KIOSK_CONSENT_VERSION } from '../../src/domain/contact';
import { answersToRecords, emptyAnswers, freshSession, kioskExperience } from '../../src/domain/kiosk';
import { freshDb } from '../helpers/freshDb';

const meetingId = '22222222-2222-4222-8222-222222222222';
const processId = '11111111-1111-4111-8111-111111111111';

function resident(respondentId: string, withContact: boolean) {
  return answersToRecords(
    {
      ...emptyAnswers(),
      themeIds: ['jeugd'],
      words: { 'wat-kan-beter': 'De speeltuin' },
      contact: withContact
        ? { channel: 'phone', value: '0612345678', consent: true, declined: false }
        : { value: '', consent: false, declined: false },
    },
    {
      processId,
      meetingId,
      respondentId,
      lang: 'nl',
      themeIds: ['jeugd'],
      consentText: 'Ja, de gemeente mag mij een bericht sturen.',
      consentVersion: KIOSK_CONSENT_VERSION,
      today: '2026-03-04',
    },
  );
}

const ctxOf = (respondentId: string) => ({
  processId,
  meetingId,
  respondentId,
  lang: 'nl' as const,
  themeIds: ['jeugd'],
  consentText: 'Ja, de gemeente mag mij een bericht sturen.',
  consentVersion: KIOSK_CONSENT_VERSION,
  today: '2026-03-04',
});

beforeEach(freshDb);

describe('kiosk mode', () => {
  it('is persisted, and leaving discards the in-progress answers', async () => {
    expect(await getKioskMode()).toBeNull();
    await startKiosk(meetingId);
    expect((await getKioskMode())?.meetingId).toBe(meetingId);
    await saveKioskSession({ ...freshSession(crypto.randomUUID(), Date.now()), dirty: true });
    expect(await loadKioskSession()).toBeDefined();
    await leaveKiosk();
    expect(await getKioskMode()).toBeNull();
    expect(await loadKioskSession()).toBeUndefined();
  });

  it('a corrupt mode record counts as "off"', async () => {
    await setKv('kiosk.mode', { meetingId: 'not-a-uuid' });
    expect(await getKioskMode()).toBeNull();
  });

  it('timing overrides from the device can only shorten', async () => {
    await setKv(KIOSK_TIMINGS_KEY, { idleMs: 2000, thanksMs: 60_000 });
    const t = await getKioskTimings();
    expect(t.idleMs).toBe(2000);
    expect(t.thanksMs).toBe(30_000);
  });
});

describe('facilitator PIN', () => {
  it('is stored as a hash, and 5 wrong tries lock the pad (persisted) even for the right PIN', async () => {
    expect(await hasKioskPin()).toBe(false);
    await setKioskPin('2468');
    expect(await hasKioskPin()).toBe(true);
    expect(JSON.stringify(await getKv(KIOSK_PIN_KEY))).not.toContain('2468');

    const t0 = 5_000_000;
    for (let i = 1; i <= 4; i++) {
      expect(await checkKioskPin('0000', t0 + i)).toEqual({ ok: false, locked: false, triesLeft: 5 - i });
    }
    const fifth = await checkKioskPin('0000', t0 + 5);
    expect(fifth).toEqual({ ok: false, locked: true, remainingMs: 60_000 });
    // The lock is in the database: what a reload would read.
    expect((await getKv<{ lockedUntil: number }>(KIOSK_LOCK_KEY))?.lockedUntil).toBe(t0 + 5 + 60_000);
    expect(await checkKioskPin('2468', t0 + 30_000)).toMatchObject({ ok: false, locked: true });
    expect(await checkKioskPin('2468', t0 + 5 + 60_000)).toEqual({ ok: true });
    // A right PIN clears the count.
    expect(await checkKioskPin('1111', t0 + 70_000)).toEqual({ ok: false, locked: false, triesLeft: 4 });
  });

  it('without a PIN set, nothing opens', async () => {
    expect((await checkKioskPin('1234')).ok).toBe(false);
  });
});

describe("sending a resident's answers", () => {
  it('writes contributions and the contact in one go, removes the draft, and counts residents', async () => {
    await saveKioskSession({ draft: true });
    const r1 = resident(crypto.randomUUID(), false);
    const r2 = resident(crypto.randomUUID(), true);
    await saveKioskResponse(r1.contributions, r1.contact);
    expect(await db.drafts.get(KIOSK_SESSION_DRAFT)).toBeUndefined();
    await saveKioskResponse(r2.contributions, r2.contact);

    const stored = await contributionsOfMeeting(meetingId);
    expect(stored).toHaveLength(4);
    expect(new Set(stored.map((c) => c.respondentId)).size).toBe(2);
    const contacts = await db.contacts.toArray();
    expect(contacts).toHaveLength(1);
    expect(contacts[0]).toMatchObject({
      meetingId,
      channel: 'phone',
      value: '0612345678',
      consentedOn: '2026-03-04',
    });
    expect(contacts[0]).not.toHaveProperty('respondentId');
    expect(await kioskCounts(meetingId)).toEqual({ residents: 2, contacts: 1 });
  });

  it("the meeting screen's count (from the aggregate row, the records only when kiosk counters change) equals the full count through answers, facilitator saves and deletes", async () => {
    const same = async () =>
      expect(await kioskCountsOfMeeting(processId, meetingId)).toEqual(await kioskCounts(meetingId));
    await same();
    const r1 = resident(crypto.randomUUID(), true);
    await saveKioskResponse(r1.contributions, r1.contact);
    await same();
    const note = { ...r1.contributions[0]!, source: 'facilitator' as const, respondentId: undefined };
    const added = await addContribution(note);
    await same();
    const r2 = resident(crypto.randomUUID(), false);
    const saved = await saveKioskResponse(r2.contributions, r2.contact);
    await same();
    expect((await kioskCountsOfMeeting(processId, meetingId)).residents).toBe(2);
    await deleteContribution(added.id);
    await same();
    // A kiosk answer deleted (a merge may bring that): the count goes down with it.
    for (const id of Object.values(saved)) await deleteContribution(id);
    await same();
    expect((await kioskCountsOfMeeting(processId, meetingId)).residents).toBe(1);
  });

  it('all or nothing: an invalid contact leaves no contributions behind', async () => {
    const r = resident(crypto.randomUUID(), true);
    await expect(
      saveKioskResponse(r.contributions, { ...r.contact!, value: 'geen nummer' }),
    ).rejects.toThrow();
    expect(await contributionsOfMeeting(meetingId)).toEqual([]);
    expect(await db.contacts.count()).toBe(0);
  });

  it('the extra questions update the saved answers (same records, new version), and add the contact', async () => {
    const id = crypto.randomUUID();
    const first = answersToRecords(
      { ...emptyAnswers(), themeIds: ['jeugd'], words: { 'wat-kan-beter': 'De speeltuin' } },
      { ...ctxOf(id), questionIds: ['wat-kan-beter'] },
    );
    const saved = await saveKioskResponse(first.contributions, null);
    expect(Object.keys(saved).sort()).toEqual(['mening', 'mening:wat-kan-beter']);
    const more = answersToRecords(
      {
        ...emptyAnswers(),
        themeIds: ['jeugd'],
        assessments: { jeugd: 'moet-anders' },
        words: { 'wat-kan-beter': 'De speeltuin' },
        buurt: 'de-heeg',
        groups: ['mantelzorgers'],
        contact: { channel: 'email', value: 'a@example.nl', consent: true, declined: false },
      },
      { ...ctxOf(id), questionIds: ['wat-kan-beter'] },
    );
    await saveKioskSession({ draft: true });
    const again = await saveKioskMore(saved, more.contributions, more.contact);
    expect(again).toEqual(saved);
    const stored = await contributionsOfMeeting(meetingId);
    expect(stored).toHaveLength(2);
    for (const c of stored) {
      expect(c.rev).toBe(2);
      expect(c.residentBuurtId).toBe('de-heeg');
      expect(c.selfGroupIds).toEqual(['mantelzorgers']);
    }
    expect(stored.find((c) => c.themeIds.length)?.themeAssessments).toEqual({ jeugd: 'moet-anders' });
    expect(await db.drafts.get(KIOSK_SESSION_DRAFT)).toBeUndefined();
    const contacts = await db.contacts.toArray();
    expect(contacts).toHaveLength(1);
    expect(contacts[0]).not.toHaveProperty('respondentId');
  });

  it('"Wilt u meehelpen?" is a contact of its own purpose, not counted as wanting feedback', async () => {
    const r = resident(crypto.randomUUID(), true);
    // The contact rule's day is the UTC day of the change (src/domain/contact.ts), not the consent day.
    vi.useFakeTimers({ toFake: ['Date'] });
    vi.setSystemTime(new Date('2026-03-04T10:00:00.000Z'));
    try {
      await saveHelperContact({ ...r.contact!, purpose: 'meehelpen' });
    } finally {
      vi.useRealTimers();
    }
    const [c] = await db.contacts.toArray();
    expect(c).toMatchObject({ purpose: 'meehelpen', meetingId, createdAt: '2026-03-04T00:00:00.000Z' });
    expect(c).not.toHaveProperty('respondentId');
    expect(await kioskCounts(meetingId)).toEqual({ residents: 0, contacts: 0 });
  });

  it('"Hoe vond u dit?" is one experience record of a resident at this meeting', async () => {
    await saveKioskExperience(kioskExperience(processId, meetingId, 'goed'));
    const rows = await db.experiences.toArray();
    expect(rows).toHaveLength(1);
    expect(rows[0]).toMatchObject({ processId, meetingId, who: 'resident', rating: 'goed', comment: '' });
  });

  it('refuses to send nothing', async () => {
    await expect(saveKioskResponse([], null)).rejects.toThrow();
  });
});
