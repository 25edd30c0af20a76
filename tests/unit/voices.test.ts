import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { computeOverview } from '../../src/domain/analysis/overview';
import { computeReach } from '../../src/domain/analysis/reach';
import { reportTables } from '../../src/domain/analysis/report';
import { determinedCells } from '../../src/domain/analysis/suppress';
import { votesResults, votesTable } from '../../src/domain/analysis/votesReport';
import type { Contribution } from '../../src/domain/contribution';
import { contributionSchema } from '../../src/domain/contribution';
import {
  type EarlierFinding,
  earlierFindingSchema,
  type FindingCsvReason,
  findingCsvNames,
  findingsTemplateText,
  parseFindingDate,
  parseFindingsCsv,
} from '../../src/domain/earlierFinding';
import type { Process } from '../../src/domain/process';
import { countsInReach, findingMatches, voiceOf } from '../../src/domain/voices';
import { en } from '../../src/i18n/en';
import { nl, translateNl } from '../../src/i18n/nl';
import { createTranslator } from '../../src/i18n/translator';
import { item, vote } from './agendaFixture';
import { data, M1, M2, M3, PROCESS_ID, process, uuid } from './analysisFixture';

const partner = (n: number, extra: Partial<Contribution> = {}): Contribution => ({
  ...data.contributions[0]!,
  id: uuid(n),
  meetingId: M1.id,
  text: `Partner ${n}`,
  themeIds: ['jeugd'],
  observedGroupIds: ['jong', 'oud'],
  speaker: 'partner',
  speakerName: 'Trajekt',
  ...extra,
});

const finding = (n: number, extra: Partial<EarlierFinding> = {}): EarlierFinding => ({
  id: uuid(n),
  createdAt: '2026-01-01T10:00:00.000Z',
  updatedAt: '001767261600000.0000.dev1',
  deviceId: 'dev1',
  rev: 1,
  deleted: false,
  processId: PROCESS_ID,
  date: '2024-03-14',
  source: 'Stadsdeelbezoek Zuid 2024',
  sourceKind: 'stadsdeelbezoek',
  buurtId: 'noord',
  themeIds: ['jeugd'],
  kind: 'knelpunt',
  text: 'Te weinig te doen voor jongeren',
  ...extra,
});

describe('who spoke: partners and professionals stay out of reach', () => {
  it('an old record without a speaker is a resident, also after the schema', () => {
    const old = { ...data.contributions[0]!, updatedAt: '001767261600000.0000.dev1' };
    delete (old as Partial<Contribution>).speaker;
    expect(countsInReach(old)).toBe(true);
    expect(voiceOf(old)).toBe('resident');
    expect(contributionSchema.parse(old).speaker).toBeUndefined();
    expect(contributionSchema.safeParse({ ...old, speaker: 'wethouder' }).success).toBe(false);
  });

  it('adding partner and professional contributions (tagged with groups) changes no reach figure', () => {
    const before = computeReach(data, process);
    const withOthers = {
      ...data,
      contributions: [
        ...data.contributions,
        partner(501),
        partner(502, { speaker: 'professional', speakerName: 'wijkagent', meetingId: M3.id }),
        partner(503, { source: 'kiosk', respondentId: uuid(950), selfGroupIds: ['jong'] }),
      ],
    };
    const after = computeReach(withOthers, process);
    expect(after).toEqual(before);
    // The overview counts them apart: not in the residents' figures, but in the themes, marked.
    const o0 = computeOverview(data, process);
    const o = computeOverview(withOthers, process);
    expect(o.contributions).toBe(o0.contributions);
    expect(o.respondents).toBe(o0.respondents);
    expect(o.bySource).toEqual(o0.bySource);
    expect(o.bySpeaker).toEqual({ partner: 2, professional: 1 });
    const jeugd0 = o0.byTheme.find((t) => t.themeId === 'jeugd')!;
    const jeugd = o.byTheme.find((t) => t.themeId === 'jeugd')!;
    expect(jeugd.count).toBe(jeugd0.count + 3);
    expect(jeugd.residents).toBe(jeugd0.count);
    expect(jeugd.partners).toBe(3);
    expect(jeugd.earlier).toBe(0);
  });
});

