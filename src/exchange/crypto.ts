/**
 * Optional passphrase encryption for files that travel by mail or USB stick:
 * passphrase → PBKDF2-SHA256 (600,000 iterations, random 16-byte salt) → AES-GCM-256 (random 12-byte
 * IV). The envelope is JSON that says so (envelopeSchema in ./format). WebCrypto only, so it works
 * in the browser and in Node 20.
 */
import { fromBase64, fromUtf8, toBase64, utf8 } from './bytes';
import { ENVELOPE_FORMAT, ENVELOPE_VERSION, type Envelope } from './format';

export const PBKDF2_ITERATIONS = 600_000;

async function deriveKey(passphrase: string, salt: Uint8Array<ArrayBuffer>, iterations: number) {
  const material = await crypto.subtle.importKey('raw', utf8(passphrase.normalize('NFC')), 'PBKDF2', false, [
    'deriveKey',
  ]);
  return crypto.subtle.deriveKey(
    { name: 'PBKDF2', hash: 'SHA-256', salt, iterations },
    material,
    { name: 'AES-GCM', length: 256 },
    false,
    ['encrypt', 'decrypt'],
  );
}

export async function encryptText(plain: string, passphrase: string): Promise<Envelope> {
  const salt = crypto.getRandomValues(new Uint8Array(16));
  const iv = crypto.getRandomValues(new Uint8Array(12));
  const key = await deriveKey(passphrase, salt, PBKDF2_ITERATIONS);
  const cipher = new Uint8Array(await crypto.subtle.encrypt({ name: 'AES-GCM', iv }, key, utf8(plain)));
  return {
    format: ENVELOPE_FORMAT,
    formatVersion: ENVELOPE_VERSION,
    cipher: 'AES-GCM-256',
    kdf: { name: 'PBKDF2', hash: 'SHA-256', iterations: PBKDF2_ITERATIONS, salt: toBase64(salt) },
    iv: toBase64(iv),
    ciphertext: toBase64(cipher),
  };
}

/** The plain text, or null when the passphrase is wrong or the file is damaged (AES-GCM cannot tell). */
export async function decryptText(envelope: Envelope, passphrase: string): Promise<string | null> {
  try {
    const key = await deriveKey(passphrase, fromBase64(envelope.kdf.salt), envelope.kdf.iterations);
    const plain = await crypto.subtle.decrypt(
      { name: 'AES-GCM', iv: fromBase64(envelope.iv) },
      key,
      fromBase64(envelope.ciphertext),
    );
    return fromUtf8(plain);
  } catch {
    return null;
  }
}
