import { describe, expect, it } from 'vitest';
import { compareHlc, formatHlc, MAX_DRIFT_MS, parseHlc, receive, tick } from '../../src/domain/clock';

describe('hybrid logical clock', () => {
  it('formats stamps that sort as text in time order', () => {
    const a = formatHlc({ ms: 999, counter: 0, deviceId: 'a' });
    const b = formatHlc({ ms: 1000, counter: 0, deviceId: 'a' });
    expect(a < b).toBe(true);
    expect(parseHlc(b)).toEqual({ ms: 1000, counter: 0, deviceId: 'a' });
  });

  it('ticks forward with the wall clock', () => {
    const s1 = tick(undefined, 1000, 'dev1');
    const s2 = tick(s1, 2000, 'dev1');
    expect(parseHlc(s2)).toEqual({ ms: 2000, counter: 0, deviceId: 'dev1' });
    expect(compareHlc(s1, s2)).toBeLessThan(0);
  });

  it('still moves forward when the wall clock goes back or stands still', () => {
    const s1 = tick(undefined, 5000, 'dev1');
    const s2 = tick(s1, 5000, 'dev1');
    const s3 = tick(s2, 1000, 'dev1');
    expect(parseHlc(s2)).toEqual({ ms: 5000, counter: 1, deviceId: 'dev1' });
    expect(parseHlc(s3)).toEqual({ ms: 5000, counter: 2, deviceId: 'dev1' });
    expect(s1 < s2 && s2 < s3).toBe(true);
  });

  it('after receiving a stamp, every later local stamp is newer (a slow clock cannot lose its own edits)', () => {
    const remote = formatHlc({ ms: 10_000, counter: 3, deviceId: 'fast' });
    const local = tick(undefined, 1000, 'slow');
    const after = receive(local, remote, 1000, 'slow');
    expect(after).not.toBeNull();
    const next = tick(after!, 1000, 'slow');
    expect(compareHlc(next, remote)).toBeGreaterThan(0);
    expect(parseHlc(after!)).toEqual({ ms: 10_000, counter: 4, deviceId: 'slow' });
  });

  it('refuses a stamp from a clock far in the future, so it cannot win every later merge', () => {
    const now = Date.UTC(2026, 10, 29);
    const future = formatHlc({ ms: now + MAX_DRIFT_MS + 1, counter: 0, deviceId: 'broken' });
    expect(receive(undefined, future, now, 'me')).toBeNull();
    const nearFuture = formatHlc({ ms: now + 60_000, counter: 0, deviceId: 'ok' });
    expect(receive(undefined, nearFuture, now, 'me')).not.toBeNull();
  });

  it('breaks ties between devices by device id', () => {
    const a = formatHlc({ ms: 1, counter: 0, deviceId: 'aaa' });
    const b = formatHlc({ ms: 1, counter: 0, deviceId: 'bbb' });
    expect(compareHlc(a, b)).toBeLessThan(0);
    expect(compareHlc(b, a)).toBeGreaterThan(0);
    expect(compareHlc(a, a)).toBe(0);
  });

  it('rejects malformed stamps', () => {
    expect(() => parseHlc('yesterday')).toThrow(/Ongeldige klokwaarde/);
  });
});
