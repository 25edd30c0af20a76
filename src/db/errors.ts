import type { Problem } from '../domain/validation';

/** The device has no room left; the caller keeps the user's input on screen. */
export class StorageFullError extends Error {
  constructor(cause?: unknown) {
    super('storage-full', { cause });
    this.name = 'StorageFullError';
  }
}

/** A record failed its schema on the way into the database. */
export class InvalidRecordError extends Error {
  constructor(readonly problems: Problem[]) {
    super(problems.map((p) => `${p.field}: ${p.message}`).join('; '));
    this.name = 'InvalidRecordError';
  }
}

/** A full disk, as the browser or Dexie reports it (Dexie wraps the DOMException as `inner`). */
export function isQuotaError(e: unknown): boolean {
  for (let cur: unknown = e, depth = 0; cur && depth < 5; depth++) {
    const name = (cur as { name?: string }).name;
    if (name === 'QuotaExceededError' || name === 'QuotaExceeded') return true;
    cur = (cur as { inner?: unknown; cause?: unknown }).inner ?? (cur as { cause?: unknown }).cause;
  }
  return false;
}

/** A repository write was started inside another transaction (a developer error, see write()). */
export class NestedWriteError extends Error {
  constructor() {
    super(
      'write() was called inside another transaction. A user action is one write(): inside it, call ' +
        'the in-transaction building blocks with the tx you were given (e.g. insertContributions(tx, …)), ' +
        'not another repository write.',
    );
    this.name = 'NestedWriteError';
  }
}
