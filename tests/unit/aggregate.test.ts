import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { SEP, splitOnce } from '../../src/domain/analysis/aggregates';
import { computeOverview } from '../../src/domain/analysis/overview';
import { cellOf, computeReach, type ScopeReach } from '../../src/domain/analysis/reach';
import { isSuppressed, suppressCount } from '../../src/domain/analysis/suppress';
import { bucketRange, weekOf } from '../../src/domain/analysis/time';
import { data, M1, M2, M3, process, uuid } from './analysisFixture';

// Every expected number below is worked out by hand from tests/unit/analysisFixture.ts.

describe('overview', () => {
  const o = computeOverview(data, process);

  it('counts live contributions of live meetings of this process only', () => {
    // facilitator f1 f2 f3 f5 f6 f7 f8 = 7 (f4 deleted; f9 in a deleted meeting; x1 other process)
    // kiosk k1..k7 = 7 (k8 has an unknown meeting)           7 + 7 = 14
    expect(o.contributions).toBe(14);
    expect(o.bySource).toEqual({ facilitator: 7, kiosk: 7 });
    expect(o.meetings).toBe(3); // M1 M2 M3 (M4 deleted)
    // respondents R1 (k1+k2 = one person), R2, R3, R4, R5, and k7 on its own = 6
    expect(o.respondents).toBe(6);
    expect(o.attendance).toBe(38); // 10 + 8 + 20 (the second count of M3, 99, is ignored)
    expect(o.orphans).toBe(2); // k8 (unknown meeting) and f9 (deleted meeting)
  });

  it('counts per kind and per theme (a contribution with two themes counts for both)', () => {
    // idee: f1 f6 f7 k2 k5 = 5; knelpunt: f2 k3 = 2; mening: f3 k1 k6 k7 = 4; behoefte: f5 k4 = 2;
    // ervaring: f8 = 1                                                   5+2+4+2+1 = 14
    expect(o.byKind).toEqual({
      mening: 4,
      standpunt: 0,
      belang: 0,
      idee: 5,
      ervaring: 1,
      knelpunt: 2,
      behoefte: 2,
    });
    // ontmoeten: f1 f2 f6 k1 k3 k7 = 6; wonen: f2 f8 k2 k4 k6 = 5; jeugd: f5 f6 f7 k5 = 4
    expect(o.byTheme.map((t) => [t.themeId, t.count])).toEqual([
      ['ontmoeten', 6],
      ['wonen', 5],
      ['jeugd', 4],
    ]);
    // ontmoeten: idee f1 f6 = 2, knelpunt f2 k3 = 2, mening k1 k7 = 2
    expect(o.byTheme[0]!.byKind).toMatchObject({ idee: 2, knelpunt: 2, mening: 2, behoefte: 0 });
    expect(o.withoutTheme).toBe(1); // f3
  });

  it('counts per buurt', () => {
    // noord: M1 f1 f2 f3 k1 k2 k3 = 6, M2 f5 f6 f7 = 3 → 9; attendance 10 + 8 = 18
    // zuid:  M3 f8 k4 k5 k6 k7 = 5; attendance 20
    expect(o.byBuurt).toEqual([
      { buurtId: 'noord', contributions: 9, meetings: 2, attendance: 18 },
      { buurtId: 'zuid', contributions: 5, meetings: 1, attendance: 20 },
    ]);
  });

  it('counts over time per ISO week, with empty weeks in between', () => {
    // 2026-03-02 → 2026-04-20 is 49 days (≤ 16 weeks) → weeks. 1 Jan 2026 is a Thursday, so week 1
    // starts Mon 29 Dec 2025; 2 March is 63 days later → week 10; 12 March → week 11; 20 April → week 17.
    expect(o.granularity).toBe('week');
    expect(o.timeline.map((p) => [p.key, p.count])).toEqual([
      ['2026-W10', 6],
      ['2026-W11', 3],
      ['2026-W12', 0],
      ['2026-W13', 0],
      ['2026-W14', 0],
      ['2026-W15', 0],
      ['2026-W16', 0],
      ['2026-W17', 5],
    ]);
    expect(o.timeline[0]!.start).toBe('2026-03-02');
  });

  it('counts per month on request', () => {
    const m = computeOverview(data, process, {}, { granularity: 'month' });
    expect(m.timeline.map((p) => [p.key, p.count])).toEqual([
      ['2026-03', 9],
      ['2026-04', 5],
    ]);
  });

  it('lists the most recent contributions with their meeting', () => {
    const r = computeOverview(data, process, {}, { recent: 3 }).recent;
    // newest counted ones: k7 (207), k6 (206), k5 (205), all of M3
    expect(r.map((x) => x.contribution.id)).toEqual([uuid(207), uuid(206), uuid(205)]);
    expect(r.every((x) => x.meeting.id === M3.id)).toBe(true);
  });

  it('filters by buurt, meeting, period, work form, source, theme and group', () => {
    const zuid = computeOverview(data, process, { buurtIds: ['zuid'] });
    expect([zuid.contributions, zuid.meetings, zuid.respondents, zuid.attendance]).toEqual([5, 1, 4, 20]);
    // kiosk + wonen: k2 k4 k6
    expect(computeOverview(data, process, { sources: ['kiosk'], themeIds: ['wonen'] }).contributions).toBe(3);
    // jong observed or self-stated: f2 f5 f6 f7 k4 k5 k7
    expect(computeOverview(data, process, { groupIds: ['jong'] }).contributions).toBe(7);
    // 10–31 March: only M2 (f5 f6 f7)
    const march = computeOverview(data, process, { from: '2026-03-10', to: '2026-03-31' });
    expect([march.contributions, march.meetings]).toEqual([3, 1]);
    // both ends included: from = to = the day of M1
    expect(computeOverview(data, process, { from: '2026-03-02', to: '2026-03-02' }).contributions).toBe(6);
    expect(computeOverview(data, process, { workForms: ['tafelgesprek'] }).contributions).toBe(6);
    expect(computeOverview(data, process, { meetingIds: [M2.id] }).contributions).toBe(3);
  });
});

