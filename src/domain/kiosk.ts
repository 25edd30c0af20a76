import { GROUP_NO_ANSWER, GROUP_UNKNOWN } from './constants';
import {
  type ContactChannel,
  type ContactFields,
  type ContactPurpose,
  contactChannelSchema,
  normaliseContact,
} from './contact';
import { ageBandSchema, type Contribution, themeAssessmentSchema } from './contribution';
import type { Experience, ExperienceRating } from './experience';
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
  SHORTEST_PATH,
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
  SHORTEST_PATH,
};

/** A built-in language or one added by a translation file (a language code). */
export const kioskLangSchema = z.string().check(z.regex(/^[a-z]{2,3}$/));
export const kioskStepSchema = z.enum(KIOSK_STEPS);

const freeText = z._default(z.string().check(z.maxLength(2000)), '');

const contactAnswerSchema = z._default(
  z.object({
    channel: z.optional(contactChannelSchema),
    value: z._default(z.string().check(z.maxLength(200)), ''),
    consent: z._default(z.boolean(), false),
    /** The resident chose "Nee, liever niet". */
    declined: z._default(z.boolean(), false),
  }),
  { value: '', consent: false, declined: false },
);

export const kioskAnswersSchema = z.object({
  themeIds: z._default(z.array(slugSchema).check(z.maxLength(50)), []),
  assessments: z._default(z.record(slugSchema, themeAssessmentSchema), {}),
  /** In the resident's own words, per configured question (question id → text). */
  words: z._default(z.record(slugSchema, freeText), {}),
  idea: freeText,
  /** A buurt id, OTHER_BUURT or NO_ANSWER; absent when skipped. */
  buurt: z.optional(z.string().check(z.maxLength(60))),
  ageBand: z.optional(z.union([ageBandSchema, z.literal(NO_ANSWER)])),
  /** Target-group ids (at least one), NONE_OF_THESE or NO_ANSWER; absent when skipped. */
  groups: z.optional(
    z.union([
      z.array(z.string().check(z.maxLength(60))).check(z.minLength(1), z.maxLength(50)),
      z.literal(NONE_OF_THESE),
      z.literal(NO_ANSWER),
    ]),
  ),
  /** Issue 6: dots per agenda item ("Wat vindt u het belangrijkst?"); see src/domain/kioskVote.ts. */
  dots: z._default(
    z.record(z.string().check(z.maxLength(60)), z.number().check(z.int(), z.gte(0), z.lte(20))),
    {},
  ),
  /** "Wilt u horen wat er met de antwoorden gebeurt?" */
  contact: contactAnswerSchema,
  /** "Wilt u meehelpen?": kept apart like the contact, and never linked to the answers. */
  helper: contactAnswerSchema,
});
export type KioskAnswers = z.infer<typeof kioskAnswersSchema>;
export type ContactAnswer = KioskAnswers['contact'];

export function emptyAnswers(): KioskAnswers {
  return {
    themeIds: [],
    assessments: {},
    words: {},
    idea: '',
    dots: {},
    contact: { value: '', consent: false, declined: false },
    helper: { value: '', consent: false, declined: false },
  };
}

// ---- The flow ----

/** Before the answers are saved: what matters, and the own words. */
const MAIN_STEPS: KioskStep[] = ['themes', 'words'];

/**
 * After "Wilt u nog iets meer vertellen?": the assessment only when themes were picked, the
 * priorities only when a published agenda is on the device (`priorities`). Each may be skipped.
 */
export function moreSteps(a: KioskAnswers, priorities = false): KioskStep[] {
  return [
    ...(a.themeIds.length > 0 ? (['assess'] as const) : []),
    ...(priorities ? (['priorities'] as const) : []),
    'buurt',
    'age',
    'groups',
    'contact',
  ];
}

/** The numbered steps of the part a step belongs to ("Stap 2 van 2"); none on welcome, thanks and help. */
export function progressSteps(step: KioskStep, a: KioskAnswers, priorities = false): KioskStep[] {
  if (MAIN_STEPS.includes(step)) return MAIN_STEPS;
  const more = moreSteps(a, priorities);
  return more.includes(step) ? more : [];
}

/** True for the last of the extra questions: leaving it saves them and returns to the thank-you screen. */
export function isLastMoreStep(step: KioskStep, a: KioskAnswers, priorities = false): boolean {
  return moreSteps(a, priorities).at(-1) === step;
}

export function nextStep(step: KioskStep, a: KioskAnswers, priorities = false): KioskStep {
  switch (step) {
    case 'welcome':
      return 'themes';
    case 'themes':
      return 'words';
    case 'words':
    case 'help':
      return 'thanks';
    case 'thanks':
      return moreSteps(a, priorities)[0] ?? 'thanks';
    default: {
      const more = moreSteps(a, priorities);
      const i = more.indexOf(step);
      return i < 0 ? 'thanks' : (more[i + 1] ?? 'thanks');
    }
  }
}

export function previousStep(step: KioskStep, a: KioskAnswers, priorities = false): KioskStep {
  switch (step) {
    case 'welcome':
    case 'themes':
      return 'welcome';
    case 'words':
      return 'themes';
    // The answers are saved: no way back to them, only forward.
    case 'thanks':
    case 'help':
      return 'thanks';
    default: {
      const more = moreSteps(a, priorities);
      const i = more.indexOf(step);
      return i <= 0 ? 'thanks' : (more[i - 1] ?? 'thanks');
    }
  }
}

