import { GROUP_NO_ANSWER, GROUP_UNKNOWN } from './constants';
import { type ContactChannel, type ContactFields, contactChannelSchema, normaliseContact } from './contact';
import { ageBandSchema, type Contribution, themeAssessmentSchema } from './contribution';
import {
  type BuiltinKioskLang,
  KIOSK_LANGS,
  KIOSK_STEPS,
  type KioskLang,
  type KioskStep,
  NO_ANSWER,
  NONE_OF_THESE,
  OTHER_BUURT,
  RTL_LANGS,
} from './kioskConstants';
import type { RecordMeta } from './record';
import { slugSchema } from './record';
import { z } from './zod';

/**
 * The resident kiosk: what one resident answers on the tablet, how long the tablet waits, and
 * how the answers become contributions (and, apart from them, a contact). Pure.
 */

export {
  type BuiltinKioskLang,
  KIOSK_LANGS,
  KIOSK_STEPS,
  type KioskLang,
  type KioskStep,
  NO_ANSWER,
  NONE_OF_THESE,
  OTHER_BUURT,
  RTL_LANGS,
};

/** A built-in language or one added by a translation file (a language code). */
export const kioskLangSchema = z.string().regex(/^[a-z]{2,3}$/);
export const kioskStepSchema = z.enum(KIOSK_STEPS);

const freeText = z.string().max(2000).default('');

export const kioskAnswersSchema = z.object({
  themeIds: z.array(slugSchema).max(50).default([]),
  assessments: z.record(slugSchema, themeAssessmentSchema).default({}),
  works: freeText,
  missing: freeText,
  idea: freeText,
  /** A buurt id, OTHER_BUURT or NO_ANSWER; absent when skipped. */
  buurt: z.string().max(60).optional(),
  ageBand: z.union([ageBandSchema, z.literal(NO_ANSWER)]).optional(),
  /** Target-group ids (at least one), NONE_OF_THESE or NO_ANSWER; absent when skipped. */
  groups: z
    .union([z.array(z.string().max(60)).min(1).max(50), z.literal(NONE_OF_THESE), z.literal(NO_ANSWER)])
    .optional(),
  /** Issue 6: dots per agenda item ("Wat vindt u het belangrijkst?"); see src/domain/kioskVote.ts. */
  dots: z.record(z.string().max(60), z.number().int().min(0).max(20)).default({}),
  contact: z
    .object({
      channel: contactChannelSchema.optional(),
      value: z.string().max(200).default(''),
      consent: z.boolean().default(false),
      /** The resident chose "Nee, liever niet". */
      declined: z.boolean().default(false),
    })
    .default({ value: '', consent: false, declined: false }),
});
export type KioskAnswers = z.infer<typeof kioskAnswersSchema>;

export function emptyAnswers(): KioskAnswers {
  return {
    themeIds: [],
    assessments: {},
    works: '',
    missing: '',
    idea: '',
    dots: {},
    contact: { value: '', consent: false, declined: false },
  };
}

/**
 * The steps shown with a number ("Stap 2 van 8"): the assessment only when themes were picked,
 * the priorities only when a published agenda is on the device (`priorities`).
 */
export function progressSteps(a: KioskAnswers, priorities = false): KioskStep[] {
  return KIOSK_STEPS.filter(
    (s) => s !== 'welcome' && (s !== 'assess' || a.themeIds.length > 0) && (s !== 'priorities' || priorities),
  );
}

export function nextStep(step: KioskStep, a: KioskAnswers, priorities = false): KioskStep {
  const steps: KioskStep[] = ['welcome', ...progressSteps(a, priorities)];
  const i = steps.indexOf(step);
  return steps[Math.min(steps.length - 1, i + 1)] ?? 'review';
}

export function previousStep(step: KioskStep, a: KioskAnswers, priorities = false): KioskStep {
  const steps: KioskStep[] = ['welcome', ...progressSteps(a, priorities)];
  const i = steps.indexOf(step);
  return steps[Math.max(0, i - 1)] ?? 'welcome';
}

/** What the contact step says about the answers: nothing asked, asked and fine, or a problem. */
export type ContactCheck =
  | { status: 'none' }
  | { status: 'ok'; channel: ContactChannel; value: string }
  | { status: 'invalid' | 'missing' | 'no-consent' };

export function checkContact(c: KioskAnswers['contact']): ContactCheck {
  if (!c.channel) return { status: 'none' };
  if (!c.value.trim()) return { status: 'missing' };
  const value = normaliseContact(c.channel, c.value);
  if (!value) return { status: 'invalid' };
  if (!c.consent) return { status: 'no-consent' };
  return { status: 'ok', channel: c.channel, value };
}

/** True when the resident picked, wrote or gave a dot to something that can be sent. */
export function hasContent(a: KioskAnswers): boolean {
  return (
    a.themeIds.length > 0 ||
    [a.works, a.missing, a.idea].some((s) => s.trim() !== '') ||
    Object.values(a.dots ?? {}).some((n) => n > 0)
  );
}

export type ContributionFields = Omit<Contribution, keyof RecordMeta>;
export type { ContactFields } from './contact';

export interface KioskContext {
  processId: string;
  meetingId: string;
  respondentId: string;
  lang: KioskLang;
  /** Theme ids of the configuration (answers for unknown themes are dropped). */
  themeIds: string[];
  /** The consent text as shown to the resident. */
  consentText: string;
  consentVersion: string;
  /** Local day, YYYY-MM-DD. */
  today: string;
}

/** Self-stated groups: configured ids, [] for "none of these", or one of the reserved answers. */
export function selfGroupsOf(a: KioskAnswers): string[] {
  if (a.groups === undefined) return [GROUP_UNKNOWN];
  if (a.groups === NO_ANSWER) return [GROUP_NO_ANSWER];
  if (a.groups === NONE_OF_THESE) return [];
  return [...new Set(a.groups)];
}

