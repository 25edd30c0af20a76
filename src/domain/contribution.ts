import { AGE_BANDS, CONTRIBUTION_KINDS, CONTRIBUTION_SOURCES, SPEAKERS } from './constants';
import { recordMetaSchema, slugSchema } from './record';
import { z } from './zod';

export { AGE_BANDS, CONTRIBUTION_KINDS, CONTRIBUTION_SOURCES, SPEAKERS };

export const speakerSchema = z.enum(SPEAKERS);

export const contributionKindSchema = z.enum(CONTRIBUTION_KINDS);
export type ContributionKind = z.infer<typeof contributionKindSchema>;

export const contributionSourceSchema = z.enum(CONTRIBUTION_SOURCES);
export type ContributionSource = z.infer<typeof contributionSourceSchema>;

export const ageBandSchema = z.enum(AGE_BANDS);

/** A resident's view on a suggested theme in the kiosk. */
export const themeAssessmentSchema = z.enum(['gaat-goed', 'moet-anders']);

export const contributionSchema = z.extend(recordMetaSchema, {
  processId: z.uuid(),
  meetingId: z.uuid(),
  kind: contributionKindSchema,
  text: z.string().check(z.trim(), z.maxLength(5000, { error: 'maximaal 5000 tekens' })),
  themeIds: z._default(z.array(slugSchema).check(z.maxLength(50)), []),
  /** Groups the facilitator observed (never mixed with selfGroupIds in analysis). */
  observedGroupIds: z._default(z.array(z.string().check(z.maxLength(60))).check(z.maxLength(50)), []),
  /** Groups the resident said they belong to (kiosk). */
  selfGroupIds: z._default(z.array(z.string().check(z.maxLength(60))).check(z.maxLength(50)), []),
  source: contributionSourceSchema,
  /** How many others in the room agreed (facilitator). */
  agreeCount: z._default(z.number().check(z.int(), z.gte(0), z.lte(10000)), 0),
  /** Kiosk: one resident's answers share a respondent id (random, not linked to a person). */
  respondentId: z.optional(z.uuid()),
  /** Kiosk: optional about-you answers. */
  residentBuurtId: z.optional(z.string().check(z.maxLength(60))),
  ageBand: z.optional(z.union([ageBandSchema, z.literal('zeg-ik-liever-niet')])),
  /** Kiosk: the configured question this text answers (issue 13: every question reaches residents). */
  questionId: z.optional(slugSchema),
  /** Kiosk: per theme whether it goes well or needs to change. */
  themeAssessments: z._default(z.record(slugSchema, themeAssessmentSchema), {}),
  /**
   * Who said it (issue 16). Absent means a resident (records and bundles from before this field
   * are residents' words, and the kiosk never sets it): read it through speakerOf() in
   * src/domain/voices.ts. Only residents count in reach.
   */
  speaker: z.optional(speakerSchema),
  /** A partner or professional: the key figure of the process design it came from, when there is one. */
  speakerKeyFigureId: z.optional(z.uuid()),
  /** A partner or professional without a key figure: the organisation's (or role's) name. */
  speakerName: z.optional(z.string().check(z.trim(), z.maxLength(200))),
});
export type Contribution = z.infer<typeof contributionSchema>;
