/**
 * What the sync service's answers must look like before the client (./client.ts) hands them on:
 * a wrong or hostile answer (a proxy's page, a misconfigured or compromised service) is refused as
 * "unexpected" before anything is stored or acted upon. Unknown extra fields are dropped (a newer
 * service may add some); missing or mistyped ones refuse the answer.
 */
import { z } from '../domain/zod';

const sha256 = z.string().check(z.regex(/^[0-9a-f]{64}$/));
/** Cursors are row numbers as text ("0" = from the start), as the service sends them. */
const cursor = z.string().check(z.regex(/^\d{1,18}$/));
const role = z.enum(['coordinator', 'device']);
const id = z.string().check(z.minLength(1), z.maxLength(100));
const time = z.iso.datetime({ offset: true });

export const healthSchema = z.object({ ok: z.literal(true) });

export const pairedSchema = z.object({
  token: z.string().check(z.regex(/^[A-Za-z0-9_-]{20,100}$/)),
  role,
  processId: id,
  deviceId: id,
  encryptionRequired: z.boolean(),
});

export const meSchema = z.object({
  processId: id,
  deviceId: id,
  label: z.string().check(z.maxLength(200)),
  role,
  encryptionRequired: z.boolean(),
});

export const pairingCodeSchema = z.object({
  code: z.string().check(z.regex(/^[A-Za-z0-9 -]{4,64}$/)),
  expiresAt: time,
  role,
});

export const pushResultSchema = z.object({ sha256, created: z.boolean(), cursor });

const storedItem = z.object({
  sha256,
  deviceId: id,
  exportSeq: z.number().check(z.int(), z.gte(0)),
  size: z.number().check(z.int(), z.gte(0)),
  encrypted: z.boolean(),
  receivedAt: time,
  cursor,
});
/** A page holds at most the service's page size (500 by default); far more is not the service. */
const items = z.array(storedItem).check(z.maxLength(10_000));

export const bundlePageSchema = z.object({ bundles: items, next: cursor, more: z.boolean() });
export const publicationPageSchema = z.object({ publications: items, next: cursor, more: z.boolean() });

export const devicesSchema = z.object({
  devices: z
    .array(
      z.object({
        deviceId: id,
        label: z.string().check(z.maxLength(200)),
        role,
        pairedAt: time,
        lastSeenAt: z.nullable(time),
        revokedAt: z.nullable(time),
        bundles: z.number().check(z.int(), z.gte(0)),
        lastExportSeq: z.nullable(z.number().check(z.int(), z.gte(0))),
      }),
    )
    .check(z.maxLength(100_000)),
});

export const revokedSchema = z.object({ deviceId: id, revoked: z.literal(true) });

export const policySchema = z.object({ processId: id, encryptionRequired: z.boolean() });
