import { act, cleanup, fireEvent, render, screen } from '@testing-library/preact';
import { useState } from 'preact/hooks';
import { afterEach, describe, expect, it } from 'vitest';
import { memo, sameProps } from '../../src/ui/memo';

afterEach(cleanup);

describe('memo', () => {
  it('renders an item again only when its props change, or its own state does', async () => {
    const renders: Record<string, number> = {};
    const Item = memo(function Item({ id, label }: { id: string; label: string }) {
      renders[id] = (renders[id] ?? 0) + 1;
      const [open, setOpen] = useState(false);
      return (
        <li>
          <button type="button" onClick={() => setOpen(!open)}>
            {label}
            {open ? ' open' : ''}
          </button>
        </li>
      );
    });
    let setItems!: (f: (xs: { id: string; label: string }[]) => { id: string; label: string }[]) => void;
    function List() {
      const [items, set] = useState([
        { id: 'a', label: 'A' },
        { id: 'b', label: 'B' },
      ]);
      setItems = set;
      return (
        <ul>
          {items.map((x) => (
            <Item key={x.id} id={x.id} label={x.label} />
          ))}
        </ul>
      );
    }
    render(<List />);
    expect(renders).toEqual({ a: 1, b: 1 });
    // One item added (as after a save): only that one renders.
    await act(() => setItems((xs) => [{ id: 'c', label: 'C' }, ...xs]));
    expect(renders).toEqual({ a: 1, b: 1, c: 1 });
    // A changed prop renders that item.
    await act(() => setItems((xs) => xs.map((x) => (x.id === 'b' ? { ...x, label: 'B2' } : x))));
    expect(renders).toEqual({ a: 1, b: 2, c: 1 });
    expect(screen.getByRole('button', { name: 'B2' })).toBeTruthy();
    // Its own state still renders it.
    fireEvent.click(screen.getByRole('button', { name: 'A' }));
    expect(await screen.findByRole('button', { name: 'A open' })).toBeTruthy();
    expect(renders.a).toBe(2);
  });

  it('sameProps: the same values under the same keys, no key more or less', () => {
    const f = () => undefined;
    expect(sameProps({ a: 1, f }, { a: 1, f })).toBe(true);
    expect(sameProps({ a: 1 }, { a: 1, b: undefined })).toBe(false);
    expect(sameProps({ a: 1, b: undefined }, { a: 1, c: undefined })).toBe(false);
    expect(sameProps({ a: {} }, { a: {} })).toBe(false);
    expect(sameProps({ a: Number.NaN }, { a: Number.NaN })).toBe(true);
  });
});
