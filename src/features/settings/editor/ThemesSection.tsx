import { useT } from '../../../i18n';
import { Button } from '../../../ui/Button';
import { Icon } from '../../../ui/icons';
import { useEditor } from './context';
import { newTheme, removeTheme, replaceAt, setThemeLabel } from './edits';
import { IconPicker } from './IconPicker';
import { CheckInput, GroupError, ItemCard, TextInput } from './inputs';

/** The suggestion set: themes with a label, a short explanation, a pictogram and the example flag. */
export function ThemesSection() {
  const t = useT();
  const { d, edit, remove } = useEditor();
  const patch = (i: number, p: Partial<(typeof d.themes)[number]>) =>
    edit((x) => ({ ...x, themes: replaceAt(x.themes, i, { ...x.themes[i]!, ...p }) }));
  return (
    <section class="bs-card" aria-labelledby="h-cfg-themes">
      <h3 class="utrecht-heading-3" id="h-cfg-themes">
        {t('settings.themes')}
      </h3>
      <GroupError path={['themes']} />
      {d.themes.map((th, i) => {
        const name = th.label || t('settings.untitled');
        return (
          <ItemCard
            path={['themes', i]}
            key={`th-${i}`}
            testId={`theme-${i}`}
            title={name}
            open={th.isNew}
            badges={
              <>
                <Icon name={th.icon} />
                {th.example ? <span class="bs-badge bs-badge--example">{t('settings.example')}</span> : null}
              </>
            }
            removeLabel={t('settings.remove', { label: name })}
            onRemove={() => remove((x) => removeTheme(x, i), name)}
          >
            <TextInput
              path={['themes', i, 'label']}
              label={t('settings.label')}
              value={th.label}
              onInput={(label) => edit((x) => setThemeLabel(x, i, label))}
            />
            <p class="bs-muted">{t(th.isNew ? 'settings.idAuto' : 'settings.idFixed', { id: th.id })}</p>
            <TextInput
              path={['themes', i, 'description']}
              label={t('settings.description')}
              optional
              value={th.description}
              onInput={(description) => patch(i, { description })}
            />
            <IconPicker
              path={['themes', i, 'icon']}
              value={th.icon}
              onChange={(icon) => patch(i, { icon })}
            />
            <CheckInput
              path={['themes', i, 'example']}
              label={t('settings.themeExample')}
              checked={th.example}
              onChange={(example) => patch(i, { example })}
            />
          </ItemCard>
        );
      })}
      <div class="bs-actions">
        <Button onClick={() => edit((x) => ({ ...x, themes: [...x.themes, newTheme(x)] }))}>
          {t('settings.addTheme')}
        </Button>
      </div>
    </section>
  );
}
