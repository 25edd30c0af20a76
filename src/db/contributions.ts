import { aggregateId, storedCount } from '../domain/analysis/aggregates';
import type { Contribution } from '../domain/contribution';
import { byCode } from '../domain/order';
import { addThemeToProcess } from './processes';
import { notDeleted } from './records';
import { db, type Row } from './schema';
import { type Tx, write } from './write';

export type ContributionInput = Omit<
  Contribution,
  'id' | 'createdAt' | 'updatedAt' | 'deviceId' | 'rev' | 'deleted'
>;

export async function contributionsOfMeeting(meetingId: string): Promise<Contribution[]> {
  const rows = await db.contributions.where('meetingId').equals(meetingId).toArray();
  return rows.filter(notDeleted).sort((a, b) => byCode(b.createdAt, a.createdAt));
}

/**
 * The contributions changed on this device since local change `afterSeq` (any meeting), with the
 * highest change number among them: what the capture list adds to what it holds, instead of
 * reading the whole meeting again after every save.
 */
export async function contributionsChangedSince(afterSeq: number): Promise<Row<Contribution>[]> {
  return db.contributions.where('localSeq').above(afterSeq).toArray();
}

/** The live-contribution count of a meeting, from its aggregate (one small row). */
export async function meetingCount(processId: string, meetingId: string): Promise<number> {
  return storedCount(await db.aggregates.get(aggregateId(processId, meetingId)));
}

/** How many files were imported (an import changes records without a local change number). */
export function importCount(): Promise<number> {
  return db.imports.count();
}

// ---- Building blocks (inside a write) ----

/** Add contributions (one resident's answers, or one written down), inside the caller's write. */
export function insertContributions(tx: Tx, inputs: readonly ContributionInput[]): Promise<Contribution[]> {
  return inputs.length === 1
    ? tx.create('contributions', inputs[0]!).then((row) => [row])
    : tx.createAll('contributions', inputs);
}

// ---- User actions (each one transaction) ----

export async function addContribution(input: ContributionInput): Promise<Contribution> {
  const [row] = await write([db.contributions], (tx) => insertContributions(tx, [input]));
  return row!;
}

/** Several contributions at once (one kiosk resident's answers), all or nothing. */
export function addContributions(inputs: ContributionInput[]): Promise<Contribution[]> {
  return write([db.contributions], (tx) => insertContributions(tx, inputs));
}

export function updateContribution(id: string, patch: Partial<ContributionInput>): Promise<Contribution> {
  return write([db.contributions], (tx) => tx.change('contributions', id, patch));
}

/**
 * Save what the facilitator wrote down: a new contribution (`add`) or a change (`id` + `patch`),
 * with a theme typed on the spot (`newTheme`) added to the process and to the contribution's
 * themes. One transaction: when the contribution is refused, the theme is not added either. With
 * `draftKey`, the draft it came from is deleted in the same transaction (no second write after).
 */
export function saveContribution(
  target: { add: ContributionInput } | { id: string; patch: Partial<ContributionInput> },
  newTheme?: { processId: string; label: string },
  draftKey?: string,
): Promise<Contribution> {
  // The process is written only for a theme typed on the spot: otherwise it stays out of the scope
  // (one store fewer to lock; a screen's read of the process need not wait for the save).
  const theme = newTheme?.label.trim() ? newTheme : undefined;
  const tables = [db.contributions, ...(theme ? [db.processes] : []), ...(draftKey ? [db.drafts] : [])];
  return write(tables, async (tx) => {
    // Sent first, awaited last: the delete runs alongside the rest instead of one more round trip.
    const cleared = draftKey ? db.drafts.delete(draftKey) : undefined;
    const themeId = theme ? await addThemeToProcess(tx, theme.processId, theme.label) : '';
    const withTheme = (ids: readonly string[]) => (themeId ? [...new Set([...ids, themeId])] : [...ids]);
    if ('add' in target) {
      const [row] = await insertContributions(tx, [
        { ...target.add, themeIds: withTheme(target.add.themeIds) },
      ]);
      await cleared;
      return row!;
    }
    const prev = await tx.get('contributions', target.id);
    if (!prev) throw new Error(`contribution ${target.id} not found`);
    const row = await tx.change('contributions', prev, {
      ...target.patch,
      themeIds: withTheme(target.patch.themeIds ?? prev.themeIds),
    });
    await cleared;
    return row;
  });
}

/** Delete as a tombstone, so the deletion travels to other devices and can be undone. */
export async function deleteContribution(id: string): Promise<void> {
  await write([db.contributions], (tx) => tx.setDeleted('contributions', id, true));
}

export async function restoreContribution(id: string): Promise<void> {
  await write([db.contributions], (tx) => tx.setDeleted('contributions', id, false));
}
