// @vitest-environment node
/**
 * The same tests of the sync service against a real PostgreSQL server (DATABASE_URL path, `pg`),
 * started in a temporary directory and stopped afterwards. Skipped, visibly, only when the
 * PostgreSQL binaries are not installed locally; on CI (CI=true) a missing PostgreSQL fails.
 */
import { afterAll, describe, expect, it } from 'vitest';
import { openPostgres } from '../../server/db';
import { postgresBin, startTempPostgres, type TempPostgres } from '../helpers/postgres';
import { defineServerSuite } from '../helpers/serverSuite';

const bin = postgresBin();
const onCi = process.env.CI === 'true' || process.env.CI === '1';

if (bin) {
  let pg: TempPostgres | undefined;
  afterAll(() => pg?.stop());
  defineServerSuite('sync service on PostgreSQL (DATABASE_URL)', {
    openDb: async () => {
      pg = startTempPostgres(bin);
      return openPostgres(pg.url);
    },
  });
} else if (onCi) {
  describe('sync service on PostgreSQL (DATABASE_URL)', () => {
    it('needs PostgreSQL on CI (.ci/run installs the postgresql package)', () => {
      expect(bin, 'PostgreSQL is not installed: /usr/lib/postgresql/*/bin/initdb missing').not.toBeNull();
    });
  });
} else {
  console.warn(
    'OVERGESLAGEN: de integratietest tegen PostgreSQL (tests/unit/server-postgres.test.ts): geen /usr/lib/postgresql/*/bin/initdb. Installeer het Debian-pakket postgresql.',
  );
  describe.skip('sync service on PostgreSQL (DATABASE_URL): PostgreSQL not installed', () => {
    it('skipped', () => {});
  });
}
