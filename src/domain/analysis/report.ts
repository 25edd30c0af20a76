import type { AgendaItem } from '../agenda';
import type { Contribution } from '../contribution';
import { toCsv } from '../csv';
import type { KeyFigure } from '../design';
import type { EarlierFinding } from '../earlierFinding';
import type { Attendance, Meeting } from '../meeting';
import { byCode } from '../order';
import type { Process } from '../process';
import { type Cell, type DataTable, dayCell } from '../table';
import { countsAsResident, speakerLabel, speakerOf } from '../voices';
import type { PriorityVote } from '../votes';
import { attendanceByMeeting, meetingDay, meetingsById } from './data';
import type { Translate } from './labels';
import { BASE, computeReach, MEASURES, type MeasureCell, reachCellId, type ScopeReach } from './reach';
import { hiddenText, type SumRule, type SuppressionTable, shownCount } from './suppress';
import { votesTable } from './votesReport';

/**
 * The records a report reads: a merged bundle's records per type, or the device's tables. Other
 * record types (contacts for feedback, votes, …) may be present and are ignored: contacts never
 * appear in an analysis export.
 */
export interface ReportRecords {
  meetings?: readonly Meeting[];
  contributions?: readonly Contribution[];
  attendance?: readonly Attendance[];
  earlierFindings?: readonly EarlierFinding[];
  votes?: readonly PriorityVote[];
  agendaItems?: readonly AgendaItem[];
  keyFigures?: readonly Pick<KeyFigure, 'id' | 'organisation' | 'name'>[];
  readonly [table: string]: readonly unknown[] | undefined;
}

const round = (n: number, digits: number) => {
  const f = 10 ** digits;
  // toPrecision first: 0.15 / 0.4 is 0.37499999999999994 in floating point, and should round to 0.38.
  return Math.round(Number((n * f).toPrecision(12))) / f;
};
const percent = (share: number | null) => (share === null ? null : round(share * 100, 1));

/**
 * The four analysis tables of a process: contributions, meetings, attendance and reach. Only what
 * an analysis needs: no contacts, no respondent ids, no target-group tags per contribution (those
 * appear only counted, in the reach table, where fewer than k people show as "<k").
 */
