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

function isQuotaError(e: unknown): boolean {
  for (let cur: unknown = e, depth = 0; cur && depth < 5; depth++) {
    const name = (cur as { name?: string }).name;
    if (name === 'QuotaExceededError' || name === 'QuotaExceeded') return true;
    cur = (cur as { inner?: unknown; cause?: unknown }).inner ?? (cur as { cause?: unknown }).cause;
  }
  return false;
}

/** Run a write; turn a full disk into StorageFullError so screens can say so plainly. */
export async function guardWrite<T>(write: () => Promise<T>): Promise<T> {
  try {
    return await write();
  } catch (e) {
    if (isQuotaError(e)) throw new StorageFullError(e);
    throw e;
  }
}
