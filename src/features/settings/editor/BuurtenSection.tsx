import { useT } from '../../../i18n';
import { Button } from '../../../ui/Button';
import { Chips } from '../../../ui/Chips';
import { useEditor } from './context';
import { fieldId, newBuurt, newFact, removeAt, removeBuurt, replaceAt, setBuurtName } from './edits';
import { ExampleBadge, GroupError, ItemCard, TextInput } from './inputs';
import type { DraftBuurt, DraftFact } from './model';
import { SourceFields } from './SourceFields';
import '../../../ui/forms.css';

function FactFields({ bi, fi, fact }: { bi: number; fi: number; fact: DraftFact }) {
  const t = useT();
  const { edit, remove } = useEditor();
  const setFact = (f: DraftFact) =>
    edit((x) => {
      const b = x.buurten[bi]!;
      return { ...x, buurten: replaceAt(x.buurten, bi, { ...b, profile: replaceAt(b.profile, fi, f) }) };
    });
  const base = ['buurten', bi, 'profile', fi] as const;
  const name = fact.label || t('settings.factN', { n: fi + 1 });
  return (
    <fieldset class="utrecht-form-fieldset bs-subfields">
      <legend class="utrecht-form-fieldset__legend">{t('settings.factN', { n: fi + 1 })}</legend>
      <div class="bs-grid2">
        <TextInput
          path={[...base, 'label']}
          label={t('settings.label')}
          value={fact.label}
          onInput={(label) => setFact({ ...fact, label })}
        />
        <TextInput
          path={[...base, 'value']}
          label={t('settings.factValue')}
          value={fact.value}
          onInput={(value) => setFact({ ...fact, value })}
        />
      </div>
      <SourceFields
        path={[...base, 'source']}
        value={fact.source}
        onChange={(source) => setFact({ ...fact, source })}
      />
      <Button
        variant="danger"
        onClick={() =>
          remove((x) => {
            const b = x.buurten[bi]!;
            return { ...x, buurten: replaceAt(x.buurten, bi, { ...b, profile: removeAt(b.profile, fi) }) };
          }, name)
        }
      >
        {t('settings.remove', { label: name })}
      </Button>
    </fieldset>
  );
}

function BuurtCard({ b, i }: { b: DraftBuurt; i: number }) {
  const t = useT();
  const { d, edit, remove, errors } = useEditor();
  const patch = (p: Partial<DraftBuurt>) =>
    edit((x) => ({ ...x, buurten: replaceAt(x.buurten, i, { ...x.buurten[i]!, ...p }) }));
  const name = b.name || t('settings.untitled');
  const themeErrors = Object.entries(errors)
    .filter(([k]) => k.startsWith(`${fieldId(['buurten', i, 'themeIds'])}`))
    .map(([, v]) => v);
  const hasExample = b.profile.some((f) => f.source.example);
  return (
    <ItemCard
      path={['buurten', i]}
      title={name}
      testId={`buurt-${i}`}
      open={b.isNew}
      badges={<ExampleBadge show={hasExample} />}
      removeLabel={t('settings.remove', { label: name })}
      onRemove={() => remove((x) => removeBuurt(x, i), name)}
    >
      <TextInput
        path={['buurten', i, 'name']}
        label={t('settings.label')}
        value={b.name}
        onInput={(n) => edit((x) => setBuurtName(x, i, n))}
      />
      <p class="bs-muted">{t(b.isNew ? 'settings.idAuto' : 'settings.idFixed', { id: b.id })}</p>
      <p class="utrecht-form-field-description">{t('settings.buurtThemesHelp')}</p>
      {themeErrors.map((e) => (
        <p key={e} class="utrecht-form-field-error-message">
          {e}
        </p>
      ))}
      <Chips
        legend={t('settings.buurtThemes')}
        name={fieldId(['buurten', i, 'themeIds'])}
        options={d.themes.map((th) => ({ id: th.id, label: th.label || th.id }))}
        selected={b.themeIds}
        onChange={(themeIds) => patch({ themeIds })}
      />
      <h4 class="utrecht-heading-4">{t('settings.profile')}</h4>
      {b.profile.map((f, fi) => (
        <FactFields key={`f-${fi}`} bi={i} fi={fi} fact={f} />
      ))}
      <div class="bs-actions">
        <Button onClick={() => patch({ profile: [...b.profile, newFact()] })}>{t('settings.addFact')}</Button>
      </div>
    </ItemCard>
  );
}

/** The buurten of the area: name, the themes their social profile names, and profile facts with sources. */
export function BuurtenSection() {
  const t = useT();
  const { d, edit } = useEditor();
  return (
    <section class="bs-card" aria-labelledby="h-cfg-buurten">
      <h3 class="utrecht-heading-3" id="h-cfg-buurten">
        {t('settings.buurten')}
      </h3>
      <GroupError path={['buurten']} />
      {d.buurten.map((b, i) => (
        <BuurtCard key={`b-${i}`} b={b} i={i} />
      ))}
      <div class="bs-actions">
        <Button onClick={() => edit((x) => ({ ...x, buurten: [...x.buurten, newBuurt(x)] }))}>
          {t('settings.addBuurt')}
        </Button>
      </div>
    </section>
  );
}