export function reportTables(records: ReportRecords, process: Process, t: Translate): DataTable[] {
  const data = {
    meetings: records.meetings ?? [],
    contributions: records.contributions ?? [],
    attendance: records.attendance ?? [],
  };
  const k = process.settings.minGroupSize;
  const meetings = meetingsById(data, process.id);
  const attendance = attendanceByMeeting(data);
  const buurt = (id: string) => process.buurten.find((b) => b.id === id)?.name ?? id;
  const theme = new Map(process.themes.map((th) => [th.id, th.label]));
  const workForm = (m: Meeting) =>
    m.workForm === 'anders' && m.workFormOther
      ? `${t('workForm.anders')}: ${m.workFormOther}`
      : t(`workForm.${m.workForm}`);
  const sortedMeetings = [...meetings.values()].sort(
    (a, b) => byCode(a.startsAt, b.startsAt) || byCode(a.id, b.id),
  );

  const perMeeting = new Map<string, number>();
  // Like the overview: contributions of live meetings only (not of a deleted or not yet imported meeting).
  const contributions = data.contributions.filter(
    (c) => !c.deleted && c.processId === process.id && meetings.has(c.meetingId),
  );
  const perMeetingOthers = new Map<string, number>();
  for (const c of contributions) {
    // Residents' contributions and partners' / professionals' are counted apart (issue 16).
    const map = countsAsResident(c) ? perMeeting : perMeetingOthers;
    map.set(c.meetingId, (map.get(c.meetingId) ?? 0) + 1);
  }
  const keyFigures = records.keyFigures ?? [];
  const dayOf = (c: Contribution) => meetings.get(c.meetingId)!.startsAt;
  contributions.sort(
    (a, b) => byCode(dayOf(a), dayOf(b)) || byCode(a.createdAt, b.createdAt) || byCode(a.id, b.id),
  );

  const contributionTable: DataTable = {
    name: t('export.table.contributions'),
    sheet: t('export.sheet.contributions'),
    columns: [
      t('export.col.id'),
      t('export.col.meetingId'),
      t('export.col.date'),
      t('export.col.buurt'),
      t('export.col.location'),
      t('export.col.workForm'),
      t('export.col.source'),
      t('export.col.speaker'),
      t('export.col.speakerName'),
      t('export.col.kind'),
      t('export.col.themes'),
      t('export.col.text'),
      t('export.col.agree'),
    ],
    rows: contributions.map((c): Cell[] => {
      const m = meetings.get(c.meetingId)!;
      return [
        c.id,
        c.meetingId,
        dayCell(meetingDay(m)),
        buurt(m.buurtId),
        m.location,
        workForm(m),
        t(`capture.source.${c.source}`),
        t(`speaker.${speakerOf(c)}`),
        countsAsResident(c) ? '' : speakerLabel(c, keyFigures),
        t(`kind.${c.kind}`),
        c.themeIds.map((id) => theme.get(id) ?? id).join(', '),
        c.text,
        c.agreeCount,
      ];
    }),
  };

  const groups = process.targetGroups;
  // The attendance per meeting adds up to the reach's attendance per buurt: both tables are in
  // one export, so their cells are protected together (src/domain/analysis/suppress.ts).
  const attId = (meetingId: string, what: string) => `att|${meetingId}|${what}`;
  const together: SuppressionTable & { cells: Map<string, number>; rules: SumRule[] } = {
    cells: new Map(),
    rules: [],
  };
  const byBuurt = new Map<string, Meeting[]>();
  for (const m of sortedMeetings) {
    const att = attendance.get(m.id);
    if (!att) continue;
    byBuurt.set(m.buurtId, [...(byBuurt.get(m.buurtId) ?? []), m]);
    together.cells.set(attId(m.id, BASE), att.total);
    for (const g of groups) together.cells.set(attId(m.id, g.id), att.byGroup[g.id] ?? 0);
  }
  for (const [buurtId, list] of byBuurt) {
    together.rules.push({
      total: reachCellId('attendance', buurtId, BASE),
      parts: list.map((m) => attId(m.id, BASE)),
    });
    for (const g of groups) {
      together.rules.push({
        total: reachCellId('attendance', buurtId, g.id),
        parts: list.map((m) => attId(m.id, g.id)),
      });
    }
  }
  const reach = computeReach(data, process, {}, { together });
  const shownAtt = (meetingId: string, what: string, n: number) =>
    shownCount(n, k, reach.hidden.get(attId(meetingId, what)) ?? null);

  const meetingTable: DataTable = {
    name: t('export.table.meetings'),
    sheet: t('export.sheet.meetings'),
    columns: [
      t('export.col.id'),
      t('export.col.date'),
      t('export.col.time'),
      t('export.col.buurt'),
      t('export.col.location'),
      t('export.col.workForm'),
      t('export.col.status'),
      t('export.col.contributions'),
      t('export.col.contributionsOthers'),
      t('export.col.attendanceTotal'),
    ],
    rows: sortedMeetings.map((m): Cell[] => {
      const att = attendance.get(m.id);
      return [
        m.id,
        dayCell(meetingDay(m)),
        m.startsAt.slice(11, 16),
        buurt(m.buurtId),
        m.location,
        workForm(m),
        t(`meeting.status.${m.status}`),
        perMeeting.get(m.id) ?? 0,
        perMeetingOthers.get(m.id) ?? 0,
        att ? shownAtt(m.id, BASE, att.total) : null,
      ];
    }),
  };

  const attendanceTable: DataTable = {
    name: t('export.table.attendance'),
    sheet: t('export.sheet.attendance'),
    columns: [
      t('export.col.meetingId'),
      t('export.col.date'),
      t('export.col.buurt'),
      t('export.col.workForm'),
      t('export.col.attendanceTotal'),
      ...groups.map((g) => g.label),
    ],
    rows: sortedMeetings
      .filter((m) => attendance.has(m.id))
      .map((m): Cell[] => {
        const att = attendance.get(m.id)!;
        return [
          m.id,
          dayCell(meetingDay(m)),
          buurt(m.buurtId),
          workForm(m),
          shownAtt(m.id, BASE, att.total),
          ...groups.map((g) => shownAtt(m.id, g.id, att.byGroup[g.id] ?? 0)),
        ];
      }),
  };

  const measureColumns = MEASURES.flatMap((m) => {
    const measure = t(`measure.${m}`);
    return ['count', 'base', 'share', 'index', 'verdict', 'best'].map((col) =>
      t(`export.col.${col}` as 'export.col.count', { measure }),
    );
  });
  const measureCells = (c: MeasureCell, best: string): Cell[] => [
    shownCount(c.count, k, c.hidden),
    shownCount(c.base, k, c.baseHidden),
    c.suppressed ? hiddenText(c.hidden ?? c.baseHidden, k) : percent(c.share),
    c.suppressed ? hiddenText(c.hidden ?? c.baseHidden, k) : c.index === null ? null : round(c.index, 2),
    t(`reachStatus.${c.status}`),
    best,
  ];
  const scopeRows = (s: ScopeReach): Cell[][] =>
    s.groups.map((g) => [
      s.buurtId === null ? t('export.allBuurten') : buurt(s.buurtId),
      groups.find((x) => x.id === g.groupId)?.label ?? g.groupId,
      percent(g.population),
      ...MEASURES.flatMap((m) =>
        measureCells(g[m], g.bestWorkForms[m].map((w) => t(`workForm.${w.workForm}`)).join(', ')),
      ),
    ]);
  const reachTable: DataTable = {
    name: t('export.table.reach'),
    sheet: t('export.sheet.reach'),
    columns: [t('export.col.buurt'), t('export.col.group'), t('export.col.population'), ...measureColumns],
    rows: [...scopeRows(reach.area), ...reach.buurten.flatMap(scopeRows)],
  };

  const findings = (records.earlierFindings ?? [])
    .filter((f) => !f.deleted && f.processId === process.id)
    .sort((a, b) => byCode(a.date, b.date) || byCode(a.id, b.id));
  const findingsTable: DataTable = {
    name: t('export.table.earlierFindings'),
    sheet: t('export.sheet.earlierFindings'),
    columns: [
      t('export.col.id'),
      t('export.col.date'),
      t('export.col.findingSource'),
      t('export.col.findingSourceKind'),
      t('export.col.buurt'),
      t('export.col.kind'),
      t('export.col.themes'),
      t('export.col.text'),
    ],
    rows: findings.map((f): Cell[] => [
      f.id,
      dayCell(f.date),
      f.source,
      t(`earlier.sourceKind.${f.sourceKind}`),
      f.buurtId ? buurt(f.buurtId) : t('export.allBuurten'),
      t(`kind.${f.kind}`),
      f.themeIds.map((id) => theme.get(id) ?? id).join(', '),
      f.text,
    ]),
  };

  const votes = votesTable(records.votes ?? [], records.agendaItems ?? [], data.meetings, process, t);

  return [contributionTable, meetingTable, attendanceTable, reachTable, findingsTable, votes];
}

/**
 * The analysis CSV files of a process (for the app's export and the command line's
 * `buurtstem report FILE... --csv DIR`): one file per table, for Dutch Excel.
 */
export function reportCsvFiles(
  records: ReportRecords,
  process: Process,
  t: Translate,
): { name: string; content: string }[] {
  return reportTables(records, process, t).map((table) => ({
    name: `${table.name}.csv`,
    content: toCsv(table),
  }));
}
