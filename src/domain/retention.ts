import type { AgendaItem } from './agenda';
import type { LiveContact } from './contact';
import { addDays } from './day';
import { addMonths, buurtenReached, daysBetween, type Feedback } from './feedback';
import type { Meeting } from './meeting';
import type { ProcessSettings } from './process';

/**
 * How long a contact for feedback is kept (AVG: no longer than needed for its purpose). The
 * purpose is telling the resident what was done with the input, so a contact is due for erasure
 * a number of weeks after the first feedback to its buurt on or after the day of consent; and at
 * the latest a number of months after consent, also when no feedback was given. Pure.
 */
export interface RetentionContext {
  meetingsById: ReadonlyMap<string, Meeting>;
  itemsById: ReadonlyMap<string, AgendaItem>;
  buurtIds: readonly string[];
  /** Feedback moments of the process (not deleted). */
  feedback: readonly Feedback[];
  settings: Pick<ProcessSettings, 'contactWeeksAfterFeedback' | 'contactMaxMonths'>;
  /** Today, local date yyyy-mm-dd. */
  today: string;
}

export interface ContactRetention {
  /** The day from which the contact must be erased. */
  dueOn: string;
  /** Why: feedback was given (plus the weeks), or the longest period ran out. */
  reason: 'feedback' | 'longest';
  /** The feedback day that started the period, when reason is feedback. */
  feedbackOn: string | null;
  due: boolean;
}

export function contactRetention(c: LiveContact, ctx: RetentionContext): ContactRetention {
  const longest = addMonths(c.consentedOn, ctx.settings.contactMaxMonths);
  const meeting = ctx.meetingsById.get(c.meetingId);
  const scope = { meetingsById: ctx.meetingsById, itemsById: ctx.itemsById, buurtIds: ctx.buurtIds };
  let feedbackOn: string | null = null;
  if (meeting) {
    for (const f of ctx.feedback) {
      if (f.deleted || f.date < c.consentedOn || f.date > ctx.today) continue;
      if (!buurtenReached(f, scope).includes(meeting.buurtId)) continue;
      if (feedbackOn === null || f.date < feedbackOn) feedbackOn = f.date;
    }
  }
  const afterFeedback = feedbackOn ? addDays(feedbackOn, ctx.settings.contactWeeksAfterFeedback * 7) : null;
  const byFeedback = afterFeedback !== null && afterFeedback < longest;
  const dueOn = byFeedback ? afterFeedback : longest;
  return {
    dueOn,
    reason: byFeedback ? 'feedback' : 'longest',
    feedbackOn,
    due: daysBetween(dueOn, ctx.today) >= 0,
  };
}

/** The contacts whose value matches what a person asked about (an erasure request), live only. */
export function findContacts<T extends LiveContact>(contacts: readonly T[], query: string): T[] {
  const q = query.trim().toLowerCase();
  if (!q) return [];
  const digits = q.replace(/\D/g, '');
  return contacts.filter((c) => {
    if (c.channel === 'email') return c.value.toLowerCase() === q || c.value.toLowerCase().includes(q);
    // A phone number: compare digits only, so "06 12 34 56 78" finds "0612345678"; a national
    // number also finds the same number written with +31.
    if (digits.length < 6) return false;
    const v = c.value.replace(/\D/g, '');
    const national = (s: string) => (s.startsWith('31') ? `0${s.slice(2)}` : s);
    return v.includes(digits) || national(v) === national(digits);
  });
}