describe('representation index and status of one cell', () => {
  // cellOf(count, base, population share, k, threshold)
  it('index = share heard / population share', () => {
    const c = cellOf(6, 18, 0.2, 3, 0.5); // 6/18 = 0.3333; 0.3333 / 0.2 = 1.6667
    expect(c.share).toBeCloseTo(1 / 3, 10);
    expect(c.index).toBeCloseTo(5 / 3, 10);
    expect(c.status).toBe('ok');
  });
  it('exactly at the threshold is not under-represented', () => {
    expect(cellOf(4, 20, 0.4, 3, 0.5)).toMatchObject({ index: 0.5, status: 'ok' }); // 0.2 / 0.4 = 0.5
  });
  it('below the threshold is under-represented', () => {
    const c = cellOf(3, 20, 0.4, 3, 0.5); // 0.15 / 0.4 = 0.375 < 0.5
    expect(c.index).toBeCloseTo(0.375, 10);
    expect(c.status).toBe('under');
  });
  it('a hidden count (< k) is under-represented only when even k−1 people would be', () => {
    // k = 5: 4 / 100 / 0.3 = 0.133 < 0.5 → under, without showing the count or the index
    expect(cellOf(1, 100, 0.3, 5, 0.5)).toMatchObject({ suppressed: true, index: null, status: 'under' });
    // 4 / 10 / 0.3 = 1.33 ≥ 0.5 → too few to say
    expect(cellOf(1, 10, 0.3, 5, 0.5)).toMatchObject({ suppressed: true, index: null, status: 'unknown' });
  });
  it('no one heard, or no population share', () => {
    expect(cellOf(0, 0, 0.3, 5, 0.5).status).toBe('none');
    expect(cellOf(7, 10, null, 5, 0.5)).toMatchObject({ share: 0.7, index: null, status: 'nopop' });
  });
});

