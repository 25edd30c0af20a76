import { useT } from '../../../i18n';
import { CheckInput, ExampleBadge, TextInput } from './inputs';
import type { DraftSource } from './model';
import '../../../ui/forms.css';

/** Where a figure comes from: source, year, and whether it is only an example figure. */
export function SourceFields({
  path,
  value,
  onChange,
}: {
  path: readonly (string | number)[];
  value: DraftSource;
  onChange: (next: DraftSource) => void;
}) {
  const t = useT();
  return (
    <fieldset class="utrecht-form-fieldset bs-subfields">
      <legend class="utrecht-form-fieldset__legend">
        {t('settings.source')} <ExampleBadge show={value.example} />
      </legend>
      <div class="bs-grid2">
        <TextInput
          path={[...path, 'label']}
          label={t('settings.sourceName')}
          value={value.label}
          onInput={(label) => onChange({ ...value, label })}
        />
        <TextInput
          path={[...path, 'year']}
          label={t('settings.sourceYear')}
          optional
          inputMode="numeric"
          narrow
          value={value.year}
          onInput={(year) => onChange({ ...value, year })}
        />
      </div>
      <CheckInput
        path={[...path, 'example']}
        label={t('settings.sourceExample')}
        checked={value.example}
        onChange={(example) => onChange({ ...value, example })}
      />
    </fieldset>
  );
}