/**
 * One resident's answers as contributions (all with source "kiosk", the same random respondent
 * id and the self-stated about-you answers) plus, only with consent, a contact that carries no
 * respondent id:
 *  - the picked themes with "gaat goed"/"moet anders" → one "mening";
 *  - what works → "ervaring", what is missing → "behoefte", an idea → "idee" (only when written).
 */
export function answersToRecords(
  a: KioskAnswers,
  ctx: KioskContext,
): { contributions: ContributionFields[]; contact: ContactFields | null } {
  const known = new Set(ctx.themeIds);
  const themeIds = [...new Set(a.themeIds)].filter((id) => known.has(id));
  const themeAssessments: ContributionFields['themeAssessments'] = {};
  for (const id of themeIds) {
    const v = a.assessments[id];
    if (v) themeAssessments[id] = v;
  }
  const about = {
    processId: ctx.processId,
    meetingId: ctx.meetingId,
    source: 'kiosk' as const,
    respondentId: ctx.respondentId,
    selfGroupIds: selfGroupsOf(a),
    observedGroupIds: [],
    agreeCount: 0,
    ...(a.buurt ? { residentBuurtId: a.buurt } : {}),
    ...(a.ageBand ? { ageBand: a.ageBand } : {}),
  };
  const contributions: ContributionFields[] = [];
  if (themeIds.length > 0) {
    contributions.push({ ...about, kind: 'mening', text: '', themeIds, themeAssessments });
  }
  const words: [ContributionFields['kind'], string][] = [
    ['ervaring', a.works],
    ['behoefte', a.missing],
    ['idee', a.idea],
  ];
  for (const [kind, text] of words) {
    if (text.trim())
      contributions.push({ ...about, kind, text: text.trim(), themeIds: [], themeAssessments: {} });
  }
  const c = checkContact(a.contact);
  const contact: ContactFields | null =
    c.status === 'ok'
      ? {
          processId: ctx.processId,
          meetingId: ctx.meetingId,
          channel: c.channel,
          value: c.value,
          consentText: ctx.consentText,
          consentVersion: ctx.consentVersion,
          consentedOn: ctx.today,
          language: ctx.lang,
        }
      : null;
  return { contributions, contact };
}

// ---- Timings ----

export interface KioskTimings {
  /** Without a touch this long, the tablet asks "Bent u nog bezig?". */
  idleMs: number;
  /** The countdown of that question; then the answers are discarded. */
  countdownMs: number;
  /** The thank-you screen returns to the welcome screen after this long. */
  thanksMs: number;
  /** Lock of the PIN pad after too many wrong tries. */
  lockMs: number;
  /** How long the corner must be pressed to open the PIN pad. */
  longPressMs: number;
}

export const DEFAULT_KIOSK_TIMINGS: KioskTimings = {
  idleMs: 90_000,
  countdownMs: 20_000,
  thanksMs: 15_000,
  lockMs: 60_000,
  longPressMs: 1_500,
};

/**
 * Timings with overrides applied (for tests and demonstrations; kept on the device in the kv key
 * "kiosk.timings"). An override can only make a wait shorter, never longer, and never below 500 ms.
 */
export function effectiveTimings(overrides: unknown): KioskTimings {
  const out = { ...DEFAULT_KIOSK_TIMINGS };
  if (!overrides || typeof overrides !== 'object') return out;
  for (const key of Object.keys(out) as (keyof KioskTimings)[]) {
    const v = (overrides as Record<string, unknown>)[key];
    if (typeof v === 'number' && Number.isFinite(v)) out[key] = Math.max(500, Math.min(out[key], v));
  }
  return out;
}

export type IdlePhase = { phase: 'active' } | { phase: 'asking'; secondsLeft: number } | { phase: 'expired' };

/** Where the idle handling stands, from the last touch. */
export function idlePhase(now: number, lastActiveAt: number, t: KioskTimings): IdlePhase {
  const idle = Math.max(0, now - lastActiveAt);
  if (idle < t.idleMs) return { phase: 'active' };
  const left = t.idleMs + t.countdownMs - idle;
  if (left <= 0) return { phase: 'expired' };
  return { phase: 'asking', secondsLeft: Math.ceil(left / 1000) };
}

// ---- The in-progress session (saved as a draft so a reload keeps it) ----

export const kioskSessionSchema = z.object({
  respondentId: z.uuid(),
  lang: kioskLangSchema,
  step: kioskStepSchema,
  /** Editing from the check screen: "Verder" returns there. */
  fromReview: z.boolean().default(false),
  textSize: z.union([z.literal(1), z.literal(2), z.literal(3)]).default(1),
  contrast: z.boolean().default(false),
  answers: kioskAnswersSchema,
  /** True once the resident changed anything (then the idle handling applies). */
  dirty: z.boolean(),
  lastActiveAt: z.number(),
});
export type KioskSession = z.infer<typeof kioskSessionSchema>;

export function freshSession(respondentId: string, now: number): KioskSession {
  return {
    respondentId,
    lang: 'nl',
    step: 'welcome',
    fromReview: false,
    textSize: 1,
    contrast: false,
    answers: emptyAnswers(),
    dirty: false,
    lastActiveAt: now,
  };
}

/** A saved session, if it is valid and its resident has not walked away in the meantime. */
export function restorableSession(saved: unknown, now: number, t: KioskTimings): KioskSession | null {
  const r = kioskSessionSchema.safeParse(saved);
  if (!r.success) return null;
  if (idlePhase(now, r.data.lastActiveAt, t).phase === 'expired') return null;
  return r.data;
}
