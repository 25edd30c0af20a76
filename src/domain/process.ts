import {
  CONFIG_FORMAT,
  CONFIG_VERSION,
  GROUP_NO_ANSWER,
  GROUP_UNKNOWN,
  PARTICIPATION_LEVELS,
  PHASES,
  PLURAL_CATEGORIES,
  RESERVED_GROUP_IDS,
} from './constants';
import { nonEmptyText, recordMetaSchema, slugSchema } from './record';
import { TEXT_MAX } from './textLimits';
import { z } from './zod';

export {
  CONFIG_FORMAT,
  CONFIG_VERSION,
  GROUP_NO_ANSWER,
  GROUP_UNKNOWN,
  PARTICIPATION_LEVELS,
  PHASES,
  RESERVED_GROUP_IDS,
};

/** Where residents stand on the participation ladder; residents see this in plain words. */
export const participationLevelSchema = z.enum(PARTICIPATION_LEVELS);

export const phaseSchema = z.enum(PHASES);

export const sourceNoteSchema = z.object({
  label: nonEmptyText(300),
  year: z.optional(z.number().check(z.int(), z.gte(1900), z.lte(2100))),
  /** True for figures that only illustrate; the app labels them "voorbeeldcijfer". */
  example: z.boolean(),
});

export const questionSchema = z.object({
  id: slugSchema,
  text: nonEmptyText(TEXT_MAX.questionText),
  help: z.optional(z.string().check(z.maxLength(TEXT_MAX.questionHelp))),
});

export const themeSchema = z.object({
  id: slugSchema,
  label: nonEmptyText(TEXT_MAX.themeLabel),
  description: z._default(z.string().check(z.maxLength(TEXT_MAX.themeDescription)), ''),
  /** Name of a pictogram in the app's own icon set (src/ui/icons). */
  icon: z.string().check(z.minLength(1), z.maxLength(40)),
  /** A suggestion offered as an example, to be replaced or kept by the process team. */
  example: z._default(z.boolean(), false),
});

export const profileFactSchema = z.object({
  label: nonEmptyText(120),
  value: nonEmptyText(200),
  source: sourceNoteSchema,
});

export const buurtSchema = z.object({
  id: slugSchema,
  name: nonEmptyText(TEXT_MAX.buurtName),
  /** Themes the municipality's social profile names for this buurt. */
  themeIds: z._default(z.array(slugSchema), []),
  profile: z._default(z.array(profileFactSchema), []),
});

export const shareSchema = z.number({ error: 'moet een getal zijn' }).check(
  z.gte(0, { error: 'minimaal 0' }),
  z.lte(1, {
    error: 'maximaal 1 (een aandeel tussen 0 en 1)',
  }),
);

export const targetGroupSchema = z.object({
  id: slugSchema,
  label: nonEmptyText(TEXT_MAX.groupLabel),
  residentLabel: z._default(z.string().check(z.trim(), z.maxLength(TEXT_MAX.groupResidentLabel)), ''),
  description: z._default(z.string().check(z.maxLength(TEXT_MAX.groupDescription)), ''),
  /** Special category data or close to it (health, origin): shown with extra care, never required. */
  sensitive: z._default(z.boolean(), false),
  /** Share of the population, for the whole area and per buurt id. */
  share: z.object({
    total: z.optional(shareSchema),
    byBuurt: z._default(z.record(z.string(), shareSchema), {}),
  }),
  source: sourceNoteSchema,
});

export const connectedProcessSchema = z.object({
  id: slugSchema,
  name: nonEmptyText(120),
  description: z._default(z.string().check(z.maxLength(1000)), ''),
  /** How this participation process hooks into it. */
  hook: z._default(z.string().check(z.maxLength(1000)), ''),
});

export const processSettingsSchema = z.object({
  /** Aggregates of fewer people than this are shown as "<k". */
  minGroupSize: z._default(
    z
      .number()
      .check(
        z.int(),
        z.gte(5, { error: 'minimaal 5: kleinere groepen zouden herkenbaar worden' }),
        z.lte(100),
      ),
    5,
  ),
  /** A representation index below this marks a group as under-represented. */
  underRepresentationThreshold: z._default(z.number().check(z.gte(0), z.lte(1)), 0.5),
  dotsPerResident: z._default(z.number().check(z.int(), z.gte(1), z.lte(20)), 3),
  feedbackIntervalMonths: z._default(z.number().check(z.int(), z.gte(1), z.lte(36)), 3),
  /** Contacts for feedback are erased this many weeks after the first feedback to their buurt… */
  contactWeeksAfterFeedback: z._default(z.number().check(z.int(), z.gte(0), z.lte(52)), 4),
  /** …and at the latest this many months after consent (src/domain/retention.ts). */
  contactMaxMonths: z._default(z.number().check(z.int(), z.gte(1), z.lte(24)), 12),
});

/** A language code as the kiosk and the translation files use it ("pl", "so", "ti"). */
export const langCodeSchema = z
  .string()
  .check(z.regex(/^[a-z]{2,3}$/, { error: 'geen taalcode (twee of drie kleine letters)' }));

/** One translated text, or its plural forms by CLDR category (for counts in the app's texts). */
export const translatedEntrySchema = z.union([
  z.string().check(z.maxLength(5000)),
  z
    .catchall(z.object({ other: z.string().check(z.maxLength(5000)) }), z.string().check(z.maxLength(5000)))
    .check(
      z.refine((f) => Object.keys(f).every((k) => PLURAL_CATEGORIES.includes(k as never)), {
        error: 'onbekende meervoudsvorm',
      }),
    ),
]);

