/**
 * Bundle format v1: the file a device exports and a coordinator imports (docs/FORMAT.md).
 * Pure zod schemas (no DOM, no Dexie): the app and the command line share them, and
 * scripts/make-bundle-schema.mjs turns them into docs/bundle.schema.json.
 */

import { HLC_PATTERN } from '../domain/clock';
import { SYNC_TABLES } from '../domain/constants';
import { DEVICE_ID_PATTERN } from '../domain/record';
import { RECORD_SCHEMAS as TABLE_RECORD_SCHEMAS } from '../domain/recordSchemas';
import { z } from '../domain/zod';

export const BUNDLE_FORMAT = 'buurtstem-bundle';
export const BUNDLE_VERSION = 1;
export const ENVELOPE_FORMAT = 'buurtstem-encrypted';
export const ENVELOPE_VERSION = 1;

/** A file larger than this is refused before it is read (the app checks File.size, the CLI stat). */
export const MAX_BUNDLE_BYTES = 200 * 1000 * 1000;

/**
 * Bounds of the format (docs/FORMAT.md, "Grenzen"). Every number and size in a file is bounded, so
 * no file can make the app or the command line loop, allocate or recurse without end.
 */
/** Highest export number: a device exporting every minute for a year makes about 500,000. */
export const MAX_EXPORT_SEQ = 1_000_000;
/** Highest local change number in a range (far above what a tablet can make). */
export const MAX_LOCAL_SEQ = 1_000_000_000;
/** Device exports listed in a merged file's header. */
export const MAX_SOURCES = 100_000;
/** Records plus conflict versions in one file. */
export const MAX_RECORDS = 2_000_000;
/** Nesting depth of any value in the payload (a record is about 5 deep). */
export const MAX_DEPTH = 16;
/** Entries of any list or object inside a record. */
export const MAX_ENTRIES = 10_000;
/** Characters of any text in the payload (the schemas are stricter per field). */
export const MAX_STRING = 20_000;

/** The record types a bundle can hold, in this order: the synchronised tables (src/domain/constants.ts). */
export const EXCHANGE_TABLES = SYNC_TABLES;
export type ExchangeTable = (typeof EXCHANGE_TABLES)[number];

/**
 * What a "publish" bundle of the coordinator may carry to the devices: the configuration, the
 * agenda, and the feedback given to residents (so a tablet can show "Wat we hoorden" with what was
 * done at the next meeting; feedback holds no personal data).
 */
export const PUBLISH_TABLES: readonly ExchangeTable[] = ['processes', 'agendaItems', 'feedback'];

export const BUNDLE_KINDS = ['device', 'publish', 'merged'] as const;
export type BundleKind = (typeof BUNDLE_KINDS)[number];

/** The schema every record of a table must pass (the same map as on the device). */
export const RECORD_SCHEMAS: Record<ExchangeTable, z.ZodMiniType> = TABLE_RECORD_SCHEMAS;

export const deviceIdSchema = z
  .string()
  .check(
    z.regex(DEVICE_ID_PATTERN, { error: 'geen geldige apparaatcode' }),
    z.describe('Apparaatcode: het laatste deel van elke klokwaarde van dit apparaat.'),
  );

const count = z.number().check(z.int(), z.gte(0), z.lte(MAX_RECORDS));

/** localSeq range of the changes in a device bundle: (fromSeq - 1, toSeq]. */
export const rangeSchema = z
  .object({
    fromSeq: z.number().check(z.int(), z.gte(1), z.lte(MAX_LOCAL_SEQ)),
    toSeq: z.number().check(z.int(), z.gte(0), z.lte(MAX_LOCAL_SEQ)),
  })
  .check(
    z.refine((r) => r.fromSeq <= r.toSeq + 1, { error: 'fromSeq mag niet na toSeq + 1 liggen' }),
    z.describe('Welke lokale volgnummers (localSeq) het bestand bevat: van fromSeq tot en met toSeq.'),
  );

/** One device export that a merged bundle contains (so the coordinator can still see gaps). */
export const sourceSchema = z.object({
  deviceId: deviceIdSchema,
  deviceLabel: z.string().check(z.maxLength(60)),
  exportSeq: z.number().check(z.int(), z.gte(1), z.lte(MAX_EXPORT_SEQ)),
  range: z.nullable(rangeSchema),
});
export type BundleSource = z.infer<typeof sourceSchema>;

const countsSchema = z.partialRecord(z.enum(EXCHANGE_TABLES), count);

export const headerSchema = z.object({
  format: z.literal(BUNDLE_FORMAT).check(z.describe('Altijd "buurtstem-bundle".')),
  formatVersion: z.literal(BUNDLE_VERSION).check(z.describe('Versie van dit formaat.')),
  kind: z
    .enum(BUNDLE_KINDS)
    .check(
      z.describe(
        'device: export van één apparaat; publish: configuratie, agenda en terugkoppeling van de coördinator naar de apparaten; merged: samengevoegd bestand.',
      ),
    ),
  appVersion: z
    .string()
    .check(
      z.minLength(1),
      z.maxLength(40),
      z.describe('Versie van de app of opdrachtregel die het bestand maakte.'),
    ),
  device: z.object({ id: deviceIdSchema, label: z.string().check(z.maxLength(60)) }),
  processId: z.nullable(z.uuid()).check(z.describe('Het participatietraject waar het apparaat aan werkte.')),
  exportSeq: z
    .number()
    .check(
      z.int(),
      z.gte(0),
      z.lte(MAX_EXPORT_SEQ),
      z.describe('Volgnummer van deze export op dit apparaat (1, 2, 3, …; 0 bij een samengevoegd bestand).'),
    ),
  exportedAt: z.iso.datetime({ offset: true, error: 'geen geldige datum en tijd' }),
  range: z.nullable(rangeSchema),
  counts: z.object({ records: countsSchema, conflicts: countsSchema }),
  sources: z
    ._default(z.array(sourceSchema).check(z.maxLength(MAX_SOURCES)), [])
    .check(z.describe('Bij een samengevoegd bestand: de apparaat-exports die erin zitten.')),
  sha256: z
    .string()
    .check(
      z.regex(/^[0-9a-f]{64}$/, { error: 'geen geldige SHA-256 (64 tekens 0-9 a-f)' }),
      z.describe(
        'SHA-256 (hex) van JSON.stringify(payload): de payload compact, in de volgorde van het bestand.',
      ),
    ),
});
export type BundleHeader = z.infer<typeof headerSchema>;

