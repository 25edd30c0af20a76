import { Component, type ComponentType, type FunctionComponent, h } from 'preact';

/** The same props: each one the same value (Object.is), and no prop more or less. */
export function sameProps(a: object, b: object): boolean {
  const keys = Object.keys(a);
  return (
    keys.length === Object.keys(b).length &&
    keys.every((k) => k in b && Object.is(Reflect.get(a, k), Reflect.get(b, k)))
  );
}

/**
 * `render` rendered again only when its props changed (by `sameProps`): for the items of a list that
 * grows one item at a time (the capture list after a save). Its own state and context still render
 * it. Written here instead of preact/compat's memo, which would bring compat's global hooks along.
 */
export function memo<P extends object>(render: FunctionComponent<P>): ComponentType<P> {
  class Memo extends Component<P> {
    override shouldComponentUpdate(next: P): boolean {
      return !sameProps(this.props, next);
    }
    override render(props: P) {
      return h(render, props);
    }
  }
  return Memo;
}
