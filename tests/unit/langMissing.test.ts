/**
 * Issue 12: the staff's English texts are not installed with the app (src/i18n/offline.ts). When
 * they cannot be loaded (no internet on a device that never used them), the app stays in Dutch and
 * says why; the choice stays saved for the next start.
 */
import { beforeEach, describe, expect, it, vi } from 'vitest';

vi.mock('../../src/i18n/en', () => {
  throw new TypeError('Failed to fetch dynamically imported module');
});

beforeEach(() => {
  vi.resetModules();
  localStorage.clear();
  document.documentElement.lang = 'nl';
});

const settle = () => new Promise((r) => setTimeout(r, 0));

describe('English that cannot be loaded', () => {
  it('choosing it keeps Dutch on screen, says so, and keeps the choice for the next start', async () => {
    const i18n = await import('../../src/i18n');
    i18n.setLang('en');
    await settle();
    expect(i18n.getLang()).toBe('nl');
    expect(document.documentElement.lang).toBe('nl');
    expect(i18n.t('lang.label')).toBe('Taal');
    expect(localStorage.getItem('buurtstem.lang')).toBe('en');
    // The message's store (what StatusBar shows).
    const { renderHook } = await import('@testing-library/preact');
    expect(renderHook(() => i18n.useMissingLang()).result.current).toBe('en');
    i18n.dismissMissingLang();
    expect(renderHook(() => i18n.useMissingLang()).result.current).toBeNull();
  });

  it('choosing Dutch after it takes the message away', async () => {
    const i18n = await import('../../src/i18n');
    i18n.setLang('en');
    await settle();
    i18n.setLang('nl');
    await settle();
    const { renderHook } = await import('@testing-library/preact');
    expect(renderHook(() => i18n.useMissingLang()).result.current).toBeNull();
    expect(localStorage.getItem('buurtstem.lang')).toBe('nl');
  });

  it('a start with English saved falls back to Dutch instead of failing', async () => {
    localStorage.setItem('buurtstem.lang', 'en');
    const i18n = await import('../../src/i18n');
    expect(i18n.getLang()).toBe('en');
    await expect(i18n.loadStartLang()).resolves.toBeUndefined();
    expect(i18n.getLang()).toBe('nl');
    expect(document.documentElement.lang).toBe('nl');
    const { renderHook } = await import('@testing-library/preact');
    expect(renderHook(() => i18n.useMissingLang()).result.current).toBe('en');
  });

  it('Dutch always loads', async () => {
    const i18n = await import('../../src/i18n');
    await expect(i18n.loadLang('nl')).resolves.toBe(true);
    await expect(i18n.loadLang('en')).resolves.toBe(false);
  });
});
