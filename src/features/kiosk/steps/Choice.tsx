import type { ComponentChildren } from 'preact';
import { KIcon } from '../kioskIcons';

/**
 * One big answer option: a real checkbox or radio button (keyboard and screen-reader friendly)
 * inside a large card of at least 56 px high. `muted` for "zeg ik liever niet" and the like.
 */
export function Choice({
  id,
  name,
  type,
  checked,
  onChange,
  children,
  icon,
  muted,
  lang,
  dir,
}: {
  id: string;
  name: string;
  type: 'checkbox' | 'radio';
  checked: boolean;
  onChange: () => void;
  children: ComponentChildren;
  icon?: ComponentChildren;
  muted?: boolean;
  lang?: string;
  dir?: 'ltr';
}) {
  return (
    <label
      class={`bs-k-choice${checked ? ' is-on' : ''}${muted ? ' bs-k-choice--muted' : ''}`}
      for={id}
      data-testid={`choice-${id}`}
    >
      <input
        id={id}
        type={type}
        name={name}
        checked={checked}
        onChange={type === 'checkbox' ? onChange : undefined}
        onClick={type === 'radio' ? onChange : undefined}
      />
      <span class="bs-k-choice__mark" aria-hidden="true">
        {checked ? <KIcon name="check" size={22} /> : null}
      </span>
      {icon}
      <span class="bs-k-choice__text" lang={lang} dir={dir}>
        {children}
      </span>
    </label>
  );
}
