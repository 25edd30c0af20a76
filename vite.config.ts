import { resolve } from 'node:path';
import preact from '@preact/preset-vite';
import type { Plugin } from 'vite';
import { VitePWA } from 'vite-plugin-pwa';
import { defineConfig } from 'vitest/config';
import { chunkFiles } from './scripts/chunk-files.mjs';
import { precompress } from './scripts/precompress.mjs';
import { utrechtTokens } from './scripts/utrecht-tokens';
import { valuesOnlyCatalogues } from './scripts/values-only-catalogues.mjs';
import { ENGLISH_CACHE, ENGLISH_FILE } from './src/i18n/offline';

/**
 * Content-Security-Policy for the built app: only its own origin, except `connect-src` (the sync
 * service, see below). Added as a meta tag so it
 * travels with the static files to any web server (the dev server needs inline scripts, so
 * the tag is only added to the production build). Only directives all three engines know:
 * WebKit reports `manifest-src` as unrecognised on every load, and `default-src 'self'` already
 * covers the manifest in the engines that know it.
 */
const CSP = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self'",
  "img-src 'self' data: blob:",
  "font-src 'self'",
  // The sync service (issue 15) lives at an address the coordinator types in, so any HTTPS origin
  // may be reached, plus http on loopback for development and the tests. What keeps data home is
  // the app itself: no request leaves the device until sync is set up (src/features/sync/start.ts).
  "connect-src 'self' https: http://localhost:* http://127.0.0.1:*",
  "worker-src 'self'",
  "object-src 'none'",
  "base-uri 'self'",
  "form-action 'self'",
].join('; ');

function contentSecurityPolicy(): Plugin {
  return {
    name: 'buurtstem-csp',
    apply: 'build',
    transformIndexHtml: (html) =>
      html.replace(
        '<meta charset="UTF-8" />',
        `<meta charset="UTF-8" />\n    <meta http-equiv="Content-Security-Policy" content="${CSP}" />`,
      ),
  };
}

/**
 * Brotli and gzip twins of every text file, made once at build time for `npm start` and any static
 * server (README: nginx, IIS). Last of all, so the service worker written by the PWA plugin gets them too.
 */
function precompressed(): Plugin {
  let outDir = 'dist';
  return {
    name: 'buurtstem-precompress',
    apply: 'build',
    enforce: 'post',
    configResolved(config) {
      outDir = resolve(config.root, config.build.outDir);
    },
    closeBundle: {
      order: 'post',
      sequential: true,
      handler() {
        precompress(outDir);
      },
    },
  };
}

/**
 * The staff's English texts stay out of the precache (src/i18n/offline.ts): the file the build made
 * of src/i18n/en.ts, found by its module (not by a name pattern), is taken out of the service
 * worker's list. The build fails if that file is not there or its name does not match the pattern
 * the service worker caches it by at run time.
 */
let englishFile: string | undefined;
/** Loaded by sw.js (`importScripts`); not hashed, so it is served with `no-cache` like sw.js. */
const SW_ENGLISH = 'sw-english.js';
function staffEnglishApart(): Plugin {
  return {
    name: 'buurtstem-staff-english',
    apply: 'build',
    generateBundle(_, bundle) {
      const chunk = Object.values(bundle).find(
        (c) => c.type === 'chunk' && c.facadeModuleId?.replaceAll('\\', '/').endsWith('/src/i18n/en.ts'),
      );
      englishFile = chunk?.fileName;
      if (!englishFile || !ENGLISH_FILE.test(`/${englishFile}`))
        this.error(`the English texts' file (${englishFile ?? 'none'}) does not match ${ENGLISH_FILE}`);
      // A new version of the app has a new English file: on a device that has used English, the
      // new service worker brings it along while it installs (online), so English stays there.
      this.emitFile({
        type: 'asset',
        fileName: SW_ENGLISH,
        source: [
          '// Buurtstem: keep the staff English texts on a device that has used them (src/i18n/offline.ts).',
          "self.addEventListener('install', (event) => {",
          `  event.waitUntil(caches.open(${JSON.stringify(ENGLISH_CACHE)}).then(async (cache) => {`,
          `    if ((await cache.keys()).length) await cache.add(${JSON.stringify(englishFile)}).catch(() => undefined);`,
          '  }));',
          '});',
          '',
        ].join('\n'),
      });
    },
  };
}

