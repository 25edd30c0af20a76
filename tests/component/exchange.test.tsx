import { readdirSync, readFileSync } from 'node:fs';
import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/preact';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { resetDeviceCache } from '../../src/db/device';
import { importBundleText } from '../../src/db/exchange';
import { openConflicts } from '../../src/db/exchangeStatus';
import { db } from '../../src/db/schema';
import { problem } from '../../src/exchange/problems';
import { ConflictCard } from '../../src/features/exchange/ConflictCard';
import ConflictsScreen from '../../src/features/exchange/ConflictsScreen';
import { ImportReport } from '../../src/features/exchange/ImportReport';
import { HTML_TEXT } from '../fixtures/makeFixtures';
import { contribution, deviceBundle, edit, T0 } from '../helpers/exchangeData';

const H = 3_600_000;

beforeEach(async () => {
  db.close();
  await db.delete();
  resetDeviceCache();
  await db.open();
});
afterEach(cleanup);

/** Two tablets changed the same contribution; the texts hold markup. */
async function conflictWithMarkup() {
  const base = contribution(1, 'tableta', T0);
  const a = edit(base, 'tableta', T0 + 2 * H, { text: `A: ${HTML_TEXT}` });
  const b = edit(base, 'tabletb', T0 + H, { text: `B: ${HTML_TEXT}` });
  for (const [dev, v] of [
    ['tableta', a],
    ['tabletb', b],
  ] as const) {
    const built = await deviceBundle(dev, 1, { contributions: [v] });
    expect((await importBundleText(built.text, `${dev}.json`)).status).toBe('imported');
  }
  const [c] = await openConflicts();
  return c!;
}

describe('exchange screens show every text as text', () => {
  it('a conflict with <script> and <img onerror> in the texts renders them literally', async () => {
    const c = await conflictWithMarkup();
    const { container } = render(
      <ul>
        <ConflictCard
          row={c.row}
          current={c.current}
          labels={{ tabletb: 'Tablet B' }}
          onSettle={async () => {}}
        />
      </ul>,
    );
    expect(screen.getByTestId('conflict-current').textContent).toBe(`A: ${HTML_TEXT}`);
    expect(screen.getByTestId('conflict-other').textContent).toBe(`B: ${HTML_TEXT}`);
    expect(container.querySelector('script, img, b')).toBeNull();
    expect(container.innerHTML).toContain('&lt;script&gt;');
    expect(screen.getByText(/Gemaakt op Tablet B/)).toBeTruthy();
  });

  it('a refused file whose format name holds markup shows the message as text', () => {
    const { container } = render(
      <ImportReport
        reports={[
          {
            fileName: '<img src=x onerror=alert(1)>.json',
            status: 'refused',
            problems: [problem('unknownFormat', { format: '<script>alert(1)</script>' })],
            counts: { new: 0, updated: 0, unchanged: 0, conflicts: 0, skipped: 0 },
          },
        ]}
      />,
    );
    expect(container.querySelector('script, img')).toBeNull();
    expect(
      screen.getByText(
        'Onbekend bestandsformaat "<script>alert(1)</script>". Buurtstem leest alleen "buurtstem-bundle".',
      ),
    ).toBeTruthy();
    expect(screen.getByText('<img src=x onerror=alert(1)>.json')).toBeTruthy();
    expect(screen.getByTestId('import-total').textContent).toContain('geweigerde bestanden 1');
  });

  it('the conflicts screen settles a conflict: the other version applies', async () => {
    await conflictWithMarkup();
    render(<ConflictsScreen />);
    await waitFor(() => expect(screen.getAllByTestId('conflict')).toHaveLength(1));
    fireEvent.click(screen.getByRole('button', { name: 'Andere versie laten gelden' }));
    await waitFor(() => expect(screen.getByTestId('no-conflicts')).toBeTruthy());
    expect((await db.contributions.get(contribution(1, 'x').id))?.text).toBe(`B: ${HTML_TEXT}`);
  });

  it('no exchange screen sets HTML from data', () => {
    for (const f of readdirSync('src/features/exchange')) {
      expect(readFileSync(`src/features/exchange/${f}`, 'utf8'), f).not.toMatch(
        /dangerouslySetInnerHTML|innerHTML/,
      );
    }
  });
});
