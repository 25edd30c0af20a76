import { readFileSync } from 'node:fs';
import { beforeEach, describe, expect, it } from 'vitest';
import { readAnalysisData } from '../../src/db/analysis';
import { addContribution } from '../../src/db/contributions';
import { resetDeviceCache } from '../../src/db/device';
import { getExampleMarker, loadExampleData, removeExampleData } from '../../src/db/exampleData';
import { saveProcessConfig } from '../../src/db/processes';
import { db } from '../../src/db/schema';
import { computeReach } from '../../src/domain/analysis/reach';
import { contributionSchema } from '../../src/domain/contribution';
import { EXAMPLE_MARK, generateExampleData } from '../../src/domain/exampleData';
import { attendanceSchema, meetingSchema } from '../../src/domain/meeting';
import { configFileSchema, type Process } from '../../src/domain/process';

const config = configFileSchema.parse(JSON.parse(readFileSync('public/config.json', 'utf8'))).process;
const process: Process = {
  ...config,
  id: '00000000-0000-4000-8000-000000000001',
  createdAt: '2026-01-01T00:00:00.000Z',
  updatedAt: '000001767225600000.0000.dev1',
  deviceId: 'dev1',
  rev: 1,
  deleted: false,
};

describe('example data generator', () => {
  const a = generateExampleData(process, { seed: 7, firstDay: '2026-01-12' });

  it('is deterministic for a seed and differs between seeds', () => {
    expect(generateExampleData(process, { seed: 7, firstDay: '2026-01-12' })).toEqual(a);
    expect(generateExampleData(process, { seed: 8, firstDay: '2026-01-12' }).contributions[0]!.id).not.toBe(
      a.contributions[0]!.id,
    );
  });

  it('makes about 10 meetings across the buurten, a few hundred contributions, attendance counts', () => {
    expect(a.meetings).toHaveLength(10);
    expect(new Set(a.meetings.map((m) => m.buurtId)).size).toBe(8); // all 8 Zuid buurten
    expect(a.contributions.length).toBeGreaterThanOrEqual(250);
    expect(a.contributions.length).toBeLessThanOrEqual(350);
    expect(a.attendance).toHaveLength(10);
    const sources = new Set(a.contributions.map((c) => c.source));
    expect(sources).toEqual(new Set(['facilitator', 'kiosk']));
    expect(a.contributions.some((c) => c.selfGroupIds.length > 0)).toBe(true);
    expect(a.contributions.some((c) => c.observedGroupIds.length > 0)).toBe(true);
  });

  it('produces valid records, every meeting marked as example', () => {
    for (const m of a.meetings) {
      expect(meetingSchema.safeParse(m).success).toBe(true);
      expect(m.location.startsWith(EXAMPLE_MARK)).toBe(true);
      expect(m.notes).toContain('Voorbeeldgegevens');
    }
    for (const c of a.contributions) expect(contributionSchema.safeParse(c).success).toBe(true);
    for (const r of a.attendance) expect(attendanceSchema.safeParse(r).success).toBe(true);
    const ids = [...a.meetings, ...a.contributions, ...a.attendance].map((r) => r.id);
    expect(new Set(ids).size).toBe(ids.length);
  });

  it('shows at least one under-represented group, so the reach screen has something to mark', () => {
    const reach = computeReach(a, process);
    expect(reach.area.groups.some((g) => g.underIn.length > 0)).toBe(true);
  });

  it('scales to the size asked (the bench asks 100,000 in 200 meetings)', () => {
    const big = generateExampleData(process, { seed: 1, meetings: 40, contributions: 20_000 });
    expect(big.meetings).toHaveLength(40);
    expect(big.contributions.length).toBeGreaterThan(19_800);
    expect(big.contributions.length).toBeLessThan(20_200);
  }, 60_000);
});

describe('loading and removing example data', () => {
  beforeEach(async () => {
    db.close();
    await db.delete();
    resetDeviceCache();
    await db.open();
  });

  it('loads in one step and removes exactly those records in one step', async () => {
    const p = await saveProcessConfig(config);
    const marker = await loadExampleData(p, 3, new Date('2026-03-01T12:00:00Z'));
    const loaded = await readAnalysisData(p.id);
    expect(loaded.meetings).toHaveLength(10);
    expect(loaded.contributions.length).toBe(marker.ids.contributions.length);
    // stamped as local changes of this device
    expect(loaded.contributions.every((c) => typeof (c as { localSeq?: number }).localSeq === 'number')).toBe(
      true,
    );
    // loading again does nothing
    await loadExampleData(p, 3);
    expect(await db.meetings.count()).toBe(10);

    // the user's own record in an example meeting stays
    const own = await addContribution({
      processId: p.id,
      meetingId: marker.ids.meetings[0]!,
      kind: 'idee',
      text: 'Mijn eigen inbreng',
      themeIds: [],
      observedGroupIds: [],
      selfGroupIds: [],
      source: 'facilitator',
      agreeCount: 0,
      themeAssessments: {},
    });
    const removed = await removeExampleData();
    expect(removed).toBe(10 + 10 + marker.ids.contributions.length);
    expect(await db.meetings.count()).toBe(0);
    expect(await db.attendance.count()).toBe(0);
    expect((await db.contributions.toArray()).map((c) => c.id)).toEqual([own.id]);
    expect(await getExampleMarker()).toBeUndefined();
    expect(await removeExampleData()).toBe(0);
  });
});
