import { cleanup, render, screen, waitFor } from '@testing-library/preact';
import { afterEach, describe, expect, it } from 'vitest';
import { useAfterPaint } from '../../src/features/coordinator/useAfterPaint';

afterEach(cleanup);

/**
 * The coordinator's overview shows its key figures in the first frame and the charts, tables and
 * lists in the next (issue 12 item 3): the part below comes after a frame, and stays once shown.
 */
describe('useAfterPaint', () => {
  it('is false in the first render, true after a frame, and stays true on later renders', async () => {
    const seen: boolean[] = [];
    function Screen({ n }: { n: number }) {
      const later = useAfterPaint();
      seen.push(later);
      return (
        <>
          <p>figures {n}</p>
          {later ? <p>details {n}</p> : null}
        </>
      );
    }
    const { rerender } = render(<Screen n={1} />);
    expect(screen.getByText('figures 1')).toBeTruthy();
    expect(screen.queryByText('details 1')).toBeNull();
    expect(seen).toEqual([false]);
    await waitFor(() => expect(screen.getByText('details 1')).toBeTruthy());
    rerender(<Screen n={2} />);
    expect(screen.getByText('details 2')).toBeTruthy();
    expect(seen.at(-1)).toBe(true);
  });
});
