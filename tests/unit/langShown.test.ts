/**
 * The page's `lang` is set in one place, together with the texts (src/i18n show()): a screen
 * reader hears the new language with the new texts, not before them.
 */
import { beforeEach, expect, it, vi } from 'vitest';

beforeEach(() => {
  vi.resetModules();
  localStorage.clear();
  document.documentElement.lang = 'nl';
});

it('choosing English changes the page language once the English texts are on screen, not before', async () => {
  const i18n = await import('../../src/i18n');
  i18n.setLang('en');
  // The English file is still loading: Dutch texts, Dutch page.
  expect(document.documentElement.lang).toBe('nl');
  expect(i18n.t('lang.label')).toBe('Taal');
  await vi.waitFor(() => expect(document.documentElement.lang).toBe('en'));
  expect(i18n.t('lang.label')).toBe('Language');
  i18n.setLang('nl');
  await vi.waitFor(() => expect(document.documentElement.lang).toBe('nl'));
  expect(i18n.t('lang.label')).toBe('Taal');
});

it('a start with English saved sets the page language with the texts', async () => {
  localStorage.setItem('buurtstem.lang', 'en');
  const i18n = await import('../../src/i18n');
  expect(document.documentElement.lang).toBe('nl');
  await i18n.loadStartLang();
  expect(document.documentElement.lang).toBe('en');
  expect(i18n.t('lang.label')).toBe('Language');
});
