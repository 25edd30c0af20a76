import { isPinHash } from '../domain/pinShape';
import { getKv } from './kv';

/**
 * The one PIN read the kiosk start screen makes before it paints: whether this device has a
 * facilitator PIN. Apart from src/db/kiosk.ts, which brings the PIN's zod schemas and the resident's
 * whole save path (issue 12: the kiosk start painted only after zod and those had loaded).
 */
export const KIOSK_PIN_KEY = 'kiosk.pin';

export async function hasKioskPin(): Promise<boolean> {
  return isPinHash(await getKv(KIOSK_PIN_KEY));
}
