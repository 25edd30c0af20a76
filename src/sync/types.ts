/**
 * The sync service's HTTP API (server/app.ts), as types shared by the service and the client
 * (src/sync/client.ts). Version 1 lives under /api/v1; every error is
 * `{ error: <code>, message: <Dutch sentence>, problems?: <Dutch sentences> }` with a 4xx or 5xx status.
 */

export const API_PREFIX = '/api/v1';

export type Role = 'coordinator' | 'device';

/** Error codes of the service (stable; the Dutch messages may change). */
export const SYNC_ERROR_CODES = [
  'unauthorized',
  'revoked',
  'forbidden',
  'codeInvalid',
  'codeExpired',
  'codeUsed',
  'badRequest',
  'hashMismatch',
  'bundleRefused',
  'wrongKind',
  'wrongDevice',
  'wrongProcess',
  'encryptionRequired',
  'envelopeWithoutHeader',
  'notFound',
  'tooLarge',
  'rateLimited',
  'serverError',
] as const;
export type SyncErrorCode = (typeof SYNC_ERROR_CODES)[number];

export interface ErrorBody {
  error: SyncErrorCode;
  message: string;
  /** For a refused bundle: each reason, in Dutch (the words of a refused file import). */
  problems?: string[];
}

export interface Health {
  ok: true;
}

export interface SetupRequest {
  /** The one-time set-up code from the service's log. */
  code: string;
  processId: string;
  deviceId: string;
  label: string;
  /** Whether bundles must be encrypted with the process passphrase (default true). */
  encryptionRequired?: boolean;
}

export interface PairRequest {
  code: string;
  deviceId: string;
  label: string;
}

export interface Paired {
  token: string;
  role: Role;
  processId: string;
  deviceId: string;
  encryptionRequired: boolean;
}

export interface PairingCodeRequest {
  /** Who the code pairs: a tablet (default) or another coordinator of the same process. */
  role?: Role;
}

export interface PairingCode {
  /** 8 characters without look-alikes (no 0/O, 1/I/L); shown as XXXX-XXXX, typed with or without the dash. */
  code: string;
  expiresAt: string;
  role: Role;
}

export interface Me {
  processId: string;
  deviceId: string;
  label: string;
  role: Role;
  encryptionRequired: boolean;
}

export interface PushResult {
  sha256: string;
  /** false when the service already had these exact bytes (HTTP 200 instead of 201). */
  created: boolean;
  cursor: string;
}

export interface StoredItem {
  sha256: string;
  deviceId: string;
  exportSeq: number;
  size: number;
  encrypted: boolean;
  receivedAt: string;
  /** Pass the last one as `after` to get what came later. */
  cursor: string;
}

/** GET /bundles answers `{ bundles, next, more }`, GET /publications `{ publications, next, more }`. */
export interface BundlePage {
  bundles: StoredItem[];
  next: string;
  more: boolean;
}
export interface PublicationPage {
  publications: StoredItem[];
  next: string;
  more: boolean;
}

export interface DeviceInfo {
  deviceId: string;
  label: string;
  role: Role;
  pairedAt: string;
  lastSeenAt: string | null;
  revokedAt: string | null;
  bundles: number;
  lastExportSeq: number | null;
}

export interface Policy {
  processId: string;
  encryptionRequired: boolean;
}