describe('reach', () => {
  const r = computeReach(data, process);
  const group = (s: ScopeReach, id: string) => s.groups.find((g) => g.groupId === id)!;
  const noord = r.buurten.find((b) => b.buurtId === 'noord')!;
  const zuid = r.buurten.find((b) => b.buurtId === 'zuid')!;

  it('takes k and the threshold from the configuration', () => {
    expect([r.k, r.threshold]).toEqual([3, 0.5]);
  });

  it('bases: respondents, facilitator contributions and people counted', () => {
    // area: respondents 6; facilitator f1 f2 f3 f5 f6 f7 f8 = 7; people 38
    expect(r.area.bases).toEqual({ self: 6, observed: 7, attendance: 38 });
    expect(r.area.selfNoAnswer).toBe(1); // R2
    // noord: R1 R2 = 2; f1 f2 f3 f5 f6 f7 = 6; 10 + 8 = 18
    expect(noord.bases).toEqual({ self: 2, observed: 6, attendance: 18 });
    // zuid: R3 R4 R5 k7 = 4; f8 = 1; 20
    expect(zuid.bases).toEqual({ self: 4, observed: 1, attendance: 20 });
  });

  it('self-stated, observed and attendance stay three separate numbers (whole area)', () => {
    const jong = group(r.area, 'jong');
    expect(jong.population).toBe(0.3);
    // self: R3 R4 k7 = 3 of 6 → 0.5; index 0.5 / 0.3 = 1.667
    expect(jong.self).toMatchObject({ count: 3, base: 6, share: 0.5, suppressed: false, status: 'ok' });
    expect(jong.self.index).toBeCloseTo(1.6667, 4);
    // observed: f2 f5 f6 f7 = 4 of 7 → 0.5714; index 1.9048
    expect(jong.observed).toMatchObject({ count: 4, base: 7, status: 'ok' });
    expect(jong.observed.index).toBeCloseTo(1.9048, 4);
    // attendance: 1 + 5 + 3 = 9 of 38 → 0.2368; index 0.7895
    expect(jong.attendance).toMatchObject({ count: 9, base: 38, status: 'ok' });
    expect(jong.attendance.index).toBeCloseTo(0.7895, 4);

    const oud = group(r.area, 'oud');
    // self: R1 R4 = 2 < k=3 → hidden; even 2 of 6 → 0.333 / 0.25 = 1.33 ≥ 0.5 → unknown
    expect(oud.self).toMatchObject({ count: 2, suppressed: true, index: null, status: 'unknown' });
    // observed: f1 f2 f8 = 3 of 7 → 0.4286 / 0.25 = 1.714
    expect(oud.observed.index).toBeCloseTo(1.7143, 4);
    // attendance: 6 + 1 + 3 = 10 of 38 → 0.2632 / 0.25 = 1.053
    expect(oud.attendance.index).toBeCloseTo(1.0526, 4);

    const stil = group(r.area, 'stil');
    // attendance: nobody counted, 0 of 38 → under; a zero discloses nobody and is shown as 0
    expect(stil.attendance).toMatchObject({ count: 0, suppressed: false, hidden: null, status: 'under' });
    // self: 0 of 6, observed: 0 of 7: zeros are shown (they single nobody out) and say "under"
    expect([stil.self.status, stil.observed.status]).toEqual(['under', 'under']);
    expect(stil.underIn).toEqual(['self', 'observed', 'attendance']);
  });

  it('per buurt against the buurt’s own population share', () => {
    const nJong = group(noord, 'jong');
    expect(nJong.population).toBe(0.2);
    // observed: f2 f5 f6 f7 = 4 of 6 in Noord. Zuid has 1 observed contribution ("<3"), all
    // buurten 7: Noord's base 6 would give Zuid's 1 away (7 − 6), so it is hidden as a complement,
    // and with it Noord's shares (4 / share would give the base).
    expect(nJong.observed).toMatchObject({
      count: 4,
      baseHidden: 'complement',
      suppressed: true,
      index: null,
    });
    expect(nJong.observed.status).toBe('unknown');
    // attendance: 1 + 5 = 6 of 18 → 0.3333 / 0.2 = 1.667
    expect(nJong.attendance.index).toBeCloseTo(1.6667, 4);
    // self: 0 of 2, hidden; even 2 of 2 → 1 / 0.2 = 5 → unknown
    expect(nJong.self.status).toBe('unknown');
    const nOud = group(noord, 'oud');
    // attendance: 6 + 1 = 7 of 18 → 0.3889 / 0.5 = 0.7778
    expect(nOud.attendance.index).toBeCloseTo(0.7778, 4);

    const zJong = group(zuid, 'jong');
    // attendance: 3 of 20 → 0.15 / 0.4 = 0.375 < 0.5 → under-represented in Zuid
    expect(zJong.attendance.index).toBeCloseTo(0.375, 10);
    expect(zJong.attendance.status).toBe('under');
    expect(zJong.underIn).toEqual(['attendance']);
    // self: R3 R4 k7 = 3 of 4 → 0.75 / 0.4 = 1.875, but Noord's 2 respondents are hidden and all
    // buurten have 6: Zuid's base 4 is hidden as their complement, and so is its share.
    expect(zJong.self).toMatchObject({ count: 3, baseHidden: 'complement', suppressed: true, index: null });
    // stil has no population share in Zuid
    expect(group(zuid, 'stil').self.status).toBe('nopop');
  });

  it('suggests the work forms that reached a group best (at least k people), per measure', () => {
    const jong = group(r.area, 'jong');
    // attendance: straatgesprek 5 of 8 = 0.625; inloop 3 of 20 = 0.15; tafelgesprek 1 (< k, left out)
    expect(jong.bestWorkForms.attendance.map((w) => [w.workForm, w.count, w.base])).toEqual([
      ['straatgesprek', 5, 8],
      ['inloop', 3, 20],
    ]);
    // observed: straatgesprek 3 of 3; self: inloop 3 of 4
    expect(jong.bestWorkForms.observed.map((w) => w.workForm)).toEqual(['straatgesprek']);
    expect(jong.bestWorkForms.self.map((w) => w.workForm)).toEqual(['inloop']);
    // oud, attendance: tafelgesprek 6 of 10 = 0.6; inloop 3 of 20 = 0.15
    expect(group(r.area, 'oud').bestWorkForms.attendance.map((w) => w.workForm)).toEqual([
      'tafelgesprek',
      'inloop',
    ]);
  });

  it('the group filter chooses rows without changing the shares', () => {
    const only = computeReach(data, process, { groupIds: ['jong'] });
    expect(only.area.groups.map((g) => g.groupId)).toEqual(['jong']);
    expect(only.area.groups[0]!.self.share).toBe(0.5);
  });

  it('with one buurt in the filter, the whole compares to that buurt’s share', () => {
    const z = computeReach(data, process, { buurtIds: ['zuid'] });
    expect(z.buurten.map((b) => b.buurtId)).toEqual(['zuid']);
    const jong = group(z.area, 'jong');
    expect(jong.population).toBe(0.4);
    expect(jong.self.index).toBeCloseTo(1.875, 10); // 3 of 4 = 0.75 / 0.4
  });

  it('the source filter leaves the other measure without data', () => {
    const kiosk = computeReach(data, process, { sources: ['kiosk'] });
    expect(kiosk.area.bases.observed).toBe(0);
    expect(group(kiosk.area, 'jong').observed.status).toBe('none');
    expect(kiosk.area.bases.attendance).toBe(38); // attendance follows the meeting filters only
  });

  it('uses the meeting-level counts of M1 and M2 only when filtered to them', () => {
    const r2 = computeReach(data, process, { meetingIds: [M1.id, M2.id] });
    expect(r2.area.bases).toEqual({ self: 2, observed: 6, attendance: 18 });
  });
});

