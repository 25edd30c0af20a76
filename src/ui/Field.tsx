import type { ComponentChildren } from 'preact';
import './forms.css';

export interface FieldProps {
  id: string;
  label: ComponentChildren;
  description?: ComponentChildren;
  error?: string | undefined;
  optional?: string;
  children: ComponentChildren;
}

/** Label + description + error around one input (NL Design System form field). */
export function Field({ id, label, description, error, optional, children }: FieldProps) {
  return (
    <div
      class={`utrecht-form-field utrecht-form-field--distanced${error ? ' utrecht-form-field--invalid' : ''}`}
    >
      <div class="utrecht-form-field__label">
        <label class="utrecht-form-label" for={id}>
          {label}
          {optional ? <span class="bs-optional"> ({optional})</span> : null}
        </label>
      </div>
      {description ? (
        <div class="utrecht-form-field-description" id={`${id}-desc`}>
          {description}
        </div>
      ) : null}
      {error ? (
        <div class="utrecht-form-field-error-message" id={`${id}-error`} role="alert">
          {error}
        </div>
      ) : null}
      <div class="utrecht-form-field__input">{children}</div>
    </div>
  );
}

/** aria-describedby for an input inside <Field>. */
export function describedBy(id: string, hasDescription: boolean, error?: string): string | undefined {
  const ids = [hasDescription ? `${id}-desc` : '', error ? `${id}-error` : ''].filter(Boolean);
  return ids.length ? ids.join(' ') : undefined;
}

interface ControlProps extends Omit<FieldProps, 'children'> {
  value: string;
  onValue: (value: string) => void;
  /** Classes beside the NL Design System one (e.g. `bs-textarea--short`, `bs-input--short`). */
  extraClass?: string;
}

/** What every control inside a <Field> carries: its id, validity and the texts that describe it. */
function controlAria({ id, description, error }: ControlProps) {
  return {
    id,
    'aria-invalid': error ? ('true' as const) : undefined,
    'aria-describedby': describedBy(id, Boolean(description), error),
  };
}

const withExtra = (base: string, extra?: string) => (extra ? `${base} ${extra}` : base);

export interface TextFieldProps extends ControlProps {
  /** A textarea instead of a one-line input. */
  multiline?: boolean;
  inputMode?: 'text' | 'decimal' | 'numeric' | 'tel' | 'email' | 'url' | 'search';
  maxLength?: number;
  placeholder?: string;
  autocomplete?: string;
  rows?: number;
}

/**
 * A text input or textarea in its <Field>: the label, description and error are linked to the control
 * here, once, so no form can forget `aria-describedby` or `aria-invalid`.
 */
export function TextField(props: TextFieldProps) {
  const { multiline, inputMode, maxLength, placeholder, autocomplete, rows, value, onValue, extraClass } =
    props;
  const common = {
    ...controlAria(props),
    value,
    maxLength,
    placeholder,
    onInput: (e: Event) => onValue((e.currentTarget as HTMLInputElement | HTMLTextAreaElement).value),
  };
  return (
    <Field {...props}>
      {multiline ? (
        <textarea
          {...common}
          rows={rows}
          class={withExtra('utrecht-textarea utrecht-textarea--html-textarea', extraClass)}
        />
      ) : (
        <input
          {...common}
          type="text"
          inputMode={inputMode}
          autocomplete={autocomplete}
          class={withExtra('utrecht-textbox utrecht-textbox--html-input', extraClass)}
        />
      )}
    </Field>
  );
}

export interface SelectFieldProps extends ControlProps {
  /** The <option>s. */
  children: ComponentChildren;
}

/** A select in its <Field>, linked to its label, description and error as TextField is. */
export function SelectField(props: SelectFieldProps) {
  const { value, onValue, extraClass, children } = props;
  return (
    <Field {...props}>
      <select
        {...controlAria(props)}
        class={withExtra('utrecht-select utrecht-select--html-select', extraClass)}
        value={value}
        onChange={(e) => onValue(e.currentTarget.value)}
      >
        {children}
      </select>
    </Field>
  );
}
