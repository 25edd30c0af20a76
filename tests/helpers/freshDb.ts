import { ensureDevice, resetDeviceCache } from '../../src/db/device';
import { db } from '../../src/db/schema';

/** An empty database with this device's identity, as at app start (main.tsx): the device exists before any record is written. */
export async function freshDb(): Promise<void> {
  db.close();
  await db.delete();
  resetDeviceCache();
  await db.open();
  await ensureDevice();
}
