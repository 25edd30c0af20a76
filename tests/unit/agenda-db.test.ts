import { readFileSync } from 'node:fs';
import { beforeEach, describe, expect, it } from 'vitest';
import {
  addAgendaItem,
  addFeedback,
  addKioskVote,
  deleteAgendaItem,
  linkContributions,
  listAgendaItems,
  listFeedback,
  listVotes,
  loadAgendaData,
  markAgendaPublished,
  moveAgendaItem,
  paperVoteOf,
  restoreAgendaItem,
  savePaperVote,
  startAgendaYear,
  unlinkContributions,
  updateAgendaItem,
} from '../../src/db/agenda';
import { addContributions } from '../../src/db/contributions';
import { resetDeviceCache } from '../../src/db/device';
import { InvalidRecordError } from '../../src/db/errors';
import { KIOSK_SESSION_DRAFT, saveKioskResponse } from '../../src/db/kiosk';
import { planMeeting } from '../../src/db/meetings';
import { loadInitialConfig } from '../../src/db/processes';
import { currentSeq } from '../../src/db/records';
import { db } from '../../src/db/schema';
import { itemsOfYear, votableItems } from '../../src/domain/agenda';

const configText = readFileSync('public/config.json', 'utf8');

beforeEach(async () => {
  db.close();
  await db.delete();
  resetDeviceCache();
  await db.open();
});

async function setup() {
  const r = await loadInitialConfig(async () => configText);
  if (!r?.ok) throw new Error('config');
  const meeting = await planMeeting({
    processId: r.value.id,
    buurtId: 'de-heeg',
    location: 'Gemeenschapshuis De Heeg',
    startsAt: '2026-03-03T19:30:00',
    workForm: 'tafelgesprek',
    workFormOther: '',
    facilitators: [],
  });
  const base = {
    processId: r.value.id,
    meetingId: meeting.id,
    kind: 'idee' as const,
    observedGroupIds: [],
    selfGroupIds: [],
    source: 'facilitator' as const,
    agreeCount: 0,
    themeAssessments: {},
  };
  const contributions = await addContributions([
    { ...base, text: 'Een plek om elkaar te ontmoeten', themeIds: ['ontmoeten'] },
    { ...base, text: 'Hulp voor mantelzorgers', themeIds: ['mantelzorg'] },
  ]);
  return { processId: r.value.id, meeting, contributions };
}

const itemInput = (processId: string, title: string) => ({
  processId,
  agendaYear: 2026,
  title,
  description: '',
  residentText: '',
  themeIds: [],
  buurtIds: [],
  years: { from: 2026, to: 2028 },
  status: 'voorgesteld' as const,
  statusReason: '',
  responsible: 'Team Sociale Basis',
  linkedContributionIds: [],
});

describe('agenda items', () => {
  it('adds items at the end of their version, links and unlinks, moves and deletes with undo', async () => {
    const { processId, contributions } = await setup();
    const a = await addAgendaItem(itemInput(processId, 'Ontmoeten'));
    const b = await addAgendaItem(itemInput(processId, 'Mantelzorg'));
    expect([a.position, b.position]).toEqual([0, 1]);

    const linked = await linkContributions(
      a.id,
      contributions.map((c) => c.id),
    );
    expect(linked.linkedContributionIds).toEqual(contributions.map((c) => c.id));
    const again = await linkContributions(a.id, [contributions[0]!.id]);
    expect(again.linkedContributionIds).toHaveLength(2);
    const less = await unlinkContributions(a.id, [contributions[1]!.id]);
    expect(less.linkedContributionIds).toEqual([contributions[0]!.id]);
    expect(less.rev).toBe(4);

    await moveAgendaItem(b.id, -1);
    expect(itemsOfYear(await listAgendaItems(processId), 2026).map((i) => i.title)).toEqual([
      'Mantelzorg',
      'Ontmoeten',
    ]);

    await deleteAgendaItem(a.id);
    expect((await listAgendaItems(processId)).map((i) => i.id)).toEqual([b.id]);
    expect((await db.agendaItems.get(a.id))?.deleted).toBe(true);
    await restoreAgendaItem(a.id);
    expect(await listAgendaItems(processId)).toHaveLength(2);
  });

  it('refuses "niet haalbaar" without a reason and changes nothing', async () => {
    const { processId } = await setup();
    const a = await addAgendaItem(itemInput(processId, 'Ontmoeten'));
    const seq = await currentSeq();
    await expect(updateAgendaItem(a.id, { status: 'niet-haalbaar' })).rejects.toBeInstanceOf(
      InvalidRecordError,
    );
    expect((await db.agendaItems.get(a.id))?.status).toBe('voorgesteld');
    expect(await currentSeq()).toBe(seq);
    const ok = await updateAgendaItem(a.id, { status: 'niet-haalbaar', statusReason: 'Geen budget' });
    expect(ok.status).toBe('niet-haalbaar');
  });

  it('starts a new year from the last one, once, and publishes a version', async () => {
    const { processId } = await setup();
    const a = await addAgendaItem(itemInput(processId, 'Loopt door'));
    await addAgendaItem({ ...itemInput(processId, 'Klaar'), status: 'gerealiseerd' });
    const next = await startAgendaYear(processId, 2026, 2027);
    expect(next.map((i) => [i.title, i.agendaYear, i.previousId])).toEqual([['Loopt door', 2027, a.id]]);
    expect(await startAgendaYear(processId, 2026, 2027)).toEqual([]);
    expect(itemsOfYear(await listAgendaItems(processId), 2026)).toHaveLength(2);

    expect(votableItems(await listAgendaItems(processId))).toEqual([]);
    expect(await markAgendaPublished(processId, 2026, new Date('2026-04-01T10:00:00Z'))).toBe(2);
    expect(votableItems(await listAgendaItems(processId)).map((i) => i.title)).toEqual(['Loopt door']);
  });
});

