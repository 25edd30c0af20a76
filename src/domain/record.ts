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
export const recordMetaSchema = z.object({
  id: z.uuid({ error: 'geen geldige id (UUID)' }),
  createdAt: z.iso.datetime({ offset: true, error: 'geen geldige datum en tijd' }),
  updatedAt: z.string().regex(HLC_PATTERN, { error: 'geen geldige klokwaarde' }),
  deviceId: z.string().min(1).max(64),
  rev: z.number().int().min(1),
  deleted: z.boolean(),
  /**
   * Version vector (issue 3, exchange): per device the last stamp of that device this version has
   * seen. Lets the merge tell a deliberate replacement from a concurrent change (src/domain/merge.ts).
   * Missing means `{ [deviceId]: updatedAt }`.
   */
  vv: z
    .record(
      z.string().regex(/^[A-Za-z0-9_-]{1,64}$/, { error: 'geen geldige apparaatcode' }),
      z.string().regex(HLC_PATTERN, { error: 'geen geldige klokwaarde' }),
    )
    .optional(),
});

export type RecordMeta = z.infer<typeof recordMetaSchema>;

/** Short ids of configuration items (themes, buurten, target groups): readable slugs. */
export const slugSchema = z
  .string()
  .min(1, { error: 'mag niet leeg zijn' })
  .max(60)
  .regex(/^[a-z0-9][a-z0-9-]*$/, { error: 'alleen kleine letters, cijfers en streepjes' });

export const nonEmptyText = (max = 5000) =>
  z
    .string()
    .trim()
    .min(1, { error: 'mag niet leeg zijn' })
    .max(max, { error: `maximaal ${max} tekens` });
