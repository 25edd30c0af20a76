import { useEffect, useState } from 'preact/hooks';
import { formatDutchDate, formatDutchTime, parseDutchDate, parseDutchTime } from '../domain/dutchDate';

/**
 * Date and time fields in Dutch formats (dd-mm-jjjj, 24-hour), whatever the browser's locale: the
 * native date inputs follow the browser's language. The value is the text as typed (so nothing
 * typed is lost); on leaving the field a readable value is rewritten in the one Dutch form. The
 * form parses with parseDutchDate / parseDutchTime (src/domain/dutchDate.ts) and shows its error.
 */
interface TextFieldProps {
  id: string;
  value: string;
  invalid?: boolean;
  describedBy?: string | undefined;
  onInput: (text: string) => void;
}

export function DateInput({ id, value, invalid, describedBy, onInput }: TextFieldProps) {
  return (
    <input
      id={id}
      type="text"
      inputMode="numeric"
      autocomplete="off"
      maxLength={12}
      class="utrecht-textbox utrecht-textbox--html-input bs-date-input"
      value={value}
      aria-invalid={invalid ? true : undefined}
      aria-describedby={describedBy}
      onInput={(e) => onInput(e.currentTarget.value)}
      onBlur={(e) => {
        const iso = parseDutchDate(e.currentTarget.value);
        if (iso && formatDutchDate(iso) !== e.currentTarget.value) onInput(formatDutchDate(iso));
      }}
    />
  );
}

export function TimeInput({ id, value, invalid, describedBy, onInput }: TextFieldProps) {
  return (
    <input
      id={id}
      type="text"
      inputMode="numeric"
      autocomplete="off"
      maxLength={8}
      class="utrecht-textbox utrecht-textbox--html-input bs-time-input"
      value={value}
      aria-invalid={invalid ? true : undefined}
      aria-describedby={describedBy}
      onInput={(e) => onInput(e.currentTarget.value)}
      onBlur={(e) => {
        const hhmm = parseDutchTime(e.currentTarget.value);
        if (hhmm && formatDutchTime(hhmm) !== e.currentTarget.value) onInput(formatDutchTime(hhmm));
      }}
    />
  );
}

/**
 * A Dutch date field for a value kept as an ISO day (a filter, a form's state): the text stays as
 * typed; the ISO day is passed on once the text is a date, and '' when the field is emptied.
 */
export function IsoDateInput({
  id,
  iso,
  onIso,
  describedBy,
}: {
  id: string;
  iso: string;
  onIso: (iso: string) => void;
  describedBy?: string | undefined;
}) {
  const [text, setText] = useState(iso ? formatDutchDate(iso) : '');
  // A change from elsewhere (the filter's reset) shows in the field.
  useEffect(() => {
    const typed = text.trim() ? parseDutchDate(text) : '';
    if (typed !== iso) setText(iso ? formatDutchDate(iso) : '');
  }, [iso]);
  const parsed = text.trim() ? parseDutchDate(text) : '';
  return (
    <DateInput
      id={id}
      value={text}
      invalid={parsed === null}
      describedBy={describedBy}
      onInput={(next) => {
        setText(next);
        const day = next.trim() ? parseDutchDate(next) : '';
        if (day !== null && day !== iso) onIso(day);
      }}
    />
  );
}
