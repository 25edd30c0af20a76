import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  EXPORT_REMINDER_DAYS,
  engineOf,
  exportOverdueDays,
  storageAdvice,
} from '../../src/domain/storageAdvice';

const UA = {
  ipadSafari:
    'Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/18.0 Safari/605.1.15',
  iphoneChrome:
    'Mozilla/5.0 (iPhone; CPU iPhone OS 18_0 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) CriOS/130.0 Mobile/15E148 Safari/604.1',
  webkitGtk:
    'Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/60.5 Safari/605.1.15',
  firefox: 'Mozilla/5.0 (X11; Linux x86_64; rv:153.0) Gecko/20100101 Firefox/153.0',
  firefoxAndroid: 'Mozilla/5.0 (Android 14; Mobile; rv:153.0) Gecko/153.0 Firefox/153.0',
  chromium:
    'Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/156.0.0.0 Safari/537.36',
  androidTablet:
    'Mozilla/5.0 (Linux; Android 14; SM-X200) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/156.0.0.0 Safari/537.36',
};

describe('engineOf', () => {
  it('knows the engines of the tablets and laptops in use', () => {
    // iPadOS says "Macintosh"; only its touch points give it away.
    expect(engineOf(UA.ipadSafari, 5)).toBe('webkit');
    expect(engineOf(UA.iphoneChrome)).toBe('webkit');
    expect(engineOf(UA.webkitGtk)).toBe('webkit');
    expect(engineOf(UA.firefox)).toBe('firefox');
    expect(engineOf(UA.firefoxAndroid)).toBe('firefox');
    expect(engineOf(UA.chromium)).toBe('chromium');
    expect(engineOf(UA.androidTablet)).toBe('chromium');
  });
});

describe('storageAdvice', () => {
  it('says per engine what to do, and nothing to do once the data is kept', () => {
    for (const engine of ['webkit', 'firefox', 'chromium'] as const)
      for (const standalone of [false, true])
        expect(storageAdvice({ engine, persisted: true, standalone })).toBe('persisted');
    expect(storageAdvice({ engine: 'webkit', persisted: false, standalone: false })).toBe('homeScreen');
    expect(storageAdvice({ engine: 'webkit', persisted: false, standalone: true })).toBe('homeScreenDone');
    expect(storageAdvice({ engine: 'firefox', persisted: false, standalone: false })).toBe('firefoxAllow');
    expect(storageAdvice({ engine: 'chromium', persisted: false, standalone: false })).toBe('install');
  });
});

describe('exportOverdueDays', () => {
  const DAY = 86_400_000;
  const now = Date.UTC(2026, 10, 30, 12);
  it('reminds only after the set number of days', () => {
    expect(exportOverdueDays(undefined, now)).toBeUndefined();
    expect(exportOverdueDays(now - EXPORT_REMINDER_DAYS * DAY, now)).toBeUndefined();
    expect(exportOverdueDays(now - (EXPORT_REMINDER_DAYS + 1) * DAY, now)).toBe(EXPORT_REMINDER_DAYS + 1);
    expect(exportOverdueDays(now + DAY, now)).toBeUndefined();
    expect(exportOverdueDays(Number.NaN, now)).toBeUndefined();
  });
  it('is due exactly when more than the set days have passed, and counts whole days', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: -10 * DAY, max: 400 * DAY }),
        fc.integer({ min: 0, max: 30 }),
        (age, days) => {
          const r = exportOverdueDays(now - age, now, days);
          const whole = Math.floor(age / DAY);
          expect(r).toBe(whole > days ? whole : undefined);
        },
      ),
    );
  });
});
