import type { Contribution } from '../domain/contribution';
import { guardWrite } from './errors';
import { changeRow, createRow, notDeleted } from './records';
import { db } from './schema';
import { schemas } from './schemas';
import { requestPersistence } from './storage';

export type ContributionInput = Omit<
  Contribution,
  'id' | 'createdAt' | 'updatedAt' | 'deviceId' | 'rev' | 'deleted'
>;

export async function contributionsOfMeeting(meetingId: string): Promise<Contribution[]> {
  const rows = await db.contributions.where('meetingId').equals(meetingId).toArray();
  return rows.filter(notDeleted).sort((a, b) => b.createdAt.localeCompare(a.createdAt));
}

export async function addContribution(input: ContributionInput): Promise<Contribution> {
  const s = await schemas();
  void requestPersistence();
  return guardWrite(() =>
    db.transaction('rw', db.contributions, db.kv, async () => {
      const row = await createRow(s.contributionSchema, input);
      await db.contributions.add(row);
      return row;
    }),
  );
}

/** Several contributions at once (one kiosk resident's answers), all or nothing. */
export async function addContributions(inputs: ContributionInput[]): Promise<Contribution[]> {
  const s = await schemas();
  void requestPersistence();
  return guardWrite(() =>
    db.transaction('rw', db.contributions, db.kv, async () => {
      const rows = [];
      for (const input of inputs) rows.push(await createRow(s.contributionSchema, input));
      await db.contributions.bulkAdd(rows);
      return rows;
    }),
  );
}

export async function updateContribution(
  id: string,
  patch: Partial<ContributionInput>,
): Promise<Contribution> {
  const s = await schemas();
  return guardWrite(() =>
    db.transaction('rw', db.contributions, db.kv, async () => {
      const prev = await db.contributions.get(id);
      if (!prev) throw new Error(`contribution ${id} not found`);
      const row = await changeRow(s.contributionSchema, prev, patch);
      await db.contributions.put(row);
      return row;
    }),
  );
}

/** Delete as a tombstone, so the deletion travels to other devices and can be undone. */
export async function deleteContribution(id: string): Promise<void> {
  await setDeleted(id, true);
}

export async function restoreContribution(id: string): Promise<void> {
  await setDeleted(id, false);
}

async function setDeleted(id: string, deleted: boolean): Promise<void> {
  const s = await schemas();
  await guardWrite(() =>
    db.transaction('rw', db.contributions, db.kv, async () => {
      const prev = await db.contributions.get(id);
      if (!prev || prev.deleted === deleted) return;
      await db.contributions.put(await changeRow(s.contributionSchema, prev, { deleted }));
    }),
  );
}
