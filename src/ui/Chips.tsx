import type { ComponentChildren } from 'preact';
import './forms.css';

export interface ChipOption {
  id: string;
  label: string;
  icon?: ComponentChildren;
}

/**
 * A group of toggle chips (checkboxes under the hood: keyboard and screen-reader friendly).
 * Touch targets are at least 44 px high.
 */
export function Chips({
  legend,
  name,
  options,
  selected,
  onChange,
  single,
}: {
  legend: string;
  name: string;
  options: ChipOption[];
  selected: string[];
  onChange: (next: string[]) => void;
  single?: boolean;
}) {
  const toggle = (id: string) => {
    if (single) onChange(selected.includes(id) ? [] : [id]);
    else onChange(selected.includes(id) ? selected.filter((s) => s !== id) : [...selected, id]);
  };
  return (
    <fieldset class="utrecht-form-fieldset bs-chips">
      <legend class="utrecht-form-fieldset__legend bs-chips__legend">{legend}</legend>
      <div class="bs-chips__list">
        {options.map((o) => {
          const id = `${name}-${o.id}`;
          const on = selected.includes(o.id);
          return (
            <label key={o.id} class={`bs-chip${on ? ' bs-chip--on' : ''}`} for={id}>
              <input
                id={id}
                type={single ? 'radio' : 'checkbox'}
                name={name}
                checked={on}
                onClick={single ? () => toggle(o.id) : undefined}
                onChange={single ? undefined : () => toggle(o.id)}
              />
              {o.icon}
              <span>{o.label}</span>
            </label>
          );
        })}
      </div>
    </fieldset>
  );
}