/** What the contact step says about the answers: nothing asked, asked and fine, or a problem. */
export type ContactCheck =
  | { status: 'none' }
  | { status: 'ok'; channel: ContactChannel; value: string }
  | { status: 'invalid' | 'missing' | 'no-consent' };

export function checkContact(c: ContactAnswer): ContactCheck {
  if (!c.channel) return { status: 'none' };
  if (!c.value.trim()) return { status: 'missing' };
  const value = normaliseContact(c.channel, c.value);
  if (!value) return { status: 'invalid' };
  if (!c.consent) return { status: 'no-consent' };
  return { status: 'ok', channel: c.channel, value };
}

/** The own words the resident actually wrote, per configured question id. */
function writtenWords(a: KioskAnswers): [string, string][] {
  return Object.entries(a.words ?? {})
    .map(([id, text]): [string, string] => [id, text.trim()])
    .filter(([, text]) => text !== '');
}

/** True when the resident picked, wrote or gave a dot to something that can be saved. */
export function hasContent(a: KioskAnswers): boolean {
  return (
    a.themeIds.length > 0 ||
    writtenWords(a).length > 0 ||
    a.idea.trim() !== '' ||
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
  /** Question ids of the configuration (words for unknown questions are dropped). */
  questionIds?: string[];
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
 * Which saved contribution a computed one is (so the extra questions update the contributions
 * saved at the end of "own words" instead of adding new ones): the kind plus the question.
 */
export function contributionSlot(c: Pick<ContributionFields, 'kind' | 'questionId'>): string {
  return c.questionId ? `${c.kind}:${c.questionId}` : c.kind;
}

/**
 * One resident's answers as contributions (all with source "kiosk", the same random respondent
 * id and the self-stated about-you answers) plus, only with consent, a contact that carries no
 * respondent id:
 *  - the picked themes with "gaat goed"/"moet anders" → one "mening";
 *  - the own words to each configured question → a "mening" with that question's id;
 *  - an idea → "idee" (only when written).
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
  const questions = ctx.questionIds ? new Set(ctx.questionIds) : null;
  // In the order of the configuration, so the same answers always give the same records.
  const order = ctx.questionIds ?? [];
  const words = writtenWords(a)
    .filter(([id]) => !questions || questions.has(id))
    .sort(([x], [y]) => order.indexOf(x) - order.indexOf(y));
  for (const [questionId, text] of words) {
    contributions.push({ ...about, kind: 'mening', text, questionId, themeIds: [], themeAssessments: {} });
  }
  if (a.idea.trim()) {
    contributions.push({ ...about, kind: 'idee', text: a.idea.trim(), themeIds: [], themeAssessments: {} });
  }
  return { contributions, contact: contactOf(a.contact, ctx, 'terugkoppeling') };
}

/** A contact answer as a contact record (only when complete and consented); never with a respondent id. */
export function contactOf(
  answer: ContactAnswer,
  ctx: Pick<KioskContext, 'processId' | 'meetingId' | 'consentText' | 'consentVersion' | 'today' | 'lang'>,
  purpose: ContactPurpose,
): ContactFields | null {
  const c = checkContact(answer);
  return c.status === 'ok'
    ? {
        processId: ctx.processId,
        meetingId: ctx.meetingId,
        channel: c.channel,
        value: c.value,
        consentText: ctx.consentText,
        consentVersion: ctx.consentVersion,
        consentedOn: ctx.today,
        language: ctx.lang,
        purpose,
      }
    : null;
}

/** "Hoe vond u dit?": one experience of a resident, linked to the meeting only (never to the answers). */
export function kioskExperience(
  processId: string,
  meetingId: string,
  rating: ExperienceRating,
): Omit<Experience, keyof RecordMeta> {
  return { processId, meetingId, who: 'resident', rating, comment: '' };
}

// ---- Timings ----

export interface KioskTimings {
  /** Without a touch this long, the tablet asks "Bent u nog bezig?". */
  idleMs: number;
  /** The countdown of that question; then the answers are discarded. */
  countdownMs: number;
  /** The thank-you screen returns to the welcome screen after this long without a touch. */
  thanksMs: number;
  /** Lock of the PIN pad after too many wrong tries. */
  lockMs: number;
  /** How long the corner must be pressed to open the PIN pad. */
  longPressMs: number;
}

export const DEFAULT_KIOSK_TIMINGS: KioskTimings = {
  idleMs: 90_000,
  countdownMs: 20_000,
  thanksMs: 30_000,
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
  textSize: z._default(z.union([z.literal(1), z.literal(2), z.literal(3)]), 1),
  contrast: z._default(z.boolean(), false),
  answers: kioskAnswersSchema,
  /**
   * After the answers were saved (end of "own words"): the ids of the saved contributions by slot
   * (contributionSlot), so the extra questions update them. Absent before.
   */
  saved: z.optional(z.record(z.string().check(z.maxLength(80)), z.uuid())),
  /** The extra questions were answered and saved (the thank-you screen no longer offers them). */
  moreDone: z._default(z.boolean(), false),
  /** "Hoe vond u dit?" was answered (one tap, one record). */
  rated: z._default(z.boolean(), false),
  /** "Wilt u meehelpen?" was answered with a contact. */
  helped: z._default(z.boolean(), false),
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
    textSize: 1,
    contrast: false,
    answers: emptyAnswers(),
    moreDone: false,
    rated: false,
    helped: false,
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
