import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/preact';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { LazyScreen, type ScreenProps } from '../../src/app/lazy';
import { useLive, useLiveResult, watch } from '../../src/db/live';
import { LiveError } from '../../src/ui/ErrorBoundary';
import { createStore, useStore } from '../../src/ui/store';

beforeEach(() => {
  // Failures are logged on purpose; keep the test output readable.
  vi.spyOn(console, 'error').mockImplementation(() => undefined);
});

afterEach(() => {
  cleanup();
  vi.restoreAllMocks();
});

/** A query that fails the first `failures` times, then answers. */
function flakyQuery(failures: number) {
  let calls = 0;
  return vi.fn(async () => {
    calls++;
    if (calls <= failures) throw new Error('IndexedDB unavailable');
    return 'Drie bijeenkomsten';
  });
}

/** A part of a screen that reads live (useLiveResult) and shows its failure there, with a retry. */
function LivePart({ query }: { query: () => Promise<string> }) {
  const r = useLiveResult(query, [query]);
  if (r.failed) return <LiveError onRetry={r.retry} />;
  return <p>{r.value ?? 'Even geduld…'}</p>;
}

const screenOf =
  (Comp: (p: ScreenProps) => preact.JSX.Element | null) =>
  async (): Promise<{ default: (p: ScreenProps) => preact.JSX.Element | null }> => ({ default: Comp });

describe('a failed live query', () => {
  it('shows an error with "Opnieuw proberen" on the screen, and the retry reads again', async () => {
    const query = flakyQuery(1);
    const Screen = () => {
      const v = useLive(query, []);
      return <p>{v ?? 'Even geduld…'}</p>;
    };
    render(<LazyScreen load={screenOf(Screen)} params={{}} path="/" />);
    expect(
      await screen.findByRole('heading', { name: 'De gegevens konden niet worden gelezen' }),
    ).toBeTruthy();
    expect(screen.queryByText('Even geduld…')).toBeNull();
    fireEvent.click(screen.getByRole('button', { name: 'Opnieuw proberen' }));
    expect(await screen.findByText('Drie bijeenkomsten')).toBeTruthy();
    expect(query).toHaveBeenCalledTimes(2);
  });

  it('inside a part of a screen (useLiveResult) shows the error there, with a working retry', async () => {
    const query = flakyQuery(2);
    render(
      <>
        <h1>Bijeenkomsten</h1>
        <LivePart query={query} />
      </>,
    );
    expect((await screen.findByRole('alert')).textContent).toContain(
      'De gegevens konden niet worden gelezen',
    );
    // The rest of the screen stays.
    expect(screen.getByRole('heading', { name: 'Bijeenkomsten' })).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: 'Opnieuw proberen' }));
    // Fails a second time: the error comes back (not "loading" for ever).
    await waitFor(() => expect(query).toHaveBeenCalledTimes(2));
    expect(await screen.findByRole('alert')).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: 'Opnieuw proberen' }));
    expect(await screen.findByText('Drie bijeenkomsten')).toBeTruthy();
    expect(screen.queryByRole('alert')).toBeNull();
  });

  it('a read that fails while the page is being left is not reported, and is again once the user stays', async () => {
    const error = vi.mocked(console.error);
    // Firefox aborts module loads between beforeunload and pagehide: the read that needed one fails.
    window.dispatchEvent(new Event('beforeunload'));
    const { rerender } = render(<LivePart query={flakyQuery(1)} />);
    expect(await screen.findByRole('alert')).toBeTruthy();
    const watched = flakyQuery(1);
    const unwatch = watch(watched, () => undefined);
    await waitFor(() => expect(watched).toHaveBeenCalled());
    await new Promise((r) => setTimeout(r, 10));
    expect(error).not.toHaveBeenCalled();
    unwatch();
    // Still here after all (input): a failure is reported again.
    window.dispatchEvent(new Event('pointerdown'));
    rerender(<LivePart query={flakyQuery(1)} />);
    await waitFor(() => expect(error).toHaveBeenCalledWith('liveQuery', expect.any(Error)));
  });
});

describe('the error boundary per screen', () => {
  it('catches a screen that throws and offers a retry and a way back home', async () => {
    let broken = true;
    const Screen = () => {
      if (broken) throw new TypeError("Cannot read properties of undefined (reading 'themes')");
      return <h1>Overzicht</h1>;
    };
    render(<LazyScreen load={screenOf(Screen)} params={{}} path="/coordinator" />);
    expect(
      await screen.findByRole('heading', { name: 'Dit scherm kan nu niet worden getoond' }),
    ).toBeTruthy();
    expect(screen.getByRole('alert').textContent).toContain(
      'Wat al was opgeslagen, staat nog op dit apparaat.',
    );
    const home = screen.getByRole('link', { name: 'Naar de bijeenkomsten' });
    expect(home.getAttribute('href')).toBe('#/');
    // Retry while still broken: the failure stays (no blank page).
    fireEvent.click(screen.getByRole('button', { name: 'Opnieuw proberen' }));
    expect(
      await screen.findByRole('heading', { name: 'Dit scherm kan nu niet worden getoond' }),
    ).toBeTruthy();
    broken = false;
    fireEvent.click(screen.getByRole('button', { name: 'Opnieuw proberen' }));
    expect(await screen.findByRole('heading', { name: 'Overzicht' })).toBeTruthy();
  });

  it('offers "back to the previous screen" when there is one, and clears when the address changes', async () => {
    history.pushState(null, '', '#/meetings');
    history.pushState(null, '', '#/coordinator');
    const back = vi.spyOn(history, 'back').mockImplementation(() => undefined);
    const Screen = ({ path }: ScreenProps) => {
      if (path === '/coordinator') throw new Error('broken');
      return <h1>Elders</h1>;
    };
    const load = screenOf(Screen);
    const { rerender } = render(<LazyScreen load={load} params={{}} path="/coordinator" />);
    fireEvent.click(await screen.findByRole('button', { name: 'Terug naar het vorige scherm' }));
    expect(back).toHaveBeenCalledTimes(1);
    rerender(<LazyScreen load={load} params={{}} path="/coordinator/reach" />);
    expect(await screen.findByRole('heading', { name: 'Elders' })).toBeTruthy();
  });
});

describe('the store helper', () => {
  it('tells every subscribed component, and no longer after unmount', async () => {
    const store = createStore(0);
    const View = () => <p>n={useStore(store)}</p>;
    const { unmount } = render(<View />);
    store.set(2);
    expect(await screen.findByText('n=2')).toBeTruthy();
    unmount();
    const seen: number[] = [];
    const off = store.subscribe(() => seen.push(store.get()));
    store.set(3);
    off();
    store.set(4);
    expect(seen).toEqual([3]);
  });
});
