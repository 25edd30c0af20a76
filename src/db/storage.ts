/** Persistent storage and quota: ask once for persistence, report how full the device is. */
export interface StorageStatus {
  supported: boolean;
  persisted: boolean;
  usage: number;
  quota: number;
  /** True when less than 10% or 50 MB of the quota is left. */
  nearlyFull: boolean;
}

let asked = false;

/** Ask the browser to keep our data (called on the first meaningful write). */
export async function requestPersistence(): Promise<boolean> {
  if (asked || typeof navigator === 'undefined' || !navigator.storage?.persist) return false;
  asked = true;
  try {
    if (await navigator.storage.persisted()) return true;
    return await navigator.storage.persist();
  } catch {
    return false;
  }
}

export async function storageStatus(): Promise<StorageStatus> {
  if (typeof navigator === 'undefined' || !navigator.storage?.estimate) {
    return { supported: false, persisted: false, usage: 0, quota: 0, nearlyFull: false };
  }
  const [{ usage = 0, quota = 0 }, persisted] = await Promise.all([
    navigator.storage.estimate(),
    navigator.storage.persisted?.() ?? Promise.resolve(false),
  ]);
  const left = quota - usage;
  return {
    supported: true,
    persisted,
    usage,
    quota,
    nearlyFull: quota > 0 && (left < quota * 0.1 || left < 50e6),
  };
}
