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

export const contributionSchema = recordMetaSchema.extend({
  processId: z.uuid(),
  meetingId: z.uuid(),
  kind: contributionKindSchema,
  text: z.string().trim().max(5000, { error: 'maximaal 5000 tekens' }),
  themeIds: z.array(slugSchema).max(50).default([]),
  /** Groups the facilitator observed (never mixed with selfGroupIds in analysis). */
  observedGroupIds: z.array(z.string().max(60)).max(50).default([]),
  /** Groups the resident said they belong to (kiosk). */
  selfGroupIds: z.array(z.string().max(60)).max(50).default([]),
  source: contributionSourceSchema,
  /** How many others in the room agreed (facilitator). */
  agreeCount: z.number().int().min(0).max(10000).default(0),
  /** Kiosk: one resident's answers share a respondent id (random, not linked to a person). */
  respondentId: z.uuid().optional(),
  /** Kiosk: optional about-you answers. */
  residentBuurtId: z.string().max(60).optional(),
  ageBand: z.union([ageBandSchema, z.literal('zeg-ik-liever-niet')]).optional(),
  /** Kiosk: the configured question this text answers (issue 13: every question reaches residents). */
  questionId: slugSchema.optional(),
  /** Kiosk: per theme whether it goes well or needs to change. */
  themeAssessments: z.record(slugSchema, themeAssessmentSchema).default({}),
  /**
   * Who said it (issue 16). Absent means a resident (records and bundles from before this field
   * are residents' words, and the kiosk never sets it): read it through speakerOf() in
   * src/domain/voices.ts. Only residents count in reach.
   */
  speaker: speakerSchema.optional(),
  /** A partner or professional: the key figure of the process design it came from, when there is one. */
  speakerKeyFigureId: z.uuid().optional(),
  /** A partner or professional without a key figure: the organisation's (or role's) name. */
  speakerName: z.string().trim().max(200).optional(),
});
export type Contribution = z.infer<typeof contributionSchema>;
