import fc from 'fast-check';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { importBundleText, storedRows } from '../../src/db/exchange';
import { db } from '../../src/db/schema';
import type { Version } from '../../src/domain/merge';
import { deviceBundle, contribution as made, T0, uuid } from '../helpers/exchangeData';
import { freshDb } from '../helpers/freshDb';

vi.setConfig({ testTimeout: 120_000 });

/** Meeting ids: a small pool, so files name few meetings (the case storedRows reads per meeting). */
const meetingId = (m: number) => `33333333-3333-4333-8333-${String(m).padStart(12, '0')}`;

beforeEach(freshDb);

const rows = (list: unknown[]) => list.map((r) => JSON.stringify(r));

/**
 * The full merge path reads what is stored for a file's ids per meeting where it can
 * (src/db/exchange.ts storedRows, issue 12); whatever it reads must be exactly what a get per id
 * gives: the same rows in the same order, undefined for ids not stored, whether a file's version
 * names the meeting its record is stored under, another meeting, or none.
 */
describe('storedRows: the stored rows of a file ids', () => {
  it('equals one get per id, for any stored rows and any file', async () => {
    await fc.assert(
      fc.asyncProperty(
        // Stored: record n in meeting m.
        fc.uniqueArray(fc.record({ n: fc.integer({ min: 1, max: 80 }), m: fc.nat(2) }), {
          selector: (r) => r.n,
          maxLength: 50,
          size: 'medium',
        }),
        // The file: record n (stored or not), its version naming meeting m (or none, -1); mostly
        // long enough, and naming few enough meetings, to be read per meeting.
        fc.uniqueArray(
          fc.record({ n: fc.integer({ min: 1, max: 100 }), m: fc.integer({ min: -1, max: 1 }) }),
          {
            selector: (r) => r.n,
            minLength: 1,
            maxLength: 80,
            size: 'medium',
          },
        ),
        async (stored, file) => {
          await freshDb();
          if (stored.length) {
            const list = stored.map(({ n, m }) => made(n, 'tableta', T0 + n, { meetingId: meetingId(m) }));
            const bundle = await deviceBundle('tableta', 1, { contributions: list });
            expect((await importBundleText(bundle.text, 'a.json', { now: T0 + 3600_000 })).status).toBe(
              'imported',
            );
          }
          const incoming = file.map(
            ({ n, m }) =>
              ({ id: uuid(n), ...(m >= 0 ? { meetingId: meetingId(m) } : {}) }) as unknown as Version,
          );
          const ids = incoming.map((v) => v.id);
          const [got, want] = await db.transaction('r', db.contributions, () =>
            Promise.all([
              storedRows(db.contributions as never, ids, incoming),
              db.contributions.bulkGet(ids),
            ]),
          );
          expect(rows(got)).toEqual(rows(want));
        },
      ),
      { numRuns: 40 },
    );
  });

  it('reads a file of one meeting with one request, not one get per id', async () => {
    const list = Array.from({ length: 40 }, (_, i) =>
      made(i + 1, 'tableta', T0 + i, { meetingId: meetingId(1) }),
    );
    const bundle = await deviceBundle('tableta', 1, { contributions: list });
    expect((await importBundleText(bundle.text, 'a.json', { now: T0 + 3600_000 })).status).toBe('imported');
    const ids = list.map((v) => v.id);
    const gets = vi.spyOn(db.contributions, 'bulkGet');
    const got = await db.transaction('r', db.contributions, () =>
      storedRows(db.contributions as never, ids, list),
    );
    expect(gets).not.toHaveBeenCalled();
    gets.mockRestore();
    expect(got.map((r) => r?.id)).toEqual(ids);
    // A meeting that holds many more rows than the file: one get per id, as before.
    const few = list.slice(0, 8);
    const again = vi.spyOn(db.contributions, 'bulkGet');
    await db.transaction('r', db.contributions, () =>
      storedRows(
        db.contributions as never,
        few.map((v) => v.id),
        few,
      ),
    );
    expect(again).toHaveBeenCalledTimes(1);
    again.mockRestore();
  });
});
