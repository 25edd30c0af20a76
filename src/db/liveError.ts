/**
 * A live query that failed; thrown by `useLive` so the screen's error boundary shows it with a retry.
 * Apart from src/db/live.ts so the error boundary of the app frame can know it without loading Dexie.
 */
export class LiveQueryError extends Error {
  constructor(cause: unknown) {
    super('live-query', { cause });
    this.name = 'LiveQueryError';
  }
}
