import { defineConfig } from 'vite';

/**
 * The sync service (server/main.ts → server/dist/buurtstem-server.mjs) as one ES module for Node 20:
 * Hono, the exchange checks, zod and the migrations (as text) are bundled in. The two database
 * drivers stay in node_modules: PGlite loads its WebAssembly files next to itself, and pg has an
 * optional native part.
 */
export default defineConfig({
  publicDir: false,
  logLevel: 'warn',
  build: {
    ssr: 'server/main.ts',
    outDir: 'server/dist',
    emptyOutDir: true,
    target: 'node20',
    minify: false,
    sourcemap: false,
    rollupOptions: {
      external: ['@electric-sql/pglite', 'pg'],
      output: { entryFileNames: 'buurtstem-server.mjs', format: 'es' },
    },
  },
  ssr: { noExternal: true, external: ['@electric-sql/pglite', 'pg'], target: 'node' },
});
