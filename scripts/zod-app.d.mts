/** Types of scripts/zod-app.mjs for vite.config.ts. */
import type { Plugin } from 'vite';
export function zodWithoutJsonSchema(): Plugin;
