import { getSyncConfig } from '../../db/syncStatus';

/**
 * Privacy by design: the scheduler (and with it every request to the sync service) is loaded only
 * when this device was set up for sync. Without a set-up nothing is loaded and nothing is sent.
 */
export async function startSyncWhenSetUp(): Promise<boolean> {
  if (!(await getSyncConfig())) return false;
  const { startScheduler } = await import('./scheduler');
  startScheduler();
  return true;
}