describe('earlier findings: in the themes, never in reach', () => {
  const findings = [
    finding(601),
    finding(602, { buurtId: undefined, themeIds: ['wonen', 'wonen'], kind: 'behoefte' }),
    finding(603, { buurtId: 'zuid', date: '2023-11-02', themeIds: ['ontmoeten'] }),
    finding(604, { deleted: true }),
    finding(605, { processId: uuid(2) }),
  ];
  const withFindings = { ...data, findings };

  it('count in the themes, marked as earlier, and change no reach figure', () => {
    expect(computeReach(withFindings, process)).toEqual(computeReach(data, process));
    const o0 = computeOverview(data, process);
    const o = computeOverview(withFindings, process);
    expect(o.earlier).toBe(3);
    expect(o.contributions).toBe(o0.contributions);
    expect(o.timeline).toEqual(o0.timeline);
    const th = (ov: typeof o, id: string) => ov.byTheme.find((t) => t.themeId === id)!;
    expect(th(o, 'jeugd')).toMatchObject({ count: th(o0, 'jeugd').count + 1, earlier: 1 });
    expect(th(o, 'wonen')).toMatchObject({ count: th(o0, 'wonen').count + 1, earlier: 1 }); // twice counts once
    expect(th(o, 'wonen').byKind.behoefte).toBe(th(o0, 'wonen').byKind.behoefte + 1);
    expect(th(o, 'ontmoeten').earlier).toBe(1);
  });

  it('follow the buurt, period and theme filters; a filter on meeting, work form, source or group leaves them out', () => {
    const count = (f: Parameters<typeof computeOverview>[2]) =>
      computeOverview(withFindings, process, f).earlier;
    expect(count({ buurtIds: ['noord'] })).toBe(2); // noord and the area-wide one
    expect(count({ buurtIds: ['zuid'] })).toBe(2);
    expect(count({ from: '2024-01-01' })).toBe(2);
    expect(count({ to: '2023-12-31' })).toBe(1);
    expect(count({ themeIds: ['wonen'] })).toBe(1);
    expect(count({ meetingIds: [M1.id] })).toBe(0);
    expect(count({ workForms: ['inloop'] })).toBe(0);
    expect(count({ sources: ['kiosk'] })).toBe(0);
    expect(count({ groupIds: ['jong'] })).toBe(0);
    expect(findingMatches(findings[0]!, {})).toBe(true);
    expect(voiceOf(findings[0]!)).toBe('earlier');
  });

  it('the export keeps them in their own table and marks partners in the contributions table', () => {
    const t = translateNl;
    const tables = reportTables(
      {
        ...data,
        contributions: [...data.contributions, partner(501)],
        earlierFindings: findings,
      },
      process,
      t,
    );
    expect(tables.map((x) => x.name)).toEqual([
      'inbreng',
      'bijeenkomsten',
      'aanwezigheid',
      'bereik',
      'eerdere-bevindingen',
      'stippen',
    ]);
    const contributions = tables[0]!;
    const row = contributions.rows.find((r) => r[0] === uuid(501))!;
    const col = (name: string) => contributions.columns.indexOf(name);
    expect(row[col('wie sprak')]).toBe('Organisatie of partner');
    expect(row[col('organisatie of partner')]).toBe('Trajekt');
    const meetings = tables[1]!;
    const m1 = meetings.rows.find((r) => r[0] === M1.id)!;
    expect(m1[meetings.columns.indexOf('aantal van partners en professionals')]).toBe(1);
    expect(m1[meetings.columns.indexOf('aantal inbreng')]).toBe(6); // f1–f3 and k1–k3 (f4 is deleted)
    const earlier = tables[4]!;
    expect(earlier.rows).toHaveLength(3);
    expect(earlier.rows[0]).toEqual([
      uuid(603),
      { day: '2023-11-02' },
      'Stadsdeelbezoek Zuid 2024',
      'Stadsdeelbezoek',
      'Zuid',
      'Knelpunt',
      'Ontmoeten',
      'Te weinig te doen voor jongeren',
    ]);
    expect(earlier.rows.some((r) => r[4] === 'Alle buurten')).toBe(true);
  });
});

