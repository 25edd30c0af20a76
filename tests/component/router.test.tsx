import { render } from 'preact';
import { afterEach, describe, expect, it } from 'vitest';
import { usePath } from '../../src/app/router';

/**
 * usePath (src/app/router.ts): an address that changes after the app's first render but before
 * its listener is attached (a link tapped, or a test's goto, while the app starts) must still be
 * followed. CI found the app staying on home after such a change.
 */
function Where() {
  return <p data-testid="path">{usePath()}</p>;
}

afterEach(() => {
  history.replaceState(null, '', '#/');
});

describe('usePath', () => {
  it('follows an address changed between the first render and its effect', async () => {
    history.replaceState(null, '', '#/');
    const root = document.createElement('div');
    document.body.append(root);
    render(<Where />, root); // effects are not run yet: they wait for the next frame
    // replaceState sends no hashchange at all: only reading the address again can see it.
    history.replaceState(null, '', '#/agenda');
    expect(root.textContent).toBe('/');
    await new Promise((r) => setTimeout(r, 50));
    expect(root.textContent).toBe('/agenda');
    render(null, root);
    root.remove();
  });
});
