import { ensureDevice, resetDeviceCache } from '../../src/db/device';
import { db } from '../../src/db/schema';

/**
 * An empty database with this device's identity, as at app start (main.tsx): the device exists before
 * any record is written. `{ device: false }`: a device that has never started (no identity yet).
 */
export async function freshDb({ device = true }: { device?: boolean } = {}): Promise<void> {
  db.close();
  await db.delete();
  resetDeviceCache();
  await db.open();
  if (device) await ensureDevice();
}
