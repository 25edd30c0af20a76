import { newDeviceId } from '../domain/ids';
import { db } from './schema';

export interface Device {
  id: string;
  label: string;
  createdAt: string;
}

const DEVICE_KEY = 'device';
let cached: Device | undefined;

/** The id and label of this device, created on first start. */
export async function ensureDevice(): Promise<Device> {
  if (cached) return cached;
  cached = await db.transaction('rw', db.kv, async () => {
    const existing = (await db.kv.get(DEVICE_KEY))?.value as Device | undefined;
    if (existing) return existing;
    const id = newDeviceId();
    const device: Device = {
      id,
      label: `Tablet ${id.slice(0, 4).toUpperCase()}`,
      createdAt: new Date().toISOString(),
    };
    await db.kv.put({ key: DEVICE_KEY, value: device });
    return device;
  });
  return cached;
}

/**
 * The device as stored, without creating it: for live queries, which may not write (Dexie refuses a
 * readwrite transaction inside one). Undefined until ensureDevice() has run once on this device.
 */
export async function readDevice(): Promise<Device | undefined> {
  return cached ?? ((await db.kv.get(DEVICE_KEY))?.value as Device | undefined);
}

export async function setDeviceLabel(label: string): Promise<Device> {
  const device = {
    ...(await ensureDevice()),
    label: label.trim().slice(0, 60) || (await ensureDevice()).label,
  };
  await db.kv.put({ key: DEVICE_KEY, value: device });
  cached = device;
  return device;
}

/** Forget the in-memory copy (tests that delete the database). */
export function resetDeviceCache(): void {
  cached = undefined;
}
