/** Types of scripts/precompress.mjs for vite.config.ts and the tests. */
export const COMPRESSIBLE: RegExp;
export function precompress(dir: string): number;
