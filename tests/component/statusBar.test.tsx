import { render, screen } from '@testing-library/preact';
import { options, type VNode } from 'preact';
import { afterAll, afterEach, expect, it } from 'vitest';
import { isBusy, setBusy } from '../../src/app/busy';
import { StatusBar } from '../../src/app/StatusBar';

// Renders of the StatusBar component itself, counted by Preact's own hook after each diff.
let renders = 0;
const previous = options.diffed;
options.diffed = (vnode: VNode) => {
  if (vnode.type === StatusBar) renders++;
  previous?.(vnode);
};
afterEach(() => {
  setBusy('test', false);
});
afterAll(() => {
  options.diffed = previous;
});

it('a command that starts and ends does not render the status bar again (no update waits)', async () => {
  render(<StatusBar />);
  await screen.findByTestId('offline-ready');
  await new Promise((r) => setTimeout(r, 20)); // its first reads (storage, reminder) have rendered
  const before = renders;
  expect(before).toBeGreaterThan(0);
  setBusy('test', true);
  expect(isBusy()).toBe(true);
  await new Promise((r) => setTimeout(r, 20)); // past the task a render would take
  setBusy('test', false);
  await new Promise((r) => setTimeout(r, 20));
  expect(renders).toBe(before);
});
