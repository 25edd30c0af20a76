import { cleanup, render, screen, waitFor } from '@testing-library/preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { Lazy, useLoaded } from '../../src/app/lazy';

/**
 * useLoaded (src/app/lazy.tsx): the one way a screen, or the part of home that needs Dexie, loads
 * its code on first use. A loaded component is shown (not called as a state initialiser), the code
 * is loaded once and kept for the next mount, and a failed load says so.
 */
function Show({ lazy }: { lazy: Lazy<() => preact.JSX.Element> }) {
  const { loaded: Part, failed } = useLoaded(lazy);
  if (failed) return <p data-testid="state">failed</p>;
  return Part ? <Part /> : <p data-testid="state">loading</p>;
}

afterEach(cleanup);

describe('useLoaded', () => {
  it('shows loading, then the loaded component; a second mount uses the kept code', async () => {
    const load = vi.fn(async () => () => <p data-testid="part">deel</p>);
    const lazy = new Lazy(load);
    render(<Show lazy={lazy} />);
    expect(screen.getByTestId('state').textContent).toBe('loading');
    await waitFor(() => expect(screen.getByTestId('part').textContent).toBe('deel'));
    cleanup();
    render(<Show lazy={lazy} />);
    // Kept: on screen at once, without a loading line and without loading again.
    expect(screen.getByTestId('part').textContent).toBe('deel');
    expect(load).toHaveBeenCalledTimes(1);
  });

  it('a failed load shows the failure and is tried again on the next mount', async () => {
    let fail = true;
    const load = vi.fn(async () => {
      if (fail) throw new Error('chunk missing');
      return () => <p data-testid="part">deel</p>;
    });
    const lazy = new Lazy(load);
    render(<Show lazy={lazy} />);
    await waitFor(() => expect(screen.getByTestId('state').textContent).toBe('failed'));
    cleanup();
    fail = false;
    render(<Show lazy={lazy} />);
    await waitFor(() => expect(screen.getByTestId('part').textContent).toBe('deel'));
    expect(load).toHaveBeenCalledTimes(2);
  });
});
