import './forms.css';
/** A labelled select for filtering, with a first option that means "no filter" (value ""). */
export function FilterSelect({
  id,
  label,
  value,
  options,
  anyLabel,
  wrapperClass,
  onChange,
}: {
  id: string;
  label: string;
  value: string;
  options: { id: string; label: string }[];
  anyLabel: string;
  wrapperClass: string;
  onChange: (v: string) => void;
}) {
  return (
    <div class={wrapperClass}>
      <label class="utrecht-form-label" for={id}>
        {label}
      </label>
      <select
        id={id}
        class="utrecht-select utrecht-select--html-select"
        value={value}
        onChange={(e) => onChange(e.currentTarget.value)}
      >
        <option value="">{anyLabel}</option>
        {options.map((o) => (
          <option key={o.id} value={o.id}>
            {o.label}
          </option>
        ))}
      </select>
    </div>
  );
}
