/**
 * Optional passphrase encryption for files that travel by mail or USB stick:
 * passphrase → PBKDF2-SHA256 (600,000 iterations, random 16-byte salt) → AES-GCM-256 (random 12-byte
 * IV). The envelope is JSON that says so (envelopeSchema in ./format). WebCrypto only, so it works
 * in the browser and in Node 20.
 */
import { fromBase64, fromUtf8, toBase64, utf8 } from './bytes';
import { ENVELOPE_FORMAT, ENVELOPE_VERSION, type Envelope, type EnvelopeHeader } from './format';

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

/**
 * The additional authenticated data for a readable header: its fields in a fixed order (not the
 * order of the file's keys), so a header changed or taken from another envelope fails decryption.
 */
export function headerAad(h: EnvelopeHeader): Uint8Array<ArrayBuffer> {
  return utf8(
    JSON.stringify(['buurtstem-envelope-header', h.kind, h.deviceId, h.processId, h.exportSeq, h.sha256]),
  );
}

const gcm = (iv: Uint8Array<ArrayBuffer>, header: EnvelopeHeader | undefined): AesGcmParams =>
  header ? { name: 'AES-GCM', iv, additionalData: headerAad(header) } : { name: 'AES-GCM', iv };

/** Encrypts; with `header` the envelope carries it readable, bound to the ciphertext. */
export async function encryptText(
  plain: string,
  passphrase: string,
  header?: EnvelopeHeader,
): Promise<Envelope> {
  const salt = crypto.getRandomValues(new Uint8Array(16));
  const iv = crypto.getRandomValues(new Uint8Array(12));
  const key = await deriveKey(passphrase, salt, PBKDF2_ITERATIONS);
  const cipher = new Uint8Array(await crypto.subtle.encrypt(gcm(iv, header), key, utf8(plain)));
  return {
    format: ENVELOPE_FORMAT,
    formatVersion: ENVELOPE_VERSION,
    cipher: 'AES-GCM-256',
    kdf: { name: 'PBKDF2', hash: 'SHA-256', iterations: PBKDF2_ITERATIONS, salt: toBase64(salt) },
    iv: toBase64(iv),
    ...(header ? { header } : {}),
    ciphertext: toBase64(cipher),
  };
}

/**
 * The plain text, or null when the passphrase is wrong or the file is damaged (AES-GCM cannot tell);
 * a readable header that was changed counts as damage.
 */
export async function decryptText(envelope: Envelope, passphrase: string): Promise<string | null> {
  try {
    const key = await deriveKey(passphrase, fromBase64(envelope.kdf.salt), envelope.kdf.iterations);
    const plain = await crypto.subtle.decrypt(
      gcm(fromBase64(envelope.iv), envelope.header),
      key,
      fromBase64(envelope.ciphertext),
    );
    return fromUtf8(plain);
  } catch {
    return null;
  }
}
