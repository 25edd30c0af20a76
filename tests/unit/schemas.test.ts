import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { formatHlc } from '../../src/domain/clock';
import { contributionSchema } from '../../src/domain/contribution';
import { lessonSchema } from '../../src/domain/lesson';
import { attendanceSchema, meetingSchema } from '../../src/domain/meeting';
import { configFileSchema, processConfigSchema, processSchema } from '../../src/domain/process';
import { recordMetaSchema } from '../../src/domain/record';
import { check, parseJson } from '../../src/domain/validation';

const meta = {
  id: '7d1f3c2e-8a4b-4c5d-9e6f-0a1b2c3d4e5f',
  createdAt: '2026-11-29T10:00:00.000Z',
  updatedAt: formatHlc({ ms: 1_764_410_400_000, counter: 0, deviceId: 'tablet1' }),
  deviceId: 'tablet1',
  rev: 1,
  deleted: false,
};
const processId = '11111111-2222-4333-8444-555555555555';
const meetingId = '66666666-7777-4888-9999-000000000000';
const shipped = JSON.parse(readFileSync('public/config.json', 'utf8'));

const fieldsOf = (r: ReturnType<typeof check>) => (r.ok ? [] : r.problems.map((p) => p.field));

describe('record meta', () => {
  it('accepts a valid record header', () => expect(check(recordMetaSchema, meta).ok).toBe(true));
  it.each([
    ['id', { ...meta, id: 'not-a-uuid' }],
    ['updatedAt', { ...meta, updatedAt: '2026-11-29' }],
    ['rev', { ...meta, rev: 0 }],
    ['deleted', { ...meta, deleted: 'no' }],
    ['createdAt', { ...meta, createdAt: 'gisteren' }],
  ])('refuses a bad %s', (field, value) => expect(fieldsOf(check(recordMetaSchema, value))).toContain(field));
});

describe('process configuration', () => {
  it('the shipped example configuration for Stadsdeel Zuid is valid', () => {
    const r = check(configFileSchema, shipped);
    expect(r.ok).toBe(true);
    if (r.ok) {
      expect(r.value.process.participationLevel).toBe('meepraten');
      expect(r.value.process.buurten.length).toBeGreaterThan(3);
      expect(r.value.process.targetGroups.some((g) => g.source.example)).toBe(true);
    }
  });
  it('a stored process is configuration plus record fields', () => {
    expect(check(processSchema, { ...meta, ...shipped.process }).ok).toBe(true);
  });
  it('names the field of an unknown theme id in a buurt, in Dutch', () => {
    const p = structuredClone(shipped.process);
    p.buurten[1].themeIds = ['bestaat-niet'];
    const r = check(processConfigSchema, p);
    expect(r.ok).toBe(false);
    if (!r.ok)
      expect(r.problems[0]).toEqual({
        field: 'buurten › 2 › themeIds › 1',
        message: 'onbekend thema "bestaat-niet"',
      });
  });
  it('refuses a missing field with a Dutch message', () => {
    const { questions: _q, ...p } = shipped.process;
    const r = check(processConfigSchema, p);
    expect(r.ok).toBe(false);
    if (!r.ok) {
      expect(r.problems[0]!.field).toBe('questions');
      expect(r.problems[0]!.message).toMatch(/verwacht/i);
    }
  });
  it('refuses a share above 1, an unknown buurt in shares, duplicate ids and reserved group ids', () => {
    const p = structuredClone(shipped.process);
    p.targetGroups[0].share.total = 19;
    p.targetGroups[1].share.byBuurt.atlantis = 0.1;
    p.themes.push({ ...p.themes[0] });
    p.targetGroups[2].id = 'onbekend';
    const r = check(processConfigSchema, p);
    expect(fieldsOf(r)).toEqual(
      expect.arrayContaining([
        'targetGroups › 1 › share › total',
        'targetGroups › 2 › share › byBuurt › atlantis',
        'themes',
        'targetGroups › 3 › id',
      ]),
    );
  });
  it('refuses another format or version', () => {
    expect(fieldsOf(check(configFileSchema, { ...shipped, format: 'kobo' }))).toContain('format');
    expect(fieldsOf(check(configFileSchema, { ...shipped, version: 2 }))).toContain('version');
  });
});

