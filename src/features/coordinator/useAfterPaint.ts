import { useEffect, useState } from 'preact/hooks';

/**
 * False on a component's first render, true from the task after the browser painted it. A screen
 * shows its key figures in its first frame and the heavier parts below them (charts, tables,
 * lists) in the next one: the numbers do not wait for those parts to render (issue 12 item 3).
 */
export function useAfterPaint(): boolean {
  const [painted, setPainted] = useState(false);
  useEffect(() => {
    if (painted) return;
    let timer: ReturnType<typeof setTimeout> | undefined;
    // The frame callback runs before that paint; the task it queues runs after it.
    const frame = requestAnimationFrame(() => {
      timer = setTimeout(() => setPainted(true), 0);
    });
    return () => {
      cancelAnimationFrame(frame);
      if (timer !== undefined) clearTimeout(timer);
    };
  }, []);
  return painted;
}
