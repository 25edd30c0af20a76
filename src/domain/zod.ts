import * as z from 'zod/mini';

/**
 * The one place that imports zod's runtime: zod/mini, the functional API (`z.optional(x)`,
 * `x.check(z.maxLength(n))`), so the app ships only the parts the schemas use (issue 12: the
 * classic API's methods on every schema could not be tree-shaken). zod 4 probes `new Function()`
 * on its first parse to decide whether to compile fast validators; under the app's
 * Content-Security-Policy (`script-src 'self'`) that probe is a blocked eval, which Firefox and
 * WebKit report on every load. Jitless validation is plenty fast for our record sizes and keeps the
 * console clean. Every schema module imports `z` from here, so the setting is in force before any
 * schema runs.
 */
z.config({ jitless: true });
// zod's own messages in Dutch (for fields without a message of our own). Here, beside jitless: zod
// classic fell back to English by itself, zod/mini has no fallback ("Invalid input"), so the locale
// must be in force wherever a schema is, not only once validation.ts has run.
z.config(z.locales.nl());

export type { ZodMiniType as ZodType } from 'zod/mini';
export { z };
