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