const tablesOf = (schemaOf: (t: ExchangeTable) => z.ZodMiniType) =>
  z.strictObject(
    Object.fromEntries(EXCHANGE_TABLES.map((t) => [t, z.optional(z.array(schemaOf(t)))])) as Record<
      ExchangeTable,
      z.ZodMiniOptional<z.ZodMiniArray<z.ZodMiniType>>
    >,
  );

/** The whole file, for documentation (docs/bundle.schema.json). The app validates it piece by piece. */
export const bundleFileSchema = z.object({
  header: headerSchema,
  payload: z.object({
    records: tablesOf((t) => RECORD_SCHEMAS[t]).check(
      z.describe(
        'Per soort gegevens de huidige versie van elk record (verwijderde records als tombstone: deleted = true).',
      ),
    ),
    conflicts: tablesOf((t) => RECORD_SCHEMAS[t]).check(
      z.describe('Versies die verloren bij een gelijktijdige wijziging en nog niet zijn afgehandeld.'),
    ),
  }),
});

/** PBKDF2 rounds an envelope may ask for: fewer is too weak, more would hang the device. */
export const PBKDF2_MIN_ITERATIONS = 600_000;
export const PBKDF2_MAX_ITERATIONS = 10_000_000;

const base64Of = (bytes: number, what: string) =>
  z
    .string()
    .check(
      z.length(Math.ceil(bytes / 3) * 4, { error: `${what}: niet ${bytes} bytes` }),
      z.regex(/^[A-Za-z0-9+/]*={0,2}$/, { error: `${what}: geen geldige base64` }),
    );

/**
 * The envelope's readable header: what a sync service needs for its bookkeeping (which device and
 * process, which export, which payload) without the passphrase. It is bound to the ciphertext as
 * AES-GCM additional data (src/exchange/crypto.ts), so it cannot be swapped, and the reader checks it
 * against the decrypted bundle's header.
 */
export const envelopeHeaderSchema = z
  .strictObject({
    kind: z.enum(BUNDLE_KINDS),
    deviceId: deviceIdSchema,
    processId: z.nullable(z.uuid()),
    exportSeq: z.number().check(z.int(), z.gte(0), z.lte(MAX_EXPORT_SEQ)),
    sha256: z
      .string()
      .check(z.regex(/^[0-9a-f]{64}$/, { error: 'geen geldige SHA-256 (64 tekens 0-9 a-f)' })),
  })
  .check(
    z.describe(
      'Leesbare kop (optioneel): soort, apparaatcode, traject, exportnummer en controlesom van de bundel erin; als extra gegevens aan de AES-GCM-versleuteling gebonden.',
    ),
  );
export type EnvelopeHeader = z.infer<typeof envelopeHeaderSchema>;

/** The readable header of a bundle's envelope, from the bundle's own header. */
export const envelopeHeaderOf = (h: BundleHeader): EnvelopeHeader => ({
  kind: h.kind,
  deviceId: h.device.id,
  processId: h.processId,
  exportSeq: h.exportSeq,
  sha256: h.sha256,
});

/** An encrypted bundle: PBKDF2-SHA256 → AES-GCM-256 over the bundle's JSON text. */
export const envelopeSchema = z.object({
  format: z.literal(ENVELOPE_FORMAT),
  formatVersion: z.literal(ENVELOPE_VERSION),
  cipher: z.literal('AES-GCM-256'),
  kdf: z.object({
    name: z.literal('PBKDF2'),
    hash: z.literal('SHA-256'),
    iterations: z
      .number()
      .check(
        z.int(),
        z.gte(PBKDF2_MIN_ITERATIONS, { error: `minstens ${PBKDF2_MIN_ITERATIONS} rondes` }),
        z.lte(PBKDF2_MAX_ITERATIONS, { error: `hoogstens ${PBKDF2_MAX_ITERATIONS} rondes` }),
      ),
    salt: base64Of(16, 'zout').check(z.describe('16 willekeurige bytes, base64')),
  }),
  iv: base64Of(12, 'IV').check(z.describe('12 willekeurige bytes, base64')),
  header: z.optional(envelopeHeaderSchema),
  ciphertext: z.string().check(
    z.minLength(24, { error: 'te kort' }),
    z.maxLength(Math.ceil((MAX_BUNDLE_BYTES * 4) / 3) + 64, { error: 'te lang' }),
    z.regex(/^[A-Za-z0-9+/]*={0,2}$/, { error: 'geen geldige base64' }),
    z.refine((c) => c.length % 4 === 0, { error: 'geen geldige base64' }),
    z.describe('AES-GCM-versleutelde UTF-8-tekst van het bundelbestand, met de tag, base64'),
  ),
});
export type Envelope = z.infer<typeof envelopeSchema>;

/** HLC stamp pattern, re-exported for the readers. */
export { HLC_PATTERN };
