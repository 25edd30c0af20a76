/** A number with big − and + buttons (for counting in a room). */
export function Stepper({
  label,
  value,
  onChange,
  decLabel,
  incLabel,
  big,
}: {
  label: string;
  value: number;
  onChange: (delta: number) => void;
  decLabel: string;
  incLabel: string;
  big?: boolean;
}) {
  return (
    <div class={`bs-stepper${big ? ' bs-stepper--big' : ''}`} role="group" aria-label={label}>
      <span class="bs-stepper__label">{label}</span>
      <button
        type="button"
        class="utrecht-button utrecht-button--secondary-action bs-stepper__btn"
        aria-label={`${decLabel}: ${label}`}
        disabled={value <= 0}
        onClick={() => onChange(-1)}
      >
        −
      </button>
      <output class="bs-stepper__value" aria-live="polite">
        {value}
      </output>
      <button
        type="button"
        class="utrecht-button utrecht-button--secondary-action bs-stepper__btn"
        aria-label={`${incLabel}: ${label}`}
        onClick={() => onChange(1)}
      >
        +
      </button>
    </div>
  );
}
