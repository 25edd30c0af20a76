import { useEffect, useState } from 'preact/hooks';

/**
 * The user's choice on an input drawn from the database (a checkbox whose `checked` comes from a
 * live query), shown at once. The write takes a moment, and any re-render before the database
 * answers (useWrite marks itself busy) would set the input back: Preact keeps a controlled input
 * equal to its props. The choice is shown until the live value agrees, and dropped when the write
 * failed. One mechanism for every such input, instead of a flicker (and a lost click) per screen.
 */
export function usePending<V>(live: Readonly<Record<string, V>>) {
  const [pending, setPending] = useState<Readonly<Record<string, V>>>({});
  useEffect(() => {
    setPending((p) => {
      const left = Object.entries(p).filter(([key, value]) => live[key] !== value);
      return left.length === Object.keys(p).length ? p : Object.fromEntries(left);
    });
  }, [live]);
  return {
    /** What to show for `key`: the user's pending choice, else the live value. */
    value: (key: string): V | undefined => (key in pending ? pending[key] : live[key]),
    /** Show `value` for `key` until the database agrees. */
    set: (key: string, value: V) => setPending((p) => ({ ...p, [key]: value })),
    /** The write failed: show the live value again. */
    drop: (key: string) =>
      setPending((p) => {
        const { [key]: _gone, ...rest } = p;
        return rest;
      }),
  };
}
