/** Tokens and one-time codes: random, stored only as SHA-256. */
import { createHash, randomBytes, randomInt } from 'node:crypto';

/** Letters and digits people cannot mix up (no 0/O, 1/I/L). */
export const CODE_ALPHABET = 'ABCDEFGHJKMNPQRSTUVWXYZ23456789';

export const sha256 = (text: string | Uint8Array): string => createHash('sha256').update(text).digest('hex');

/** A code of `length` characters from CODE_ALPHABET (31^8 ≈ 8.5·10^11 for a pairing code). */
export function newCode(length: number): string {
  let out = '';
  for (let i = 0; i < length; i++) out += CODE_ALPHABET[randomInt(CODE_ALPHABET.length)];
  return out;
}

/** As people type or read it: upper case, spaces and dashes ignored. */
export function normaliseCode(input: string): string {
  return input.toUpperCase().replace(/[\s-]/g, '').slice(0, 64);
}

/** XXXX-XXXX for reading aloud and typing. */
export const groupCode = (code: string): string => code.match(/.{1,4}/g)!.join('-');

/** A bearer token: 32 random bytes, base64url. */
export const newToken = (): string => randomBytes(32).toString('base64url');
