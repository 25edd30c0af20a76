import { readFileSync } from 'node:fs';
import { beforeEach, describe, expect, it } from 'vitest';
import { addEarlierFindings } from '../../src/db/earlierFindings';
import { closeMeeting, planMeeting } from '../../src/db/meetings';
import { saveProcessConfig } from '../../src/db/processes';
import { loadAnalysisData, loadEvaluationInput } from '../../src/db/readModels';
import { db } from '../../src/db/schema';
import { computeReach } from '../../src/domain/analysis/reach';
import { evaluationFigures, experienceRows } from '../../src/domain/evaluation';
import type { Experience } from '../../src/domain/experience';
import { configFileSchema } from '../../src/domain/process';
import { freshDb } from '../helpers/freshDb';

const config = configFileSchema.parse(JSON.parse(readFileSync('public/config.json', 'utf8'))).process;

beforeEach(freshDb);

const plan = (processId: string) =>
  planMeeting({
    processId,
    buurtId: 'de-heeg',
    location: 'Buurthuis',
    startsAt: '2026-03-05T19:30:00',
    workForm: 'tafelgesprek',
    workFormOther: '',
    facilitators: [],
  });

describe('the experience question at meeting close', () => {
  it('is stored with the closing, in one transaction, and reported hidden under k', async () => {
    const p = await saveProcessConfig(config);
    const m = await plan(p.id);
    await closeMeeting(m.id, '', [], { who: 'sleutelfiguur', rating: 'goed', comment: ' Fijn ' });
    const [e] = await db.experiences.toArray();
    expect(e).toMatchObject({
      processId: p.id,
      meetingId: m.id,
      who: 'sleutelfiguur',
      rating: 'goed',
      comment: 'Fijn',
    });
    expect((await db.meetings.get(m.id))!.status).toBe('afgesloten');
    const f = evaluationFigures(await loadEvaluationInput(p));
    expect(f.experiences).toEqual([
      { who: 'sleutelfiguur', total: '<5', byRating: { goed: '<5', 'gaat-wel': 0, 'niet-goed': 0 } },
    ]);
  });

  it('a refused experience leaves the meeting open (both or neither)', async () => {
    const p = await saveProcessConfig(config);
    const m = await plan(p.id);
    await expect(
      closeMeeting(m.id, '', [], { who: 'sleutelfiguur', rating: 'super' as never, comment: '' }),
    ).rejects.toThrow();
    expect((await db.meetings.get(m.id))!.status).toBe('gepland');
    expect(await db.experiences.count()).toBe(0);
  });

  it('hides a small rating and a second one, so the total does not give it away', () => {
    const ex = (who: Experience['who'], rating: Experience['rating'], n: number) =>
      Array.from({ length: n }, () => ({ who, rating }) as Experience);
    const rows = experienceRows(
      [...ex('resident', 'goed', 9), ...ex('resident', 'niet-goed', 2), ...ex('resident', 'gaat-wel', 6)],
      5,
    );
    expect(rows).toEqual([
      { who: 'resident', total: 17, byRating: { goed: 9, 'gaat-wel': 'x', 'niet-goed': '<5' } },
    ]);
  });
});

describe('earlier findings in the database', () => {
  it('an import stores every row in one write, and the analysis reads them (never in reach)', async () => {
    const p = await saveProcessConfig(config);
    const before = computeReach(await loadAnalysisData(p.id), p);
    const rows = [1, 2, 3].map((i) => ({
      processId: p.id,
      date: '2024-03-14',
      source: `Stadsdeelbezoek ${i}`,
      sourceKind: 'stadsdeelbezoek' as const,
      themeIds: ['ontmoeten'],
      kind: 'knelpunt' as const,
      text: `Bevinding ${i}`,
    }));
    expect(await addEarlierFindings(rows)).toBe(3);
    const data = await loadAnalysisData(p.id);
    expect(data.findings).toHaveLength(3);
    expect(computeReach(data, p)).toEqual(before);
    // One bad row: nothing stored.
    await expect(addEarlierFindings([...rows, { ...rows[0]!, text: '' }])).rejects.toThrow();
    expect(await db.earlierFindings.count()).toBe(3);
  });
});