describe('meeting and attendance', () => {
  const meeting = {
    ...meta,
    processId,
    buurtId: 'de-heeg',
    location: 'Gemeenschapshuis De Heeg',
    startsAt: '2026-12-03T19:30:00',
    workForm: 'tafelgesprek',
    status: 'gepland',
  };
  it('accepts a planned meeting and fills defaults', () => {
    const r = check(meetingSchema, meeting);
    expect(r.ok).toBe(true);
    if (r.ok) expect(r.value.facilitators).toEqual([]);
  });
  it.each([
    ['location', { ...meeting, location: '   ' }],
    ['startsAt', { ...meeting, startsAt: '3 december' }],
    ['workForm', { ...meeting, workForm: 'webinar' }],
    ['status', { ...meeting, status: 'misschien' }],
    ['buurtId', { ...meeting, buurtId: 'De Heeg!' }],
  ])('refuses a bad %s', (field, value) => expect(fieldsOf(check(meetingSchema, value))).toContain(field));
  it('attendance counts are whole numbers of at least 0', () => {
    expect(check(attendanceSchema, { ...meta, meetingId, total: 12, byGroup: { jongeren: 3 } }).ok).toBe(
      true,
    );
    expect(fieldsOf(check(attendanceSchema, { ...meta, meetingId, total: -1 }))).toContain('total');
    expect(
      fieldsOf(check(attendanceSchema, { ...meta, meetingId, total: 2, byGroup: { x: 1.5 } })),
    ).toContain('byGroup › x');
  });
});

describe('contribution and lesson', () => {
  const c = { ...meta, processId, meetingId, kind: 'idee', text: 'Een koffieochtend', source: 'facilitator' };
  it('accepts a facilitator contribution with defaults', () => {
    const r = check(contributionSchema, c);
    expect(r.ok).toBe(true);
    if (r.ok)
      expect(r.value).toMatchObject({ themeIds: [], observedGroupIds: [], selfGroupIds: [], agreeCount: 0 });
  });
  it.each([
    ['kind', { ...c, kind: 'klacht' }],
    ['source', { ...c, source: 'internet' }],
    ['agreeCount', { ...c, agreeCount: -2 }],
    ['text', { ...c, text: 'x'.repeat(5001) }],
    ['ageBand', { ...c, ageBand: '30' }],
    ['themeAssessments › ontmoeten', { ...c, themeAssessments: { ontmoeten: 'prima' } }],
  ])('refuses a bad %s', (field, value) =>
    expect(fieldsOf(check(contributionSchema, value))).toContain(field),
  );
  it('a lesson needs text and a known category', () => {
    const l = { ...meta, processId, category: 'locatie', text: 'Zaal te klein' };
    expect(check(lessonSchema, l).ok).toBe(true);
    expect(fieldsOf(check(lessonSchema, { ...l, category: 'weer' }))).toContain('category');
    expect(fieldsOf(check(lessonSchema, { ...l, text: '' }))).toContain('text');
  });
});

describe('parseJson', () => {
  it('refuses invalid JSON without throwing', () => {
    const r = parseJson('{"a":');
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.problems[0]!.message).toMatch(/geen geldige JSON/);
  });
  it('refuses __proto__ and constructor keys', () => {
    expect(parseJson('{"__proto__":{"x":1}}').ok).toBe(false);
    expect(parseJson('{"a":{"constructor":{}}}').ok).toBe(false);
    expect(parseJson('{"a":1}')).toEqual({ ok: true, value: { a: 1 } });
  });
});
