import { db } from './schema';

/** Drafts: half-typed input per screen, kept across reloads until saved or discarded. */
export async function saveDraft(key: string, value: unknown): Promise<void> {
  await db.drafts.put({ key, value, savedAt: Date.now() });
}

export async function getDraft<T>(key: string): Promise<T | undefined> {
  return (await db.drafts.get(key))?.value as T | undefined;
}

export async function clearDraft(key: string): Promise<void> {
  await db.drafts.delete(key);
}
