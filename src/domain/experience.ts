import { recordMetaSchema } from './record';
import { z } from './zod';

/**
 * How someone experienced taking part (issue 13 "Hoe vond u dit?" in the kiosk, issue 16 item 4:
 * a short question at meeting close). It feeds the evaluation for the council. Kept apart from
 * contributions: it says nothing about the buurt, only about this way of taking part, and it is
 * never linked to a respondent, a contact or a contribution.
 */
export const EXPERIENCE_RATINGS = ['goed', 'gaat-wel', 'niet-goed'] as const;
export const experienceRatingSchema = z.enum(EXPERIENCE_RATINGS);
export type ExperienceRating = z.infer<typeof experienceRatingSchema>;

/** Who answered: a resident on the kiosk, or a key figure / facilitator when a meeting closes. */
export const EXPERIENCE_WHO = ['resident', 'sleutelfiguur', 'begeleider'] as const;
export const experienceWhoSchema = z.enum(EXPERIENCE_WHO);
export type ExperienceWho = z.infer<typeof experienceWhoSchema>;

export const experienceSchema = z.extend(recordMetaSchema, {
  processId: z.uuid(),
  meetingId: z.uuid(),
  who: experienceWhoSchema,
  rating: experienceRatingSchema,
  /** Optional words; shown to the coordinator only, never quoted in a report to residents. */
  comment: z._default(z.string().check(z.trim(), z.maxLength(1000)), ''),
});
export type Experience = z.infer<typeof experienceSchema>;
