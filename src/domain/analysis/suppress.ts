/**
 * Small-group suppression: a count of fewer than k people is never shown as such, but as "<k", so
 * no small group can be singled out. Used in every per-group table and in every export.
 */
export function isSuppressed(count: number, k: number): boolean {
  return count < k;
}

/** The count, or "<k" when it is below k. */
export function suppressCount(count: number, k: number): number | string {
  return count < k ? `<${k}` : count;
}
