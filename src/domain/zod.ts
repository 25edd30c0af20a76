import { z } from 'zod';

/**
 * The one place that imports zod's runtime. zod 4 probes `new Function()` on its first parse to
 * decide whether to compile fast validators; under the app's Content-Security-Policy
 * (`script-src 'self'`) that probe is a blocked eval, which Firefox and WebKit report on every
 * load. Jitless validation is plenty fast for our record sizes and keeps the console clean.
 * Every schema module imports `z` from here, so the setting is in force before any schema runs.
 */
z.config({ jitless: true });

export type { ZodType } from 'zod';
export { z };
