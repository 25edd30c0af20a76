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
