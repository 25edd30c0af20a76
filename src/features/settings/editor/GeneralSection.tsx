import { PARTICIPATION_LEVELS, PHASES } from '../../../domain/process';
import { useT } from '../../../i18n';
import { useEditor } from './context';
import { SelectInput, TextInput } from './inputs';

/** Name, municipality, area, phase and participation level (with its text for residents). */
export function GeneralSection() {
  const t = useT();
  const { d, edit } = useEditor();
  return (
    <section class="bs-card" aria-labelledby="h-cfg-general">
      <h3 class="utrecht-heading-3" id="h-cfg-general">
        {t('settings.general')}
      </h3>
      <TextInput
        path={['name']}
        label={t('settings.name')}
        value={d.name}
        onInput={(name) => edit((x) => ({ ...x, name }))}
      />
      <div class="bs-grid2">
        <TextInput
          path={['municipality']}
          label={t('settings.municipality')}
          value={d.municipality}
          onInput={(municipality) => edit((x) => ({ ...x, municipality }))}
        />
        <TextInput
          path={['area']}
          label={t('settings.area')}
          value={d.area}
          onInput={(area) => edit((x) => ({ ...x, area }))}
        />
      </div>
      <div class="bs-grid2">
        <SelectInput
          path={['phase']}
          label={t('settings.phase')}
          value={d.phase}
          options={PHASES.map((p) => ({ value: p, label: t(`settings.phase.${p}`) }))}
          onChange={(phase) => edit((x) => ({ ...x, phase }))}
        />
        <SelectInput
          path={['participationLevel']}
          label={t('settings.level')}
          description={t('settings.levelHelp')}
          value={d.participationLevel}
          options={PARTICIPATION_LEVELS.map((l) => ({ value: l, label: t(`level.${l}`) }))}
          onChange={(participationLevel) => edit((x) => ({ ...x, participationLevel }))}
        />
      </div>
      <TextInput
        path={['participationText']}
        label={t('settings.levelText')}
        multiline
        value={d.participationText}
        onInput={(participationText) => edit((x) => ({ ...x, participationText }))}
      />
      <TextInput
        path={['askedBy']}
        label={t('settings.askedBy')}
        description={t('settings.askedByHelp')}
        multiline
        value={d.askedBy}
        onInput={(askedBy) => edit((x) => ({ ...x, askedBy }))}
      />
      <TextInput
        path={['framing']}
        label={t('settings.framing')}
        description={t('settings.framingHelp')}
        multiline
        optional
        value={d.framing}
        onInput={(framing) => edit((x) => ({ ...x, framing }))}
      />
    </section>
  );
}
