import type { Contribution, ContributionSource } from '../contribution';
import type { Meeting, WorkForm } from '../meeting';
import { meetingDay } from './data';

/**
 * What the coordinator narrows the picture to. Every list is "any of"; an empty or missing list
 * means no restriction. Dates are local days ("2026-03-05"), both ends included, and apply to the
 * meeting's date (a contribution counts on the day of its meeting).
 */
export interface AnalysisFilter {
  buurtIds?: readonly string[];
  meetingIds?: readonly string[];
  from?: string;
  to?: string;
  workForms?: readonly WorkForm[];
  sources?: readonly ContributionSource[];
  themeIds?: readonly string[];
  /** A contribution matches when the group is among its observed or its self-stated groups. */
  groupIds?: readonly string[];
}

const any = <T>(list: readonly T[] | undefined): list is readonly T[] => !!list && list.length > 0;

/** Does a meeting fall within the filter's buurt, meeting, period and work form? */
export function meetingMatches(m: Meeting, f: AnalysisFilter): boolean {
  if (any(f.buurtIds) && !f.buurtIds.includes(m.buurtId)) return false;
  if (any(f.meetingIds) && !f.meetingIds.includes(m.id)) return false;
  if (any(f.workForms) && !f.workForms.includes(m.workForm)) return false;
  const day = meetingDay(m);
  if (f.from && day < f.from) return false;
  if (f.to && day > f.to) return false;
  return true;
}

/** Does a contribution (of a matching meeting) match the filter's source, theme and group? */
export function contributionMatches(c: Contribution, f: AnalysisFilter): boolean {
  if (any(f.sources) && !f.sources.includes(c.source)) return false;
  if (any(f.themeIds) && !c.themeIds.some((id) => f.themeIds!.includes(id))) return false;
  if (any(f.groupIds)) {
    const g = f.groupIds;
    if (!c.observedGroupIds.some((id) => g.includes(id)) && !c.selfGroupIds.some((id) => g.includes(id))) {
      return false;
    }
  }
  return true;
}

/** True when the filter restricts contributions themselves (not only which meetings count). */
export function filtersContributions(f: AnalysisFilter): boolean {
  return any(f.sources) || any(f.themeIds) || any(f.groupIds);
}
