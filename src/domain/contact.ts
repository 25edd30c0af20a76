import { formatHlc } from './clock';
import { nonEmptyText, type RecordMeta, recordMetaSchema } from './record';
import { z } from './zod';

/**
 * A resident's contact for feedback ("wilt u horen wat ermee gebeurt?"). Only with explicit
 * consent, stored in its own table apart from the answers: it holds the meeting and the consent
 * (text, version, day), never the respondent id, so it cannot be joined to what the resident said.
 * It never goes into an analysis export.
 */
/**
 * Why a resident left a contact: to hear back what happened with the answers ("terugkoppeling"),
 * or to offer help ("Wilt u meehelpen?", issue 13). The same rules apply to both.
 */
export const CONTACT_PURPOSES = ['terugkoppeling', 'meehelpen'] as const;
export const contactPurposeSchema = z.enum(CONTACT_PURPOSES);
export type ContactPurpose = z.infer<typeof contactPurposeSchema>;

/**
 * 'sms': a mobile number for a text message (what the kiosk offers as "Per sms"; issue 16.11).
 * 'phone': any phone number; kept for contacts left before 'sms' existed (the kiosk then also
 * meant a text message by it).
 */
export const CONTACT_CHANNELS = ['email', 'phone', 'sms'] as const;

export const contactChannelSchema = z.enum(CONTACT_CHANNELS);
export type ContactChannel = z.infer<typeof contactChannelSchema>;

/** Version of the consent text shown in the kiosk; raise it when the text changes in meaning. */
export const KIOSK_CONSENT_VERSION = 'kiosk-contact-1';
/** Version of the consent text of "Wilt u meehelpen?". */
export const KIOSK_HELP_CONSENT_VERSION = 'kiosk-meehelpen-1';

const PHONE_CHARS = /^\+?[0-9 ()./-]+$/;

/** A phone number as typed, reduced to digits (and a leading +); null when it cannot be one. */
export function normalisePhone(text: string): string | null {
  const t = text.trim();
  if (!PHONE_CHARS.test(t)) return null;
  const digits = t.replace(/\D/g, '');
  if (digits.length < 8 || digits.length > 15) return null;
  return t.startsWith('+') ? `+${digits}` : digits;
}

/**
 * A number that can receive a text message, as typed → one stored form; null when it cannot be one.
 * Dutch numbers must be mobile: 06 and 8 digits ("06-12345678", "06 1234 5678", "+31 6 12345678",
 * "0031612345678"), stored as "+31612345678". A Dutch landline (043 …) cannot get an sms and is
 * refused. A foreign number (Maastricht borders Belgium and Germany) is accepted with its country
 * code (+ or 00, 8 to 15 digits), stored as "+" and digits.
 */
export function normaliseMobile(text: string): string | null {
  const t = text.trim();
  if (!PHONE_CHARS.test(t)) return null;
  const digits = t.replace(/\D/g, '');
  const international = t.startsWith('+') ? digits : digits.startsWith('00') ? digits.slice(2) : null;
  if (international === null) return /^06\d{8}$/.test(digits) ? `+31${digits.slice(1)}` : null;
  if (international.startsWith('31')) {
    const national = international.slice(2).replace(/^0/, '');
    return /^6\d{8}$/.test(national) ? `+31${national}` : null;
  }
  return international.length >= 8 && international.length <= 15 && !international.startsWith('0')
    ? `+${international}`
    : null;
}

/** True for a Dutch mobile number in any common writing. */
export function isDutchMobile(text: string): boolean {
  return normaliseMobile(text)?.startsWith('+316') ?? false;
}

const emailSchema = z.email();

/** An e-mail address as typed, trimmed; null when it is not one. */
export function normaliseEmail(text: string): string | null {
  const t = text.trim();
  return t.length <= 200 && emailSchema.safeParse(t).success ? t : null;
}

export function normaliseContact(channel: ContactChannel, value: string): string | null {
  if (channel === 'email') return normaliseEmail(value);
  return channel === 'sms' ? normaliseMobile(value) : normalisePhone(value);
}

/** A contact as the resident left it (never changed afterwards, only erased). */
export const liveContactSchema = z
  .extend(recordMetaSchema, {
    deleted: z.literal(false),
    processId: z.uuid(),
    meetingId: z.uuid(),
    channel: contactChannelSchema,
    value: nonEmptyText(200),
    /** The consent exactly as the resident saw it (in their language), and its version. */
    consentText: nonEmptyText(1000),
    consentVersion: nonEmptyText(60),
    /** Day of consent only (no time of day, so it cannot be matched to the answers' time). */
    consentedOn: z.iso.date(),
    /** Language the resident used, so feedback can be sent in it. */
    language: z.string().check(z.regex(/^[a-z]{2,3}$/)),
    /** Older files have no purpose: those contacts were all for feedback. */
    purpose: z._default(contactPurposeSchema, 'terugkoppeling'),
  })
  .check(
    z.superRefine((c, ctx) => {
      if (normaliseContact(c.channel, c.value) !== c.value) {
        ctx.addIssue({
          code: 'custom',
          path: ['value'],
          message:
            c.channel === 'email'
              ? 'geen geldig e-mailadres'
              : c.channel === 'sms'
                ? 'geen mobiel nummer (06 of met landcode)'
                : 'geen geldig telefoonnummer',
        });
      }
    }),
  );
export type LiveContact = z.infer<typeof liveContactSchema>;

/**
 * An erased contact (AVG): the tombstone that carries the deletion to every device. It holds no
 * personal data: only the record fields, the process and the meeting. Any other field a file
 * brings along (an older app's tombstone with the address still in it) is dropped by the parse,
 * so it is never stored.
 */
export const erasedContactSchema = z.extend(recordMetaSchema, {
  deleted: z.literal(true),
  processId: z.uuid(),
  meetingId: z.uuid(),
});
export type ErasedContact = z.infer<typeof erasedContactSchema>;

export const contactSchema = z.union([liveContactSchema, erasedContactSchema]);
export type Contact = z.infer<typeof contactSchema>;
export type ContactFields = Omit<LiveContact, keyof RecordMeta>;

// ---------------------------------------------------------------- the contact rule (unlinkable)

/**
 * A contact's clock. A contact must not be linkable to the resident's answers through anything in
 * an export, so it never takes a stamp of the device's clock (its time, or the gap it would leave
 * in the answers' stamps, would point at the answers sent with it). Its stamp is the start of the
 * UTC day of the change, its counter the record's revision: it orders the versions of one contact
 * (creation, erasure) and says nothing finer than the day. `day` is that UTC day (`utcDay`), not
 * the local one: ahead of UTC (the Netherlands), between local and UTC midnight the local day's start
 * is still to come, and the stamp would fall after the answers given at the same moment.
 */
export function contactStamp(day: string, rev: number, deviceId: string): string {
  const [y, m, d] = day.split('-').map(Number) as [number, number, number];
  return formatHlc({ ms: Date.UTC(y, m - 1, d), counter: rev, deviceId });
}

/** The creation time of a contact: its UTC day only (`utcDay`). */
export const contactCreatedAt = (day: string) => `${day}T00:00:00.000Z`;

/**
 * Contacts in a file are in order of their random id, never in the order they were given, so
 * their position says nothing about when (or after which answers) they were left.
 */
export function unlinkableOrder<T extends { id: string }>(contacts: readonly T[]): T[] {
  return [...contacts].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
}

/** The erased form of a contact: only what the tombstone may carry. */
export function erasedFields(c: Contact): { processId: string; meetingId: string } {
  return { processId: c.processId, meetingId: c.meetingId };
}
