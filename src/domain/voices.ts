import type { AnalysisFilter } from './analysis/filter';
import type { Speaker } from './constants';
import type { Contribution } from './contribution';
import type { EarlierFinding } from './earlierFinding';

/**
 * Whose voice a record carries, and what it counts for (issue 16 items 1 and 2). Pure key
 * functions: the analysis, the exports and the aggregates kept in write transactions all use
 * these, so "partners and earlier findings never count in reach" is written once.
 *
 *  - resident: a resident's words (the facilitator's notes of a resident, or the kiosk);
 *  - partner: an organisation or partner (a key figure, or a named organisation);
 *  - professional: a professional's input;
 *  - earlier: an earlier finding (gathered before this process; no meeting of its own).
 */
export const VOICES = ['resident', 'partner', 'professional', 'earlier'] as const;
export type Voice = (typeof VOICES)[number];

/** Who a contribution came from; records from before the field are residents'. */
export function speakerOf(c: Pick<Contribution, 'speaker'>): Speaker {
  return c.speaker ?? 'resident';
}

/** The voice of a contribution or an earlier finding (the aggregate key). */
export function voiceOf(r: Pick<Contribution, 'speaker' | 'meetingId'> | EarlierFinding): Voice {
  return 'meetingId' in r ? speakerOf(r) : 'earlier';
}

/** Does a contribution count in the residents' reach figures? Only residents' own words do. */
export function countsInReach(c: Pick<Contribution, 'speaker'>): boolean {
  return speakerOf(c) === 'resident';
}

/** Does a contribution count as residents' input in figures for residents (counts, "Wat we hoorden")? */
export const countsAsResident = countsInReach;

/** Earlier findings never count in reach: they hold no person, no group, no meeting. */
export function findingCountsInReach(_f: EarlierFinding): false {
  return false;
}

/**
 * Does an earlier finding fall within the coordinator's filter? Buurt and period apply (a finding
 * without a buurt is about the whole area, so it stays in when one buurt is chosen); a filter on
 * a meeting, a work form, a source (kiosk/facilitator) or a target group leaves findings out,
 * since they have none of those.
 */
export function findingMatches(f: EarlierFinding, filter: AnalysisFilter): boolean {
  if (filter.meetingIds?.length || filter.workForms?.length || filter.sources?.length) return false;
  if (filter.groupIds?.length) return false;
  if (filter.buurtIds?.length && f.buurtId && !filter.buurtIds.includes(f.buurtId)) return false;
  if (filter.from && f.date < filter.from) return false;
  if (filter.to && f.date > filter.to) return false;
  if (filter.themeIds?.length && !f.themeIds.some((id) => filter.themeIds!.includes(id))) return false;
  return true;
}

/** The label of a partner or professional: the key figure's organisation (and name), or the name given. */
export function speakerLabel(
  c: Pick<Contribution, 'speakerKeyFigureId' | 'speakerName'>,
  keyFigures: readonly { id: string; organisation: string; name: string; deleted?: boolean }[],
): string {
  const kf = c.speakerKeyFigureId ? keyFigures.find((k) => k.id === c.speakerKeyFigureId) : undefined;
  if (kf) return kf.name ? `${kf.organisation} (${kf.name})` : kf.organisation;
  return c.speakerName?.trim() ?? '';
}
