import { readFileSync } from 'node:fs';
import { beforeEach, describe, expect, it } from 'vitest';
import {
  addContribution,
  contributionsOfMeeting,
  deleteContribution,
  restoreContribution,
  updateContribution,
} from '../../src/db/contributions';
import { ensureDevice, resetDeviceCache } from '../../src/db/device';
import { clearDraft, getDraft, saveDraft } from '../../src/db/drafts';
import { InvalidRecordError, StorageFullError } from '../../src/db/errors';
import {
  adjustAttendance,
  closeMeeting,
  getAttendance,
  getMeeting,
  lessonsOfMeeting,
  listMeetings,
  planMeeting,
  startMeeting,
} from '../../src/db/meetings';
import {
  getActiveProcess,
  loadInitialConfig,
  readConfigText,
  saveProcessConfig,
} from '../../src/db/processes';
import { currentSeq, toRecord } from '../../src/db/records';
import { db } from '../../src/db/schema';
import { write } from '../../src/db/write';
import { parseHlc } from '../../src/domain/clock';
import { mergeAll } from '../../src/domain/merge';

const configText = readFileSync('public/config.json', 'utf8');

async function freshDb() {
  db.close();
  await db.delete();
  resetDeviceCache();
  await db.open();
}

async function setup() {
  const r = await loadInitialConfig(async () => configText);
  if (!r?.ok) throw new Error('config');
  const m = await planMeeting({
    processId: r.value.id,
    buurtId: 'de-heeg',
    location: 'Gemeenschapshuis De Heeg',
    startsAt: '2026-12-03T19:30:00',
    workForm: 'tafelgesprek',
    workFormOther: '',
    facilitators: ['Anouk'],
  });
  return { process: r.value, meeting: m };
}

const contribution = (processId: string, meetingId: string, text = 'Meer bankjes in het park') => ({
  processId,
  meetingId,
  kind: 'idee' as const,
  text,
  themeIds: ['ontmoeten'],
  observedGroupIds: ['ouderen-75'],
  selfGroupIds: [],
  source: 'facilitator' as const,
  agreeCount: 3,
  themeAssessments: {},
});

beforeEach(freshDb);

describe('device and configuration', () => {
  it('creates a device id and label once', async () => {
    const a = await ensureDevice();
    resetDeviceCache();
    const b = await ensureDevice();
    expect(b).toEqual(a);
    expect(a.label).toMatch(/^Tablet /);
  });

  it('loads the shipped configuration on first start only', async () => {
    const first = await loadInitialConfig(async () => configText);
    expect(first?.ok).toBe(true);
    expect(await loadInitialConfig(async () => configText)).toBeNull();
    expect((await getActiveProcess())?.name).toBe('Sociale Basis — Stadsdeel Zuid');
  });

  it('every device starting from the same configuration file has the very same process record', async () => {
    await loadInitialConfig(async () => configText);
    const first = toRecord((await db.processes.toArray())[0]!);
    const deviceA = (await ensureDevice()).id;
    await freshDb();
    await loadInitialConfig(async () => configText);
    expect((await ensureDevice()).id).not.toBe(deviceA);
    const second = toRecord((await db.processes.toArray())[0]!);
    expect(second).toEqual(first);
    expect(first.id).toBe(JSON.parse(configText).id);
    expect(first.deviceId).toBe('config');
    // Merged, the two are one version: no conflict.
    const merged = mergeAll({ current: undefined, conflicts: [] }, [first, second]);
    expect(merged.conflicts).toEqual([]);
    expect(merged.current).toEqual(first);
  });

  it('a broken configuration changes nothing and says which field', async () => {
    await loadInitialConfig(async () => configText);
    const before = await getActiveProcess();
    const broken = JSON.parse(configText);
    broken.process.themes[0].label = 42;
    const r = await readConfigText(JSON.stringify(broken));
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.problems[0]!.field).toBe('process › themes › 1 › label');
    expect(await getActiveProcess()).toEqual(before);
  });

  it('a configuration file that cannot be read is reported', async () => {
    const r = await loadInitialConfig(async () => {
      throw new Error('offline');
    });
    expect(r?.ok).toBe(false);
    expect(await db.processes.count()).toBe(0);
  });

  it('saving a changed configuration bumps the revision and keeps the id', async () => {
    const { process } = await setup();
    const { id: _i, createdAt: _c, updatedAt: _u, deviceId: _d, rev: _r, deleted: _x, ...config } = process;
    const saved = await saveProcessConfig({ ...config, name: 'Sociale Basis — Zuid (2027)' }, process.id);
    expect(saved.id).toBe(process.id);
    expect(saved.rev).toBe(2);
    expect(saved.updatedAt > process.updatedAt).toBe(true);
  });
});