describe('small-group suppression', () => {
  it('shows fewer than k as "<k"', () => {
    expect(suppressCount(4, 5)).toBe('<5');
    expect(suppressCount(0, 5)).toBe(0);
    expect(suppressCount(5, 5)).toBe(5);
    expect(suppressCount(2, 3)).toBe('<3');
    expect([isSuppressed(4, 5), isSuppressed(5, 5)]).toEqual([true, false]);
  });
});

describe('calendar buckets', () => {
  it('ISO weeks at year boundaries', () => {
    expect(weekOf('2026-01-01').key).toBe('2026-W01'); // Thursday
    expect(weekOf('2025-12-29')).toEqual({ key: '2026-W01', start: '2025-12-29' }); // Monday of that week
    expect(weekOf('2027-01-01').key).toBe('2026-W53'); // Friday; 2026 has 53 weeks
    expect(weekOf('2026-03-08').key).toBe('2026-W10'); // Sunday ends week 10
  });
  it('month ranges over a year end', () => {
    expect(bucketRange('2025-11-15', '2026-02-01', 'month').map((b) => b.key)).toEqual([
      '2025-11',
      '2025-12',
      '2026-01',
      '2026-02',
    ]);
  });
  it('keeps the fixture meetings on the days stated', () => {
    expect([M1, M2, M3].map((m) => weekOf(m.startsAt.slice(0, 10)).key)).toEqual([
      '2026-W10',
      '2026-W11',
      '2026-W17',
    ]);
  });
});

describe('counter keys split once (splitOnce)', () => {
  const plain = (s: string) => {
    const i = s.indexOf(SEP);
    return i < 0 ? [s, ''] : [s.slice(0, i), s.slice(i + 1)];
  };

  it('split at the first separator, as often as asked, also past the kept number of keys', () => {
    fc.assert(
      fc.property(fc.array(fc.string(), { minLength: 1, maxLength: 4 }), (parts) => {
        const key = parts.join(SEP);
        expect(splitOnce(key)).toEqual(plain(key));
        expect(splitOnce(key)).toEqual(plain(key));
      }),
      { numRuns: 500 },
    );
    // More distinct keys than are kept: the kept ones are dropped, the answers stay the same.
    for (let i = 0; i < 60_000; i++) splitOnce(`theme${SEP}t${i}${SEP}kind`);
    for (const i of [0, 49_999, 50_000, 59_999])
      expect(splitOnce(`theme${SEP}t${i}${SEP}kind`)).toEqual(['theme', `t${i}${SEP}kind`]);
  });
});
