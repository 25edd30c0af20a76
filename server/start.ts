/**
 * Starting the service: open the database, apply the migrations, then listen. Used by the entry
 * (server/main.ts, `npm run server`), the tests and the load test (port 0 = a free port).
 */
import type { AddressInfo } from 'node:net';
import { serve } from '@hono/node-server';
import { createService, type ServiceOptions } from './app';
import { type Db, openDb } from './db';
import { migrate } from './migrate';

export interface StartOptions extends Omit<ServiceOptions, 'db'> {
  /** An open database; otherwise DATABASE_URL-style `databaseUrl`, or PGlite in `dataDir` (memory when absent). */
  db?: Db;
  databaseUrl?: string | undefined;
  dataDir?: string | undefined;
  port?: number;
  host?: string;
}

export interface RunningServer {
  url: string;
  port: number;
  db: Db;
  newSetupCode(): Promise<{ code: string; expiresAt: string }>;
  addSetupCode(code: string): Promise<void>;
  /** Stops listening; closes the database only when this call opened it. */
  close(): Promise<void>;
}

export async function startServer(opts: StartOptions = {}): Promise<RunningServer> {
  const db = opts.db ?? (await openDb({ databaseUrl: opts.databaseUrl, dataDir: opts.dataDir }));
  await migrate(db);
  const service = createService({ ...opts, db });
  const host = opts.host ?? '127.0.0.1';
  const server = await new Promise<ReturnType<typeof serve>>((resolve, reject) => {
    const s = serve({ fetch: service.app.fetch, port: opts.port ?? 0, hostname: host }, () => resolve(s));
    s.once('error', reject);
  });
  // Longer than a load balancer's idle timeout (often 60 s), so the service never closes a kept-alive
  // connection just as a client reuses it.
  if ('keepAliveTimeout' in server) {
    server.keepAliveTimeout = 65_000;
    server.headersTimeout = 66_000;
  }
  const port = (server.address() as AddressInfo).port;
  return {
    url: `http://${host.includes(':') ? `[${host}]` : host}:${port}`,
    port,
    db,
    newSetupCode: service.newSetupCode,
    addSetupCode: service.addSetupCode,
    async close() {
      await new Promise<void>((resolve) => {
        server.close(() => resolve());
        (server as { closeAllConnections?: () => void }).closeAllConnections?.();
      });
      if (!opts.db) await db.close();
    },
  };
}