export const translationsSchema = z
  ._default(
    z.record(
      langCodeSchema,
      z.record(z.string().check(z.minLength(1), z.maxLength(200)), translatedEntrySchema),
    ),
    {},
  )
  .check(
    z.refine((t) => Object.keys(t).length <= 40, { error: 'maximaal 40 talen' }),
    z.refine((t) => Object.values(t).every((m) => Object.keys(m).length <= 5000), {
      error: 'maximaal 5000 teksten per taal',
    }),
  );

const isUnique = (ids: string[]) => new Set(ids).size === ids.length;

/** The configurable content of a participation process (what a config file holds). */
export const processConfigSchema = z
  .object({
    name: nonEmptyText(200),
    municipality: nonEmptyText(120),
    area: nonEmptyText(120),
    phase: phaseSchema,
    participationLevel: participationLevelSchema,
    /** What the participation level means, in plain words for residents. */
    participationText: nonEmptyText(TEXT_MAX.participationText),
    /** Who asks the question and what happens with the answers (kiosk welcome screen). */
    askedBy: nonEmptyText(TEXT_MAX.askedBy),
    framing: z._default(z.string().check(z.trim(), z.maxLength(TEXT_MAX.framing)), ''),
    questions: z.array(questionSchema).check(z.minLength(1, { error: 'minimaal één vraag' })),
    themes: z.array(themeSchema).check(z.minLength(1, { error: 'minimaal één thema' })),
    buurten: z.array(buurtSchema).check(z.minLength(1, { error: 'minimaal één buurt' })),
    targetGroups: z.array(targetGroupSchema),
    connectedProcesses: z._default(z.array(connectedProcessSchema), []),
    /**
     * Translations of the resident-facing texts, per language code: configuration texts under the
     * keys of src/domain/configText.ts, and app texts a translator imported (resident catalogue keys).
     * A text without a translation is shown in Dutch, marked lang="nl".
     */
    translations: translationsSchema,
    settings: z._default(processSettingsSchema, {
      minGroupSize: 5,
      underRepresentationThreshold: 0.5,
      dotsPerResident: 3,
      feedbackIntervalMonths: 3,
      contactWeeksAfterFeedback: 4,
      contactMaxMonths: 12,
    }),
  })
  .check(
    z.superRefine((p, ctx) => {
      const themeIds = new Set(p.themes.map((t) => t.id));
      const buurtIds = new Set(p.buurten.map((b) => b.id));
      for (const [key, list] of [
        ['questions', p.questions],
        ['themes', p.themes],
        ['buurten', p.buurten],
        ['targetGroups', p.targetGroups],
        ['connectedProcesses', p.connectedProcesses],
      ] as const) {
        if (!isUnique(list.map((x) => x.id))) {
          ctx.addIssue({ code: 'custom', path: [key], message: 'dezelfde id komt twee keer voor' });
        }
      }
      p.buurten.forEach((b, i) => {
        b.themeIds.forEach((id, j) => {
          if (!themeIds.has(id)) {
            ctx.addIssue({
              code: 'custom',
              path: ['buurten', i, 'themeIds', j],
              message: `onbekend thema "${id}"`,
            });
          }
        });
      });
      p.targetGroups.forEach((g, i) => {
        if ((RESERVED_GROUP_IDS as readonly string[]).includes(g.id)) {
          ctx.addIssue({
            code: 'custom',
            path: ['targetGroups', i, 'id'],
            message: `"${g.id}" is gereserveerd`,
          });
        }
        for (const id of Object.keys(g.share.byBuurt)) {
          if (!buurtIds.has(id)) {
            ctx.addIssue({
              code: 'custom',
              path: ['targetGroups', i, 'share', 'byBuurt', id],
              message: `onbekende buurt "${id}"`,
            });
          }
        }
      });
    }),
  );

export type ProcessConfig = z.infer<typeof processConfigSchema>;
export type Theme = z.infer<typeof themeSchema>;
export type Buurt = z.infer<typeof buurtSchema>;
export type TargetGroup = z.infer<typeof targetGroupSchema>;
export type ConnectedProcess = z.infer<typeof connectedProcessSchema>;
export type ProcessSettings = z.infer<typeof processSettingsSchema>;
export type ParticipationLevel = z.infer<typeof participationLevelSchema>;

/** A process as stored and exchanged: its configuration plus the record fields. */
export const processSchema = z.intersection(recordMetaSchema, processConfigSchema);
export type Translations = z.infer<typeof translationsSchema>;
export type TranslatedEntry = z.infer<typeof translatedEntrySchema>;

export type Process = z.infer<typeof processSchema>;

/** A configuration file as shipped or exported: `{ format, version, process }`. */
export const configFileSchema = z.object({
  format: z.literal(CONFIG_FORMAT, { error: `geen Buurtstem-configuratie (verwacht "${CONFIG_FORMAT}")` }),
  version: z.literal(CONFIG_VERSION, { error: `onbekende versie (verwacht ${CONFIG_VERSION})` }),
  /**
   * The process id every device shares. With it (and `issuedAt`), every device that starts from
   * this file creates the very same process record, so exports of many tablets merge into one
   * process instead of one per tablet.
   */
  id: z.optional(z.uuid()),
  /** When this configuration was issued: the time stamp of that shared first version. */
  issuedAt: z.optional(z.iso.datetime({ offset: true })),
  process: processConfigSchema,
});
export type ConfigFile = z.infer<typeof configFileSchema>;
