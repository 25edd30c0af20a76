import { afterEach, describe, expect, it, vi } from 'vitest';
import { inBackground } from '../../src/app/startup';

const settle = () => new Promise((r) => setTimeout(r, 0));

describe('inBackground: a start-up step that fails is reported, unless the page is being left', () => {
  afterEach(() => {
    vi.restoreAllMocks();
    // Still here: input resets "leaving" for the next test.
    window.dispatchEvent(new Event('pointerdown'));
  });

  it('reports a failing step, with what it was', async () => {
    const error = vi.spyOn(console, 'error').mockImplementation(() => undefined);
    const failure = new TypeError('error loading dynamically imported module');
    inBackground('service worker', () => Promise.reject(failure));
    await settle();
    expect(error).toHaveBeenCalledWith('service worker', failure);
  });

  it('reports a step that throws before it returns a promise', async () => {
    const error = vi.spyOn(console, 'error').mockImplementation(() => undefined);
    inBackground('sync', () => {
      throw new Error('no');
    });
    await settle();
    expect(error).toHaveBeenCalledTimes(1);
    expect(error.mock.calls[0]?.[0]).toBe('sync');
  });

  it('says nothing of a load that the page being left aborted (beforeunload or pagehide)', async () => {
    const error = vi.spyOn(console, 'error').mockImplementation(() => undefined);
    for (const leave of ['beforeunload', 'pagehide']) {
      window.dispatchEvent(new Event(leave));
      inBackground('service worker', () => Promise.reject(new TypeError('aborted')));
      await settle();
      window.dispatchEvent(new Event('pageshow'));
    }
    expect(error).not.toHaveBeenCalled();
  });

  it('reports again once the user is still there after all (input, or back from the cache)', async () => {
    const error = vi.spyOn(console, 'error').mockImplementation(() => undefined);
    for (const back of ['pointerdown', 'keydown', 'pageshow']) {
      window.dispatchEvent(new Event('beforeunload'));
      window.dispatchEvent(new Event(back));
      inBackground(back, () => Promise.reject(new Error('real')));
    }
    await settle();
    expect(error.mock.calls.map((c) => c[0])).toEqual(['pointerdown', 'keydown', 'pageshow']);
  });

  it('runs a step that succeeds without a word', async () => {
    const error = vi.spyOn(console, 'error').mockImplementation(() => undefined);
    let ran = false;
    inBackground('device', async () => {
      ran = true;
    });
    await settle();
    expect(ran).toBe(true);
    expect(error).not.toHaveBeenCalled();
  });
});
