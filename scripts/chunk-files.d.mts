/** Types of scripts/chunk-files.mjs for vite.config.ts. */
import type { Plugin } from 'vite';
export function chunkFiles(): Plugin;
