import { defineConfig } from 'vite';

/**
 * The command line (cli/run.ts → cli/dist/buurtstem.mjs) as one self-contained ES module for
 * Node 20: the exchange code and zod are bundled in, so `npx buurtstem` needs nothing else.
 * Built by the `prepare` script on `npm install` / `npm ci` (and by `npm run build:cli`).
 */
export default defineConfig({
  publicDir: false,
  logLevel: 'warn',
  build: {
    ssr: 'cli/run.ts',
    outDir: 'cli/dist',
    emptyOutDir: true,
    target: 'node20',
    minify: false,
    sourcemap: false,
    rollupOptions: {
      output: { entryFileNames: 'buurtstem.mjs', format: 'es' },
    },
  },
  ssr: { noExternal: true, target: 'node' },
});
