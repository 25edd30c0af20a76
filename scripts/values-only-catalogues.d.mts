/** Types of scripts/values-only-catalogues.mjs for vite.config.ts and its test. */
import type { Plugin } from 'vite';
import type { Entry } from '../src/i18n/translator';

export type ModulePlan =
  | { name: string; kind: 'spread'; of: string[] }
  | { name: string; kind: 'zip'; dutch: string; values: (Entry | 0)[] };
export function planModule(translated: Record<string, unknown>, dutch: Record<string, unknown>): ModulePlan[];
export function renderModule(plan: ModulePlan[], dutchPath: string, zipPath: string): string;
export function evaluateCatalogue(file: string): Promise<Record<string, unknown>>;
export function valuesOnlyModule(file: string): Promise<string | null>;
export function valuesOnlyCatalogues(options?: { skip?: string[] }): Plugin;
