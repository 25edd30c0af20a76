import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { sha256Hex } from '../../src/exchange/bytes';
import { Sha256 } from '../../src/exchange/sha256';

const bytes = (s: string) => new TextEncoder().encode(s);

describe('incremental SHA-256', () => {
  // FIPS 180-4 / NIST example vectors.
  it.each([
    ['', 'e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855'],
    ['abc', 'ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad'],
    [
      'abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq',
      '248d6a61d20638b8e5c026930c3e6039a33ce45964ff2167f6ecedd419db06c1',
    ],
    [
      'abcdefghbcdefghicdefghijdefghijkefghijklfghijklmghijklmnhijklmnoijklmnopjklmnopqklmnopqrlmnopqrsmnopqrstnopqrstu',
      'cf5b16a778af8380036ce59e7b0492370b249b11e8f07a51afac45037afee9d1',
    ],
  ])('the standard vector %#', (input, hex) => {
    expect(new Sha256().update(bytes(input)).hex()).toBe(hex);
  });

  it('one million times "a", fed in uneven pieces', () => {
    const h = new Sha256();
    const a = new Uint8Array(1_000_000).fill(0x61);
    for (let i = 0; i < a.length; ) {
      const n = Math.min(a.length - i, 1 + ((i * 7919) % 3001));
      h.update(a.subarray(i, i + n));
      i += n;
    }
    expect(h.hex()).toBe('cdc76e5c9914fb9281a1c7e284d73e67f1809a48a497200e046d39ccc7112cd0');
  });

  it('equals WebCrypto on any text, however it is cut into pieces', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.string({ unit: 'binary', maxLength: 700 }),
        fc.array(fc.nat(200)),
        async (text, cuts) => {
          const all = bytes(text);
          const h = new Sha256();
          let at = 0;
          for (const c of cuts) {
            const next = Math.min(all.length, at + c);
            h.update(all.subarray(at, next));
            at = next;
          }
          h.update(all.subarray(at));
          expect(h.hex()).toBe(await sha256Hex(text));
        },
      ),
      { numRuns: 300 },
    );
  });

  it('refuses more input after the digest', () => {
    const h = new Sha256();
    h.hex();
    expect(() => h.update(bytes('x'))).toThrow();
  });
});
