import { type AgendaItem, agendaYears, itemsOfYear } from '../agenda';
import { GROUP_NO_ANSWER, GROUP_UNKNOWN } from '../constants';
import { VOTE_GROUP_NONE } from '../kioskVote';
import type { Meeting } from '../meeting';
import type { Process } from '../process';
import type { Cell, DataTable } from '../table';
import { type Breakdown, cell, HIDDEN, type PriorityResults, type PriorityVote, tallyVotes } from '../votes';
import type { Translate } from './labels';
import { shownCount } from './suppress';

/**
 * The dot-voting results (issue 16 item 6) of every agenda version, per item, by channel, by buurt
 * and by self-stated group, in long form (one row per item × column) so a spreadsheet can pivot
 * them. The same tally and suppression as the priorities screen (`tallyVotes`): a column of fewer
 * than k people shows "<k" in every row, and in a breakdown that splits everyone (channel, buurt)
 * a second column is hidden ("x") so the hidden one cannot be worked out from the item's total.
 */
export function votesResults(
  votes: readonly PriorityVote[],
  items: readonly AgendaItem[],
  meetings: readonly Meeting[],
  process: Process,
): { year: number; items: AgendaItem[]; r: PriorityResults }[] {
  const ofProcess = items.filter((i) => !i.deleted && i.processId === process.id);
  const meetingsById = new Map(meetings.filter((m) => !m.deleted).map((m) => [m.id, m]));
  const live = votes.filter((v) => !v.deleted && v.processId === process.id);
  return agendaYears(ofProcess).flatMap((year) => {
    const list = itemsOfYear(ofProcess, year);
    const ofYear = live.filter((v) => v.agendaYear === year);
    if (!ofYear.length) return [];
    const r = tallyVotes(
      ofYear,
      {
        itemIds: list.map((i) => i.id),
        meetingsById,
        k: process.settings.minGroupSize,
        budget: process.settings.dotsPerResident,
      },
      { buurtOrder: process.buurten.map((b) => b.id), groupOrder: process.targetGroups.map((g) => g.id) },
    );
    return [{ year, items: list, r }];
  });
}

/** A breakdown column's people as shown: "<k" when small, "x" when hidden as a complement. */
export function columnPeople(b: Breakdown, columnId: string, k: number): number | string {
  const col = b.columns.find((c) => c.id === columnId);
  if (!col) return 0;
  if (col.complement) return HIDDEN;
  return shownCount(col.people, k, col.suppressed ? 'small' : null);
}

export function votesTable(
  votes: readonly PriorityVote[],
  items: readonly AgendaItem[],
  meetings: readonly Meeting[],
  process: Process,
  t: Translate,
): DataTable {
  const buurt = (id: string) =>
    id === GROUP_UNKNOWN
      ? t('export.votes.unknownBuurt')
      : (process.buurten.find((b) => b.id === id)?.name ?? id);
  const group = (id: string) => {
    if (id === GROUP_UNKNOWN) return t('export.votes.groupUnknown');
    if (id === GROUP_NO_ANSWER) return t('export.votes.groupNoAnswer');
    if (id === VOTE_GROUP_NONE) return t('export.votes.groupNone');
    return process.targetGroups.find((g) => g.id === id)?.label ?? id;
  };
  const rows: Cell[][] = [];
  for (const { year, items: list, r } of votesResults(votes, items, meetings, process)) {
    const title = new Map(list.map((i) => [i.id, i.title]));
    for (const it of r.items) {
      const base = [year, title.get(it.itemId) ?? it.itemId];
      rows.push([...base, t('export.votes.by.total'), t('export.votes.all'), null, it.total]);
      const breakdown = (by: 'channel' | 'buurt' | 'group', b: Breakdown, label: (id: string) => string) => {
        for (const col of b.columns) {
          rows.push([
            ...base,
            t(`export.votes.by.${by}`),
            label(col.id),
            columnPeople(b, col.id, r.k),
            cell(b, it.itemId, col.id, r.k),
          ]);
        }
      };
      breakdown('channel', r.byChannel, (id) => t(`export.votes.channel.${id as 'kiosk' | 'paper'}`));
      breakdown('buurt', r.byBuurt, buurt);
      breakdown('group', r.byGroup, group);
    }
  }
  return {
    name: t('export.table.votes'),
    sheet: t('export.sheet.votes'),
    columns: [
      t('export.col.agendaYear'),
      t('export.col.item'),
      t('export.col.breakdown'),
      t('export.col.column'),
      t('export.col.people'),
      t('export.col.dots'),
    ],
    rows,
  };
}
