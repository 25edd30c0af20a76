import { nonEmptyText, recordMetaSchema } from './record';
import { z } from './zod';

/**
 * A resident's contact for feedback ("wilt u horen wat ermee gebeurt?"). Only with explicit
 * consent, stored in its own table apart from the answers: it holds the meeting and the consent
 * (text, version, day), never the respondent id, so it cannot be joined to what the resident said.
 * It never goes into an analysis export.
 */
export const CONTACT_CHANNELS = ['email', 'phone'] as const;
export const contactChannelSchema = z.enum(CONTACT_CHANNELS);
export type ContactChannel = z.infer<typeof contactChannelSchema>;

/** Version of the consent text shown in the kiosk; raise it when the text changes in meaning. */
export const KIOSK_CONSENT_VERSION = 'kiosk-contact-1';

const PHONE_CHARS = /^\+?[0-9 ()./-]+$/;

/** A phone number as typed, reduced to digits (and a leading +); null when it cannot be one. */
export function normalisePhone(text: string): string | null {
  const t = text.trim();
  if (!PHONE_CHARS.test(t)) return null;
  const digits = t.replace(/\D/g, '');
  if (digits.length < 8 || digits.length > 15) return null;
  return t.startsWith('+') ? `+${digits}` : digits;
}

const emailSchema = z.email();

/** An e-mail address as typed, trimmed; null when it is not one. */
export function normaliseEmail(text: string): string | null {
  const t = text.trim();
  return t.length <= 200 && emailSchema.safeParse(t).success ? t : null;
}

export function normaliseContact(channel: ContactChannel, value: string): string | null {
  return channel === 'email' ? normaliseEmail(value) : normalisePhone(value);
}

export const contactSchema = recordMetaSchema
  .extend({
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
    language: z.string().regex(/^[a-z]{2,3}$/),
  })
  .superRefine((c, ctx) => {
    if (normaliseContact(c.channel, c.value) !== c.value) {
      ctx.addIssue({
        code: 'custom',
        path: ['value'],
        message: c.channel === 'email' ? 'geen geldig e-mailadres' : 'geen geldig telefoonnummer',
      });
    }
  });
export type Contact = z.infer<typeof contactSchema>;
