// @vitest-environment node
/** The sync service on the embedded PostgreSQL (PGlite, in memory): one instance for the whole file. */
import { openPglite } from '../../server/db';
import { defineServerSuite } from '../helpers/serverSuite';

defineServerSuite('sync service on PGlite', { openDb: () => openPglite() });
