/** Random UUID v4 (Web Crypto; available in browsers on https/localhost and in Node 20). */
export function newId(): string {
  return crypto.randomUUID();
}

/** Short device ids keep HLC stamps readable; 16 base36 chars ~ 82 bits of randomness. */
export function newDeviceId(): string {
  const bytes = crypto.getRandomValues(new Uint8Array(16));
  return Array.from(bytes, (b) => (b % 36).toString(36)).join('');
}
