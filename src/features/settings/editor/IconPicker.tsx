import { textOr, useT } from '../../../i18n';
import { ICON_NAMES, Icon } from '../../../ui/icons';
import { useEditor } from './context';
import { fieldId } from './edits';
import '../../../ui/forms.css';

/** Choose a pictogram from the app's own icon set, shown as pictures (radio buttons underneath). */
export function IconPicker({
  path,
  value,
  onChange,
}: {
  path: readonly (string | number)[];
  value: string;
  onChange: (icon: string) => void;
}) {
  const t = useT();
  const { errors } = useEditor();
  const id = fieldId(path);
  const error = errors[id];
  return (
    <fieldset class="utrecht-form-fieldset bs-iconpick" aria-describedby={`${id}-desc`}>
      <legend class="utrecht-form-fieldset__legend bs-chips__legend">{t('settings.icon')}</legend>
      <p class="utrecht-form-field-description" id={`${id}-desc`}>
        {t('settings.iconHelp')}
      </p>
      {error ? <p class="utrecht-form-field-error-message">{error}</p> : null}
      <div class="bs-iconpick__list">
        {ICON_NAMES.map((name) => {
          const optId = `${id}-${name}`;
          const on = value === name;
          return (
            <label key={name} for={optId} class={`bs-iconpick__opt${on ? ' bs-iconpick__opt--on' : ''}`}>
              <input
                id={optId}
                type="radio"
                name={id}
                value={name}
                checked={on}
                onChange={() => onChange(name)}
              />
              <Icon name={name} size={32} />
              <span>{textOr(`iconName.${name}`, name)}</span>
            </label>
          );
        })}
      </div>
    </fieldset>
  );
}
