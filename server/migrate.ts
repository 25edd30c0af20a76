/**
 * SQL migrations (server/migrations/NNN_name.sql), applied once each, in order, recorded in
 * `schema_migrations`; the same files for PGlite and PostgreSQL. Several instances starting at
 * once take an advisory lock, so each migration runs exactly once.
 */
import { byCode } from '../src/domain/order';
import type { Db } from './db';

// Bundled into the server build as text (Vite), read the same way by the tests.
const FILES = import.meta.glob<string>('./migrations/*.sql', {
  query: '?raw',
  import: 'default',
  eager: true,
});

export interface Migration {
  name: string;
  sql: string;
}

export const MIGRATIONS: Migration[] = Object.entries(FILES)
  .map(([path, sql]) => ({ name: path.replace(/^.*\//, '').replace(/\.sql$/, ''), sql }))
  .sort((a, b) => byCode(a.name, b.name));

/** An arbitrary constant: the advisory lock every instance takes while migrating. */
const MIGRATION_LOCK = 4_815_162;

/** Applies the migrations not yet applied; returns their names. */
export async function migrate(db: Db, migrations: Migration[] = MIGRATIONS): Promise<string[]> {
  return db.transaction(async (tx) => {
    await tx.query('SELECT pg_advisory_xact_lock($1)', [MIGRATION_LOCK]);
    await tx.query(
      'CREATE TABLE IF NOT EXISTS schema_migrations (name text PRIMARY KEY, applied_at timestamptz NOT NULL DEFAULT now())',
    );
    const done = new Set(
      (await tx.query<{ name: string }>('SELECT name FROM schema_migrations')).map((r) => r.name),
    );
    const applied: string[] = [];
    for (const m of migrations) {
      if (done.has(m.name)) continue;
      // One statement at a time: the extended protocol (parameters) takes one statement per call.
      for (const statement of splitSql(m.sql)) await tx.query(statement);
      await tx.query('INSERT INTO schema_migrations (name) VALUES ($1)', [m.name]);
      applied.push(m.name);
    }
    return applied;
  });
}

/** Splits a migration file into statements (no semicolons inside literals in our files). */
export function splitSql(sql: string): string[] {
  return sql
    .replace(/--[^\n]*/g, '')
    .split(';')
    .map((s) => s.trim())
    .filter(Boolean);
}