export default defineConfig({
  // Relative base: the same build works at the root and under any sub-path (e.g. /buurtstem/).
  base: './',
  resolve: {
    alias: [
      // Dexie's package entry is a wrapper around its ES5 UMD build (transpiled classes, helpers);
      // its own modern ES module build is the same library in ~1.3 kB less gzip, on the first load of
      // every screen. One entry for every `import 'dexie'`, so there is still one Dexie in the bundle.
      { find: /^dexie$/, replacement: 'dexie/dist/modern/dexie.mjs' },
    ],
  },
  build: {
    outDir: process.env.BUURTSTEM_OUT ?? 'dist',
    target: 'es2022',
    sourcemap: false,
    assetsInlineLimit: 0,
    // .vite/manifest.json: the chunk graph, read by tests/e2e/first-load.spec.ts (zod stays off the first load).
    manifest: true,
    rolldownOptions: {
      output: {
        codeSplitting: {
          groups: [
            {
              // The data layer every screen but home's first paint needs: Dexie, the database and its
              // write path, the frame's reads. One file, as before the frame painted without it
              // (issue 12), instead of a dozen small ones (fewer requests, better compression). Only
              // modules that neither the entry nor home's title imports: that paint stays Dexie-free.
              name: 'db',
              // Only these modules: their dependencies (preact, i18n) stay where the entry has them.
              includeDependenciesRecursively: false,
              // Also the small modules the db chunk itself imports (guess, written, lessons, problems,
              // jsonEqual, suppress, analysis data, the string orders): every screen that loads it loaded them as six files of their
              // own, each a request on the capture screen's and the kiosk start's first load and a
              // separate gzip stream in the precache.
              test: /[\\/]node_modules[\\/]dexie[\\/]|[\\/]src[\\/]db[\\/](schema|records|write|aggregates|errors|device|schemas|kv|live|processes|syncStatus|exchangeStatus|kioskState|meetings|guess|written|lessons)\.ts$|[\\/]src[\\/]domain[\\/](analysis[\\/]aggregates|analysis[\\/]suppress|analysis[\\/]data|problems|jsonEqual|version|ids|clock|constants|voices|slug|order)\.ts$|[\\/]src[\\/]features[\\/]sync[\\/]start\.ts$/,
            },
            {
              // The staff screens' small shared parts (form fields, write status, the write and draft
              // hooks, chips, icons, the capture list's reads): the capture screen loaded them as ten
              // files, the kiosk start as three. One file: fewer requests, one gzip stream.
              name: 'screen-kit',
              includeDependenciesRecursively: false,
              test: /[\\/]src[\\/]ui[\\/](Field|WriteStatus|UndoBar|Chips|icons)\.tsx$|[\\/]src[\\/]app[\\/](useDraft|useWrite)\.ts$|[\\/]src[\\/]db[\\/](contributions|keyFigures|drafts)\.ts$|[\\/]src[\\/]domain[\\/]kioskConstants\.ts$/,
            },
            {
              // What home's meeting list (a device with data) needs of the above: apart, so home does
              // not load the form fields and their CSS.
              name: 'list-kit',
              includeDependenciesRecursively: false,
              test: /[\\/]src[\\/]app[\\/]useProcess\.ts$|[\\/]src[\\/]features[\\/]exchange[\\/]UnexportedNotice\.tsx$/,
            },
            {
              // zod and the record schemas built with it: every screen that loads one of these schemas
              // loads zod already (the kiosk, coordinator, settings, sync, contacts, design, agenda and
              // close-meeting screens); one file instead of fifteen (precache: ~one gzip stream). zod/mini
              // imports no JSON Schema converter, so none ships (the classic API's needed a stand-in).
              name: 'records',
              includeDependenciesRecursively: false,
              test: /[\\/]node_modules[\\/]zod[\\/]|[\\/]src[\\/]domain[\\/](zod|record|agenda|feedback|earlierFinding|votes|process|contact|design|meeting|contribution|lesson|experience|kioskVote|kiosk|pin|recordSchemas|validation|textLimits)\.ts$/,
            },
            {
              // The analyses only the design and agenda screens show (evaluation, dot results, the
              // agenda document): one file instead of three. Not the reach: in this file it made the
              // coordinator's overview load and run zod (the others import the record schemas).
              name: 'analysis',
              includeDependenciesRecursively: false,
              test: /[\\/]src[\\/]domain[\\/](analysis[\\/]votesReport|evaluation|agendaDocument)\.ts$/,
            },
            {
              name: 'agenda-screens',
              includeDependenciesRecursively: false,
              test: /[\\/]src[\\/]features[\\/]agenda[\\/]/,
            },
            {
              name: 'design-screens',
              includeDependenciesRecursively: false,
              test: /[\\/]src[\\/]features[\\/]design[\\/]/,
            },
            {
              name: 'exchange-screens',
              includeDependenciesRecursively: false,
              test: /[\\/]src[\\/]features[\\/]exchange[\\/](?!UnexportedNotice)|[\\/]src[\\/]exchange[\\/]|[\\/]src[\\/]db[\\/]exchange/,
            },
            {
              // Every screen but home and the kiosk start loads all these Dutch feature catalogues
              // (src/app/routes.ts): one file instead of eight compresses better (precache and those
              // screens' first load) and costs nothing extra. Home's own part (meetings), the kiosk
              // start's (kiosk: its first paint waits only for that one) and `common` stay apart.
              name: 'texts-nl',
              test: /[\\/]src[\\/]i18n[\\/]nl[\\/](capture|settings|coordinator|exchange|design|agenda|contacts|sync)\.ts$/,
            },
          ],
        },
      },
    },
  },
  plugins: [
    preact(),
    chunkFiles(),
    staffEnglishApart(),
    valuesOnlyCatalogues(),
    utrechtTokens(),
    contentSecurityPolicy(),
    VitePWA({
      registerType: 'prompt',
      injectRegister: false,
      // The icons are already in workbox.globPatterns below; naming them here too listed each twice
      // in sw.js (one download, but twice in every count of the precache).
      includeAssets: [],
      includeManifestIcons: false,
      manifest: {
        name: 'Buurtstem',
        short_name: 'Buurtstem',
        description: 'Ophalen wat bewoners zeggen, ook zonder internet.',
        lang: 'nl',
        start_url: './',
        scope: './',
        display: 'standalone',
        background_color: '#ffffff',
        theme_color: '#00689e',
        icons: [
          { src: 'icons/icon.svg', sizes: 'any', type: 'image/svg+xml' },
          { src: 'icons/icon-192.png', sizes: '192x192', type: 'image/png' },
          { src: 'icons/icon-512.png', sizes: '512x512', type: 'image/png' },
          { src: 'icons/icon-maskable-512.png', sizes: '512x512', type: 'image/png', purpose: 'maskable' },
        ],
      },
      workbox: {
        // No webmanifest: the plugin adds manifest.webmanifest to the precache itself. Of the icons
        // only the SVG, which the app shows (header, favicon): the PNGs are for installing to a home
        // screen, which the browser fetches online with the manifest; offline nothing asks for them.
        globPatterns: ['**/*.{js,css,html,json}', 'icons/icon.svg'],
        navigateFallback: 'index.html',
        cleanupOutdatedCaches: true,
        clientsClaim: true,
        skipWaiting: false,
        maximumFileSizeToCacheInBytes: 5 * 1024 * 1024,
        globIgnores: ['**/node_modules/**/*', SW_ENGLISH],
        importScripts: [SW_ENGLISH],
        manifestTransforms: [
          async (entries) => ({ manifest: entries.filter((e) => e.url !== englishFile), warnings: [] }),
        ],
        // The English texts, once loaded (online), from their own cache: also without internet.
        runtimeCaching: [
          { urlPattern: ENGLISH_FILE, handler: 'CacheFirst', options: { cacheName: ENGLISH_CACHE } },
        ],
      },
    }),
    precompressed(),
  ],
  test: {
    environment: 'happy-dom',
    include: ['tests/unit/**/*.test.ts', 'tests/component/**/*.test.tsx'],
    setupFiles: ['tests/setup.ts'],
    pool: 'forks',
    // A hang guard, not a speed check (speed is measured by `npm run bench`): PIN hashing and the
    // property tests take seconds on a busy 2-core machine, past vitest's 5 s default (CI, stop 21).
    testTimeout: 30_000,
  },
});
