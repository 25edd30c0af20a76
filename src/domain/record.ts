import { z } from './zod';
import './validation';
import { HLC_PATTERN } from './clock';

/**
 * Fields every synchronised record carries. They are designed for the merge in the exchange:
 *  - id: UUID, never reused;
 *  - createdAt: wall-clock time of creation (for people, not for ordering);
 *  - updatedAt: hybrid logical clock stamp of the last change (orders versions; ends in deviceId);
 *  - deviceId: the device that made the last change;
 *  - rev: how many times the record was changed (informational, shown in conflicts);
 *  - deleted: tombstone; deleted records stay so a deletion travels to other devices.
 */
/**
 * A device id: letters, digits, `_` and `-`, 1 to 64 characters. `__proto__` and `prototype` are
 * refused: a JSON object key with those names is stripped or refused by parsers (zod strips
 * `__proto__`), so a version vector keyed by them could not travel unchanged. Every other id
 * (`constructor`, `toString`, `hasOwnProperty`, ...) is an ordinary id: id-keyed structures use Map
 * or null-prototype objects read with Object.hasOwn.
 */
export const DEVICE_ID_PATTERN = /^(?!(?:__proto__|prototype)$)[A-Za-z0-9_-]{1,64}$/;

/** At most this many devices in one version vector (a municipality has tens of tablets). */
export const MAX_VV_ENTRIES = 1000;

export const recordMetaSchema = z.object({
  id: z.uuid({ error: 'geen geldige id (UUID)' }),
  createdAt: z.iso.datetime({ offset: true, error: 'geen geldige datum en tijd' }),
  updatedAt: z.string().check(z.regex(HLC_PATTERN, { error: 'geen geldige klokwaarde' })),
  deviceId: z.string().check(z.regex(DEVICE_ID_PATTERN, { error: 'geen geldige apparaatcode' })),
  rev: z.number().check(z.int(), z.gte(1), z.lte(1_000_000_000)),
  deleted: z.boolean(),
  /**
   * Version vector (issue 3, exchange): per device the last stamp of that device this version has
   * seen. Lets the merge tell a deliberate replacement from a concurrent change (src/domain/merge.ts).
   * Missing means `{ [deviceId]: updatedAt }`.
   */
  vv: z.optional(
    z
      .record(
        z.string().check(z.regex(DEVICE_ID_PATTERN, { error: 'geen geldige apparaatcode' })),
        z.string().check(z.regex(HLC_PATTERN, { error: 'geen geldige klokwaarde' })),
      )
      .check(
        z.refine((vv) => Object.keys(vv).length <= MAX_VV_ENTRIES, {
          error: `hoogstens ${MAX_VV_ENTRIES} apparaten in de versievector`,
        }),
      ),
  ),
  /**
   * Device identity (docs/FORMAT.md): the stamp of the version this one was made on top of.
   * Two tablets with the same device id are told apart by it (src/domain/merge.ts, hasSeen).
   */
  prev: z.optional(z.string().check(z.regex(HLC_PATTERN, { error: 'geen geldige klokwaarde' }))),
});

export type RecordMeta = z.infer<typeof recordMetaSchema>;

/** Short ids of configuration items (themes, buurten, target groups): readable slugs. */
export const slugSchema = z
  .string()
  .check(
    z.minLength(1, { error: 'mag niet leeg zijn' }),
    z.maxLength(60),
    z.regex(/^[a-z0-9][a-z0-9-]*$/, { error: 'alleen kleine letters, cijfers en streepjes' }),
  );

export const nonEmptyText = (max = 5000) =>
  z
    .string()
    .check(
      z.trim(),
      z.minLength(1, { error: 'mag niet leeg zijn' }),
      z.maxLength(max, { error: `maximaal ${max} tekens` }),
    );