describe('earlier findings CSV template', () => {
  const dir = join(__dirname, '../fixtures/findings');
  const read = (name: string) => readFileSync(join(dir, name), 'utf8');
  const ctx = {
    processId: PROCESS_ID,
    today: '2026-05-01',
    buurten: process.buurten,
    themes: process.themes,
    ...findingCsvNames(translateNl),
  };

  it('reads a filled-in template: Dutch dates, names or ids, quotes and line breaks, blank lines', () => {
    const r = parseFindingsCsv(read('good.csv'), ctx);
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(r.rows).toEqual([
      {
        processId: PROCESS_ID,
        date: '2024-03-14',
        source: 'Stadsdeelbezoek Zuid, voorjaar 2024',
        sourceKind: 'stadsdeelbezoek',
        buurtId: 'noord',
        themeIds: ['ontmoeten'],
        kind: 'knelpunt',
        text: 'Te weinig plekken om elkaar te ontmoeten in de avond.',
      },
      {
        processId: PROCESS_ID,
        date: '2023-11-02',
        source: 'Enquête mantelzorgers 2023',
        sourceKind: 'enquete-mantelzorgers',
        themeIds: ['ontmoeten', 'wonen'],
        kind: 'behoefte',
        text: 'Mantelzorgers willen; vaker "even weg"',
      },
      {
        processId: PROCESS_ID,
        date: '2024-09-05',
        source: 'Besturen gemeenschapshuizen',
        sourceKind: 'gemeenschapshuizen',
        buurtId: 'zuid',
        themeIds: ['wonen'],
        kind: 'knelpunt',
        text: 'Het dak lekt,\r\nen de huur stijgt.',
      },
    ]);
    // Every row is a valid record once stamped.
    for (const row of r.rows) {
      const rec = { ...finding(700), ...row };
      expect(earlierFindingSchema.safeParse(rec).success).toBe(true);
    }
  });

  it('the downloadable template (Dutch and English) reads back as its two example lines', () => {
    for (const t of [translateNl, createTranslator(en, nl, 'en')]) {
      const text = findingsTemplateText(t);
      expect(text.startsWith('\uFEFF')).toBe(true);
      const r = parseFindingsCsv(text, { ...ctx, ...findingCsvNames(t) });
      expect(r.ok && r.rows.map((x) => [x.date, x.sourceKind, x.kind])).toEqual([
        ['2024-03-14', 'stadsdeelbezoek', 'knelpunt'],
        ['2023-11-02', 'enquete-mantelzorgers', 'behoefte'],
      ]);
    }
  });

  const cases: [FindingCsvReason, number, string | undefined][] = [
    ['empty', 0, undefined],
    ['header', 1, 'bron'],
    ['quote', 2, undefined],
    ['columns', 2, undefined],
    ['tooMany', 0, '5001'],
    ['date', 3, '31-02-2024'],
    ['future', 2, '14-03-2099'],
    ['source', 2, undefined],
    ['sourceLong', 2, undefined],
    ['text', 2, undefined],
    ['textLong', 2, undefined],
    ['buurt', 2, 'Atlantis'],
    ['theme', 2, 'Ruimtevaart'],
    ['kind', 2, 'klacht'],
    ['sourceKind', 2, 'krant'],
  ];
  for (const [reason, row, value] of cases) {
    it(`refuses ${reason}.csv, naming the row, with a Dutch message`, () => {
      const r = parseFindingsCsv(read(`${reason}.csv`), ctx);
      expect(r.ok).toBe(false);
      if (r.ok) return;
      expect(r.problem).toEqual(value === undefined ? { reason, row } : { reason, row, value });
      const message = translateNl(`earlier.csv.err.${reason}`, { row, value: value ?? '' });
      expect(message).not.toMatch(/\{|\}/);
      if (row > 0) expect(message).toContain(`Regel ${row}`);
    });
  }

  it('reads dates as dd-mm-jjjj, d-m-jjjj, with / or ., and ISO; refuses what is no day', () => {
    expect(parseFindingDate('5-9-2024')).toBe('2024-09-05');
    expect(parseFindingDate('05/09/2024')).toBe('2024-09-05');
    expect(parseFindingDate('29-02-2024')).toBe('2024-02-29');
    expect(parseFindingDate('29-02-2023')).toBeNull();
    expect(parseFindingDate('2024-13-01')).toBeNull();
    expect(parseFindingDate('14 maart 2024')).toBeNull();
  });
});

