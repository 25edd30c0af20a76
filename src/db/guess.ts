import { jsonEqual } from '../domain/jsonEqual';

/**
 * Values this tab wrote last (the clock and sequence in db.kv, the aggregate rows of a meeting),
 * used by the next write() as if read, so that its writes go out in the first round trip instead of
 * after a read. Every guess is checked in the same transaction: the real value is read there too
 * (a raw request, queued before the writes that depend on it), and when it differs (another tab,
 * an import or any other writer moved it) the transaction is aborted from that request's success
 * handler, before any of its writes can commit, and write() runs the action again without guesses
 * (src/db/write.ts; so does any other failure of a transaction that used a guess). A guess is only ever a guess: a wrong one costs a retry, never a wrong record.
 */

/**
 * Transactions that used a guess: when one fails, for whatever reason, write() runs its action
 * again without guesses. A wrong guess may fail it before its check has answered (a counter key
 * the stale row names that the key list read does not have), and a genuine failure simply fails
 * again, then reported.
 */
const guessed = new WeakSet<object>();
const forgetters = new Set<() => void>();

/** Register how a module forgets its guesses (after a failed or aborted write, see forgetGuesses). */
export function onForget(forget: () => void): void {
  forgetters.add(forget);
}

/** Forget every guess: after any failed write, whose guesses were never stored. */
export function forgetGuesses(): void {
  for (const f of forgetters) f();
}

/** Whether `idbtrans` used a guess (then a failure of it is worth one more run without). */
export function usedGuess(idbtrans: object | undefined): boolean {
  return !!idbtrans && guessed.has(idbtrans);
}

/**
 * Read `key` of `store` in `idbtrans` and abort that transaction when the stored value (the whole
 * row, or `pick` of it) is not `expected`. Must be called before the writes that rely on the guess
 * are sent: IndexedDB answers a transaction's requests in order, so this one's success handler runs
 * while those writes are still pending, and the transaction cannot commit before it.
 */
export function checkGuess(
  idbtrans: IDBTransaction,
  store: string,
  key: string,
  expected: unknown,
  pick: (row: unknown) => unknown = (row) => row,
): void {
  guessed.add(idbtrans);
  const req = idbtrans.objectStore(store).get(key);
  req.onsuccess = () => {
    // The one equality of stored values (src/domain/jsonEqual.ts): key order and undefined keys aside.
    if (jsonEqual(pick(req.result), expected)) return;
    try {
      idbtrans.abort();
    } catch {
      // Already finished or aborting: nothing of it commits.
    }
  };
  // A failed read fails the transaction by itself (its error event aborts it).
}
