/**
 * `npm run server`: the Buurtstem sync service. With no set-up it keeps its data in an embedded
 * PostgreSQL (PGlite) in BUURTSTEM_DATA (default ./server-data); DATABASE_URL points it at a
 * PostgreSQL server instead. Options: --port N (or PORT), --host H (or HOST; default 127.0.0.1,
 * put a reverse proxy with TLS in front), --new-setup-code (print a new coordinator set-up code).
 */
import { startServer } from './start';

function arg(name: string): string | undefined {
  const i = process.argv.indexOf(name);
  return i >= 0 ? process.argv[i + 1] : undefined;
}
const num = (v: string | undefined) => (v === undefined || v === '' ? undefined : Number(v));

const databaseUrl = process.env.DATABASE_URL || undefined;
const dataDir = process.env.BUURTSTEM_DATA || './server-data';
const port = num(arg('--port') ?? process.env.PORT) ?? 8787;
const host = arg('--host') ?? process.env.HOST ?? '127.0.0.1';
const cors = process.env.BUURTSTEM_CORS_ORIGIN?.split(',')
  .map((s) => s.trim())
  .filter(Boolean);

const server = await startServer({
  databaseUrl,
  dataDir,
  port,
  host,
  ...(cors?.length ? { corsOrigin: cors } : {}),
  ...(num(process.env.BUURTSTEM_MAX_BUNDLE_MB)
    ? { maxBundleBytes: num(process.env.BUURTSTEM_MAX_BUNDLE_MB)! * 1e6 }
    : {}),
  ...(num(process.env.BUURTSTEM_RATE_PER_MINUTE)
    ? { tokenRatePerMinute: num(process.env.BUURTSTEM_RATE_PER_MINUTE)! }
    : {}),
  trustProxy: process.env.BUURTSTEM_TRUST_PROXY === '1',
});

const where = databaseUrl ? 'PostgreSQL (DATABASE_URL)' : `ingebouwde PostgreSQL (PGlite) in ${dataDir}`;
console.log(`Buurtstem-synchronisatiedienst luistert op ${server.url} — gegevens: ${where}`);

if (process.env.BUURTSTEM_SETUP_CODE) {
  await server.addSetupCode(process.env.BUURTSTEM_SETUP_CODE);
  console.log('Instelcode uit BUURTSTEM_SETUP_CODE is geldig (eenmalig, 24 uur).');
}
const coordinators = await server.db.query<{ n: string }>(
  "SELECT count(*)::text AS n FROM devices WHERE role = 'coordinator'",
);
if (process.argv.includes('--new-setup-code') || coordinators[0]?.n === '0') {
  const { code, expiresAt } = await server.newSetupCode();
  console.log(`Instelcode voor de coördinator (werkt één keer, geldig tot ${expiresAt}): ${code}`);
}

let stopping = false;
for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  process.on(signal, () => {
    if (stopping) return;
    stopping = true;
    server.close().then(
      () => process.exit(0),
      () => process.exit(1),
    );
  });
}