describe('meetings', () => {
  it('plans, starts and closes a meeting with lessons in one go', async () => {
    const { process, meeting } = await setup();
    expect(meeting.status).toBe('gepland');
    expect((await listMeetings(process.id)).map((m) => m.id)).toEqual([meeting.id]);
    const started = await startMeeting(meeting.id);
    expect(started.status).toBe('bezig');
    expect(started.startedAt).toBeTruthy();
    const closed = await closeMeeting(meeting.id, 'Goede opkomst', [
      { category: 'locatie', text: 'Zaal te klein', doDifferently: 'Grotere zaal huren' },
      { category: 'bereik', text: '   ', doDifferently: '' },
    ]);
    expect(closed.status).toBe('afgesloten');
    expect(closed.rev).toBe(3);
    const lessons = await lessonsOfMeeting(meeting.id);
    expect(lessons).toHaveLength(1);
    expect(lessons[0]).toMatchObject({ category: 'locatie', buurtId: 'de-heeg', processId: process.id });
  });

  it('refuses an invalid meeting with the field named', async () => {
    const { process } = await setup();
    await expect(
      planMeeting({
        processId: process.id,
        buurtId: 'de-heeg',
        location: '',
        startsAt: '2026-12-03T19:30:00',
        workForm: 'tafelgesprek',
        workFormOther: '',
        facilitators: [],
      }),
    ).rejects.toSatisfy(
      (e: unknown) => e instanceof InvalidRecordError && e.problems[0]!.field === 'location',
    );
  });

  it('counts attendance per group and keeps the total at least the largest group', async () => {
    const { meeting } = await setup();
    await adjustAttendance(meeting.id, 1);
    await adjustAttendance(meeting.id, 1);
    await adjustAttendance(meeting.id, 1, 'jongeren');
    await adjustAttendance(meeting.id, 1, 'jongeren');
    await adjustAttendance(meeting.id, 1, 'jongeren');
    await adjustAttendance(meeting.id, -1, 'ouderen-75');
    const a = await getAttendance(meeting.id);
    expect(a?.total).toBe(3);
    expect(a?.byGroup).toEqual({ jongeren: 3, 'ouderen-75': 0 });
    expect(await db.attendance.count()).toBe(1);
  });
});

describe('contributions', () => {
  it('adds, edits, deletes as a tombstone and restores', async () => {
    const { process, meeting } = await setup();
    const c = await addContribution(contribution(process.id, meeting.id));
    expect(c.rev).toBe(1);
    const edited = await updateContribution(c.id, { text: 'Meer bankjes bij de speeltuin' });
    expect(edited.rev).toBe(2);
    await deleteContribution(c.id);
    expect(await contributionsOfMeeting(meeting.id)).toEqual([]);
    const tomb = await db.contributions.get(c.id);
    expect(tomb?.deleted).toBe(true);
    await restoreContribution(c.id);
    const back = await contributionsOfMeeting(meeting.id);
    expect(back.map((x) => x.text)).toEqual(['Meer bankjes bij de speeltuin']);
    expect(back[0]!.rev).toBe(4);
  });

  it('every change gets a later stamp and the next local sequence number', async () => {
    const { process, meeting } = await setup();
    const seq0 = await currentSeq();
    const a = await addContribution(contribution(process.id, meeting.id, 'een'));
    const b = await addContribution(contribution(process.id, meeting.id, 'twee'));
    expect(a.updatedAt < b.updatedAt).toBe(true);
    expect(parseHlc(b.updatedAt).deviceId).toBe((await ensureDevice()).id);
    expect(await currentSeq()).toBe(seq0 + 2);
    const rows = await db.contributions.bulkGet([a.id, b.id]);
    expect(rows.map((r) => r?.localSeq)).toEqual([seq0 + 1, seq0 + 2]);
  });

  it('refuses an unknown kind and writes nothing', async () => {
    const { process, meeting } = await setup();
    const bad = { ...contribution(process.id, meeting.id), kind: 'klacht' as 'idee' };
    await expect(addContribution(bad)).rejects.toBeInstanceOf(InvalidRecordError);
    expect(await db.contributions.count()).toBe(0);
  });
});

describe('drafts and storage errors', () => {
  it('keeps a draft until it is cleared', async () => {
    await saveDraft('capture:x', { text: 'half getypt' });
    expect(await getDraft('capture:x')).toEqual({ text: 'half getypt' });
    await clearDraft('capture:x');
    expect(await getDraft('capture:x')).toBeUndefined();
  });

  it('turns a QuotaExceededError (also wrapped by Dexie) into StorageFullError', async () => {
    const quota = Object.assign(new Error('full'), { name: 'QuotaExceededError' });
    await expect(write([], () => Promise.reject(quota))).rejects.toBeInstanceOf(StorageFullError);
    const wrapped = Object.assign(new Error('abort'), { name: 'AbortError', inner: quota });
    await expect(write([], () => Promise.reject(wrapped))).rejects.toBeInstanceOf(StorageFullError);
    const other = new Error('other');
    await expect(write([], () => Promise.reject(other))).rejects.toBe(other);
  });

  it('getMeeting hides a deleted meeting', async () => {
    const { meeting } = await setup();
    const row = await db.meetings.get(meeting.id);
    await db.meetings.put({ ...row!, deleted: true });
    expect(await getMeeting(meeting.id)).toBeUndefined();
  });
});