describe('votes', () => {
  it('stores a kiosk ballot within the budget and refuses one over it', async () => {
    const { processId, meeting } = await setup();
    const a = await addAgendaItem(itemInput(processId, 'A'));
    const b = await addAgendaItem(itemInput(processId, 'B'));
    const rules = { budget: 3, itemIds: [a.id, b.id] };
    const input = {
      processId,
      meetingId: meeting.id,
      agendaYear: 2026,
      respondentId: crypto.randomUUID(),
      selfGroupIds: ['jongeren'],
    };
    const v = await addKioskVote({ ...input, allocations: { [a.id]: 2, [b.id]: 1 } }, rules);
    expect(v).toMatchObject({ source: 'kiosk', allocations: { [a.id]: 2, [b.id]: 1 } });
    await expect(addKioskVote({ ...input, allocations: { [a.id]: 4 } }, rules)).rejects.toBeInstanceOf(
      InvalidRecordError,
    );
    await expect(addKioskVote({ ...input, allocations: {} }, rules)).rejects.toBeInstanceOf(
      InvalidRecordError,
    );
    expect(await listVotes(processId)).toHaveLength(1);
  });

  it('keeps one paper record per meeting and corrects it', async () => {
    const { processId, meeting } = await setup();
    const a = await addAgendaItem(itemInput(processId, 'A'));
    const first = await savePaperVote({
      processId,
      meetingId: meeting.id,
      agendaYear: 2026,
      allocations: { [a.id]: 12 },
      participants: 6,
    });
    const second = await savePaperVote({
      processId,
      meetingId: meeting.id,
      agendaYear: 2026,
      allocations: { [a.id]: 14 },
    });
    expect(second.id).toBe(first.id);
    expect(second.rev).toBe(2);
    expect(second.participants).toBeUndefined();
    expect((await paperVoteOf(meeting.id))?.allocations).toEqual({ [a.id]: 14 });
    expect(await listVotes(processId)).toHaveLength(1);
  });
});

describe('kiosk ballots sent with the resident’s answers', () => {
  it('stores dots alone, or with contributions, in one transaction that removes the draft', async () => {
    const { processId, meeting } = await setup();
    const a = await addAgendaItem(itemInput(processId, 'A'));
    const respondentId = crypto.randomUUID();
    const vote = {
      processId,
      meetingId: meeting.id,
      agendaYear: 2026,
      source: 'kiosk' as const,
      respondentId,
      allocations: { [a.id]: 3 },
      selfGroupIds: ['onbekend'],
    };
    await db.drafts.put({ key: KIOSK_SESSION_DRAFT, value: {}, savedAt: 1 });
    await saveKioskResponse([], null, vote);
    expect((await listVotes(processId)).map((v) => v.respondentId)).toEqual([respondentId]);
    expect(await db.drafts.get(KIOSK_SESSION_DRAFT)).toBeUndefined();
    await expect(saveKioskResponse([], null, null)).rejects.toThrow('nothing to send');
  });

  it('a broken ballot keeps the contributions out too (all or nothing)', async () => {
    const { processId, meeting } = await setup();
    const before = await db.contributions.count();
    const contribution = {
      processId,
      meetingId: meeting.id,
      kind: 'idee' as const,
      text: 'Meer bankjes',
      themeIds: [],
      observedGroupIds: [],
      selfGroupIds: [],
      source: 'kiosk' as const,
      agreeCount: 0,
      themeAssessments: {},
    };
    const broken = {
      processId,
      meetingId: meeting.id,
      agendaYear: 2026,
      source: 'kiosk' as const,
      allocations: {},
      selfGroupIds: [],
    };
    await expect(saveKioskResponse([contribution], null, broken)).rejects.toBeInstanceOf(InvalidRecordError);
    expect(await db.contributions.count()).toBe(before);
    expect(await db.votes.count()).toBe(0);
  });
});

describe('feedback', () => {
  it('records feedback moments and loads everything for the screens', async () => {
    const { processId, meeting } = await setup();
    const a = await addAgendaItem(itemInput(processId, 'A'));
    await addFeedback({
      processId,
      agendaItemId: a.id,
      date: '2026-05-01',
      text: 'De gemeente zoekt een plek.',
      channel: 'website',
    });
    await addFeedback({
      processId,
      buurtId: 'de-heeg',
      date: '2026-05-02',
      text: 'Verslag gegeven',
      channel: 'verslag',
    });
    await expect(
      addFeedback({ processId, date: '2026-05-02', text: 'Aan niemand', channel: 'brief' }),
    ).rejects.toBeInstanceOf(InvalidRecordError);
    expect(await listFeedback(processId)).toHaveLength(2);
    const data = await loadAgendaData(processId);
    expect(data.items).toHaveLength(1);
    expect(data.meetings.map((m) => m.id)).toEqual([meeting.id]);
    expect(data.contributions).toHaveLength(2);
    expect(data.feedback.map((f) => f.date).sort()).toEqual(['2026-05-01', '2026-05-02']);
  });
});
