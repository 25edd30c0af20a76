import { type Problem, problemsOf } from './problems';
import type { ZodType } from './zod';

export { formatProblems, type Problem, pathText, problemsOf } from './problems';

export type Checked<T> = { ok: true; value: T } | { ok: false; problems: Problem[] };

/** Validate unknown input at a boundary; never throws. */
export function check<T>(schema: ZodType<T>, input: unknown): Checked<T> {
  const r = schema.safeParse(input);
  return r.success ? { ok: true, value: r.data } : { ok: false, problems: problemsOf(r.error) };
}

/** Parse JSON text without throwing and without prototype pollution (`__proto__` keys are refused). */
export function parseJson(text: string): Checked<unknown> {
  try {
    let polluted = false;
    const value = JSON.parse(text, (key, v) => {
      if (key === '__proto__' || key === 'constructor' || key === 'prototype') polluted = true;
      return v;
    });
    if (polluted)
      return {
        ok: false,
        problems: [
          { field: '(bestand)', message: 'bevat niet-toegestane sleutels (__proto__ of constructor)' },
        ],
      };
    return { ok: true, value };
  } catch {
    return {
      ok: false,
      problems: [{ field: '(bestand)', message: 'geen geldige JSON (bestand beschadigd of onvolledig)' }],
    };
  }
}
