/**
 * Why the service refuses a request: a stable code (for programs: src/sync/client.ts maps it to a
 * typed error) and its HTTP status. The sentence for people is `sync.code.<code>` in the one
 * catalogue (src/i18n/nl/sync.ts), so the app can show the same refusal in the resident's or the
 * coordinator's language. Problems with a bundle itself come from the exchange's catalogue
 * (src/i18n/nl/exchange.ts), the same words as a refused file import.
 */
export const ERRORS = {
  unauthorized: 401,
  revoked: 401,
  forbidden: 403,
  codeInvalid: 400,
  codeExpired: 400,
  codeUsed: 400,
  badRequest: 400,
  hashMismatch: 400,
  bundleRefused: 422,
  wrongKind: 422,
  wrongDevice: 403,
  wrongProcess: 403,
  encryptionRequired: 422,
  envelopeWithoutHeader: 422,
  notFound: 404,
  tooLarge: 413,
  rateLimited: 429,
  serverError: 500,
} as const satisfies Record<string, number>;

export type ErrorCode = keyof typeof ERRORS;

export interface ErrorBody {
  error: ErrorCode;
  message: string;
  /** For a refused bundle: each reason, in Dutch. */
  problems?: string[];
}