describe('votes in the exports: per item, buurt and group, with suppression', () => {
  const k = 5;
  const p: Process = { ...process, settings: { ...process.settings, minGroupSize: k, dotsPerResident: 3 } };
  const I1 = item(31, { title: 'Ontmoetingsplek', position: 0 });
  const I2 = item(32, { title: 'Bankjes', position: 1 });
  // noord (M1, M2): 7 kiosk residents; zuid (M3): 2 kiosk residents + a paper sheet of 4 people.
  const votes = [
    ...Array.from({ length: 7 }, (_, i) =>
      vote(800 + i, i % 2 ? M1 : M2, {
        source: 'kiosk',
        respondentId: uuid(850 + i),
        allocations: { [I1.id]: 2, [I2.id]: 1 },
        selfGroupIds: i < 6 ? ['oud'] : ['jong'],
      }),
    ),
    vote(810, M3, {
      source: 'kiosk',
      respondentId: uuid(860),
      allocations: { [I1.id]: 3 },
      selfGroupIds: ['jong'],
    }),
    vote(811, M3, {
      source: 'kiosk',
      respondentId: uuid(861),
      allocations: { [I2.id]: 3 },
      selfGroupIds: ['jong'],
    }),
    vote(812, M3, { source: 'paper', allocations: { [I1.id]: 5, [I2.id]: 7 }, participants: 4 }),
  ];
  const meetings = [M1, M2, M3];

  it('hides a buurt of fewer than k people as "<k" and, where the totals would give it away, a second column as "x"', () => {
    const [{ r }] = votesResults(votes, [I1, I2], meetings, p) as [ReturnType<typeof votesResults>[number]];
    expect(r.items.map((i) => [i.itemId, i.total])).toEqual([
      [I1.id, 14 + 3 + 5],
      [I2.id, 7 + 3 + 7],
    ]);
    const table = votesTable(votes, [I1, I2], meetings, p, translateNl);
    const rows = (breakdown: string, item: string) =>
      table.rows
        .filter((row) => row[2] === breakdown && row[1] === item)
        .map((row) => [row[3], row[4], row[5]]);
    // zuid holds 6 people (2 kiosk + 4 on paper) and noord 7: both shown.
    expect(rows('buurt', 'Ontmoetingsplek')).toEqual([
      ['Noord', 7, 14],
      ['Zuid', 6, 8],
    ]);
    // paper has 4 people: "<5"; kiosk would then be total − paper: hidden as "x".
    expect(rows('kanaal', 'Ontmoetingsplek')).toEqual([
      ['bewonersstand', 'x', 'x'],
      ['papier', '<5', '<5'],
    ]);
    // groups: oud 6 shown, jong 3 hidden; groups overlap, so no sum gives jong away.
    expect(rows('doelgroep (zelf opgegeven)', 'Ontmoetingsplek')).toEqual([
      ['Jongeren', '<5', '<5'],
      ['Ouderen', 6, 12],
    ]);
    expect(rows('totaal', 'Bankjes')).toEqual([['alle stippen', null, 17]]);
  });

  it('no hidden cell can be worked out from the shown cells and the item totals', () => {
    // Three buurten: one of 2 people, the others 6 and 7: the small one takes the next smallest with it.
    const more = [
      ...votes.filter((v) => v.source === 'kiosk' && v.meetingId !== M3.id),
      ...Array.from({ length: 6 }, (_, i) =>
        vote(820 + i, M3, { source: 'kiosk', respondentId: uuid(870 + i), allocations: { [I1.id]: 1 } }),
      ),
      vote(
        830,
        { ...M3, id: uuid(15), buurtId: 'west' },
        {
          source: 'kiosk',
          respondentId: uuid(880),
          allocations: { [I1.id]: 3 },
        },
      ),
      vote(
        831,
        { ...M3, id: uuid(15), buurtId: 'west' },
        {
          source: 'kiosk',
          respondentId: uuid(881),
          allocations: { [I2.id]: 2 },
        },
      ),
    ];
    const west = { ...M3, id: uuid(15), buurtId: 'west' };
    const table = votesTable(more, [I1, I2], [...meetings, west], p, translateNl);
    for (const title of ['Ontmoetingsplek', 'Bankjes']) {
      const cells = table.rows.filter((row) => row[1] === title && row[2] === 'buurt');
      const hidden = new Set(cells.filter((c) => typeof c[5] === 'string').map((c) => String(c[3])));
      expect(hidden.has('west')).toBe(true);
      expect(hidden.size).toBeGreaterThanOrEqual(2);
      // The item's total is the sum of its buurt cells: with two hidden, neither follows.
      const rule = { total: 'total', parts: cells.map((c) => String(c[3])) };
      expect(determinedCells({ rules: [rule] }, hidden)).toEqual([]);
      // The people row of a hidden column is hidden too (else dots per person would narrow it down).
      for (const c of cells) if (hidden.has(String(c[3]))) expect(typeof c[4]).toBe('string');
    }
  });

  it('is the sixth table of the analysis export, also for `buurtstem report`', () => {
    const tables = reportTables({ ...data, votes, agendaItems: [I1, I2] }, p, translateNl);
    const csvVotes = tables[5]!;
    expect(csvVotes.columns).toEqual([
      'agendajaar',
      'agendapunt',
      'uitsplitsing',
      'waarde',
      'mensen',
      'stippen',
    ]);
    expect(csvVotes.rows.length).toBeGreaterThan(0);
    expect(csvVotes.rows.some((r) => r[5] === '<5')).toBe(true);
  });
});
