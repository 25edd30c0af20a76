import { cleanup, render, screen, waitFor } from '@testing-library/preact';
import { Component, type ComponentChildren } from 'preact';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { getKv, setKv } from '../../src/db/kv';
import { LiveQueryError } from '../../src/db/liveError';
import { deferLiveUntil, useLiveLater } from '../../src/db/liveLater';
import { db } from '../../src/db/schema';

/**
 * useLiveLater (src/db/liveLater.ts): the app frame's reads, whose module and Dexie load after the
 * first paint. It shows `initial` until then, waits for the start-up gate, then stays live; a
 * failed read reaches the error boundary as LiveQueryError, as useLive does.
 */
function Value({ initial }: { initial?: string }) {
  const v = useLiveLater(
    () => Promise.resolve(async () => ((await getKv<string>('probe')) ?? 'none') as string),
    initial,
  );
  return <p data-testid="v">{v ?? 'undefined'}</p>;
}

class Catch extends Component<{ children: ComponentChildren }, { error?: unknown }> {
  override state: { error?: unknown } = {};
  override componentDidCatch(error: unknown) {
    this.setState({ error });
  }
  override render() {
    return this.state.error ? (
      <p data-testid="caught">{this.state.error instanceof LiveQueryError ? 'live' : 'other'}</p>
    ) : (
      this.props.children
    );
  }
}

beforeEach(async () => {
  db.close();
  await db.delete();
  await db.open();
});
afterEach(() => {
  cleanup();
  deferLiveUntil(Promise.resolve());
});

describe('useLiveLater', () => {
  it('shows the initial value until the gate opens, then the live value and its changes', async () => {
    let open!: () => void;
    deferLiveUntil(new Promise<void>((r) => (open = r)));
    await setKv('probe', 'stored');
    render(<Value initial="at start" />);
    await new Promise((r) => setTimeout(r, 50));
    expect(screen.getByTestId('v').textContent).toBe('at start');
    open();
    await waitFor(() => expect(screen.getByTestId('v').textContent).toBe('stored'));
    await setKv('probe', 'changed');
    await waitFor(() => expect(screen.getByTestId('v').textContent).toBe('changed'));
  });

  it('a failed read throws LiveQueryError to the boundary', async () => {
    const quiet = vi.spyOn(console, 'error').mockImplementation(() => {});
    function Failing() {
      useLiveLater(() => Promise.resolve(() => Promise.reject(new Error('broken'))));
      return <p>never</p>;
    }
    render(
      <Catch>
        <Failing />
      </Catch>,
    );
    await waitFor(() => expect(screen.getByTestId('caught').textContent).toBe('live'));
    quiet.mockRestore();
  });

  it("with failure 'keep' (the frame's status lines) a failed read is logged and the last value stays", async () => {
    const logged = vi.spyOn(console, 'error').mockImplementation(() => {});
    let fail = false;
    function Status() {
      const v = useLiveLater(
        () =>
          Promise.resolve(async () => {
            const stored = (await getKv<string>('probe')) ?? 'none';
            if (fail) throw new Error('the disk could not be read');
            return stored;
          }),
        'at start',
        'keep',
      );
      return <p data-testid="v">{v}</p>;
    }
    await setKv('probe', 'first');
    render(
      <Catch>
        <Status />
      </Catch>,
    );
    await waitFor(() => expect(screen.getByTestId('v').textContent).toBe('first'));
    fail = true;
    await setKv('probe', 'second');
    await waitFor(() => expect(logged).toHaveBeenCalledWith('liveQuery', expect.any(Error)));
    expect(screen.queryByTestId('caught')).toBeNull();
    expect(screen.getByTestId('v').textContent).toBe('first');
    logged.mockRestore();
  });
});
