import type { ComponentChildren } from 'preact';
import { useT } from '../../../i18n';
import { Button } from '../../../ui/Button';
import { describedBy, Field, SelectField } from '../../../ui/Field';
import { useEditor } from './context';
import { fieldId } from './edits';
import '../../../ui/forms.css';

type Path = readonly (string | number)[];

/** One text field of the editor; its id and error come from its validation path. */
export function TextInput({
  path,
  label,
  value,
  onInput,
  description,
  multiline,
  optional,
  inputMode,
  narrow,
}: {
  path: Path;
  label: ComponentChildren;
  value: string;
  onInput: (v: string) => void;
  description?: string;
  multiline?: boolean;
  optional?: boolean;
  inputMode?: 'decimal' | 'numeric';
  narrow?: boolean;
}) {
  const t = useT();
  const { errors } = useEditor();
  const id = fieldId(path);
  const error = errors[id];
  const common = {
    id,
    value,
    'aria-invalid': error ? true : undefined,
    'aria-describedby': describedBy(id, !!description, error),
    onInput: (e: Event) => onInput((e.currentTarget as HTMLInputElement).value),
  };
  return (
    <Field
      id={id}
      label={label}
      description={description}
      error={error}
      optional={optional ? t('form.optional') : undefined}
    >
      {multiline ? (
        <textarea class="utrecht-textarea utrecht-textarea--html-textarea" rows={3} {...common} />
      ) : (
        <input
          type="text"
          class={`utrecht-textbox utrecht-textbox--html-input${narrow ? ' bs-narrow' : ''}`}
          inputMode={inputMode}
          autocomplete="off"
          {...common}
        />
      )}
    </Field>
  );
}

export function CheckInput({
  path,
  label,
  checked,
  onChange,
  description,
}: {
  path: Path;
  label: string;
  checked: boolean;
  onChange: (v: boolean) => void;
  description?: string;
}) {
  const { errors } = useEditor();
  const id = fieldId(path);
  const error = errors[id];
  return (
    <div class="bs-check">
      <input
        id={id}
        type="checkbox"
        class="utrecht-checkbox utrecht-checkbox--html-input"
        checked={checked}
        aria-describedby={describedBy(id, !!description, error)}
        onChange={(e) => onChange(e.currentTarget.checked)}
      />
      <label for={id} class="utrecht-form-label utrecht-form-label--checkbox">
        {label}
      </label>
      {description ? (
        <div class="utrecht-form-field-description" id={`${id}-desc`}>
          {description}
        </div>
      ) : null}
      {error ? (
        <div class="utrecht-form-field-error-message" id={`${id}-error`}>
          {error}
        </div>
      ) : null}
    </div>
  );
}

export function SelectInput<V extends string>({
  path,
  label,
  value,
  options,
  onChange,
  description,
}: {
  path: Path;
  label: string;
  value: V;
  options: { value: V; label: string }[];
  onChange: (v: V) => void;
  description?: string;
}) {
  const { errors } = useEditor();
  const id = fieldId(path);
  const error = errors[id];
  return (
    <SelectField
      id={id}
      label={label}
      description={description}
      error={error}
      value={value}
      onValue={(value) => onChange(value as V)}
    >
      {options.map((o) => (
        <option key={o.value} value={o.value}>
          {o.label}
        </option>
      ))}
    </SelectField>
  );
}

/** A problem that belongs to a whole list or item (e.g. "dezelfde id komt twee keer voor"). */
export function GroupError({ path }: { path: Path }) {
  const { errors } = useEditor();
  const error = errors[fieldId(path)];
  return error ? (
    <p class="utrecht-form-field-error-message" id={`${fieldId(path)}-error`}>
      {error}
    </p>
  ) : null;
}

/** A collapsible item of a list, with its name and badges in the summary and a remove button inside. */
export function ItemCard({
  title,
  badges,
  onRemove,
  removeLabel,
  open,
  children,
  testId,
  path,
}: {
  path?: Path;
  title: string;
  badges?: ComponentChildren;
  onRemove?: () => void;
  removeLabel: string;
  open?: boolean;
  children: ComponentChildren;
  testId?: string;
}) {
  const { errors } = useEditor();
  const prefix = path ? fieldId(path) : undefined;
  // An item with a problem opens by itself, so its field with the message is in view.
  const hasError = prefix
    ? Object.keys(errors).some((k) => k === prefix || k.startsWith(`${prefix}-`))
    : false;
  return (
    <details class="bs-item" open={open || hasError} data-testid={testId}>
      <summary>
        <span class="bs-item__title">{title}</span>
        {badges}
      </summary>
      <div class="bs-item__body">
        {children}
        {onRemove ? (
          <div class="bs-actions">
            <Button variant="danger" onClick={onRemove}>
              {removeLabel}
            </Button>
          </div>
        ) : null}
      </div>
    </details>
  );
}

export function ExampleBadge({ show }: { show: boolean }) {
  const t = useT();
  return show ? <span class="bs-badge bs-badge--example">{t('settings.exampleFigure')}</span> : null;
}
