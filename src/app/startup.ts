import { schemas } from '../db/schemas';
import type { Problem } from '../domain/validation';

/** Problems found while loading the shipped configuration on first start (shown on the home screen). */
let problems: Problem[] = [];

export function setStartupProblems(p: Problem[]): void {
  problems = p;
}

export function startupProblems(): Problem[] {
  return problems;
}

/**
 * Start loading the record schemas (zod) once the first screen is painted, in idle time: not on
 * the first screen's critical path, yet ready before the first write (write() awaits the same
 * promise, so a write that comes sooner simply waits for it).
 */
export function preloadSchemasWhenIdle(): void {
  const load = () => void schemas();
  if (typeof requestIdleCallback === 'function') requestIdleCallback(load, { timeout: 2000 });
  else setTimeout(load, 500);
}
