import { useT } from '../../../i18n';
import { Button } from '../../../ui/Button';
import { useEditor } from './context';
import { newGroup, removeAt, replaceAt, setGroupLabel } from './edits';
import { CheckInput, ExampleBadge, GroupError, ItemCard, TextInput } from './inputs';
import type { DraftGroup } from './model';
import { SourceFields } from './SourceFields';
import '../../../ui/forms.css';

function GroupCard({ g, i }: { g: DraftGroup; i: number }) {
  const t = useT();
  const { d, edit, remove } = useEditor();
  const patch = (p: Partial<DraftGroup>) =>
    edit((x) => ({ ...x, targetGroups: replaceAt(x.targetGroups, i, { ...x.targetGroups[i]!, ...p }) }));
  const name = g.label || t('settings.untitled');
  return (
    <ItemCard
      path={['targetGroups', i]}
      title={name}
      testId={`group-${i}`}
      open={g.isNew}
      badges={
        <>
          {g.sensitive ? <span class="bs-badge">{t('settings.sensitive')}</span> : null}
          <ExampleBadge show={g.source.example} />
        </>
      }
      removeLabel={t('settings.remove', { label: name })}
      onRemove={() => remove((x) => ({ ...x, targetGroups: removeAt(x.targetGroups, i) }), name)}
    >
      <TextInput
        path={['targetGroups', i, 'label']}
        label={t('settings.label')}
        value={g.label}
        onInput={(label) => edit((x) => setGroupLabel(x, i, label))}
      />
      <TextInput
        path={['targetGroups', i, 'residentLabel']}
        label={t('settings.residentLabel')}
        description={t('settings.residentLabelHelp')}
        optional
        value={g.residentLabel}
        onInput={(residentLabel) => patch({ residentLabel })}
      />
      <p class="bs-muted">{t(g.isNew ? 'settings.idAuto' : 'settings.idFixed', { id: g.id })}</p>
      <TextInput
        path={['targetGroups', i, 'description']}
        label={t('settings.description')}
        optional
        value={g.description}
        onInput={(description) => patch({ description })}
      />
      <CheckInput
        path={['targetGroups', i, 'sensitive']}
        label={t('settings.sensitive')}
        description={t('settings.sensitiveHelp')}
        checked={g.sensitive}
        onChange={(sensitive) => patch({ sensitive })}
      />
      <fieldset class="utrecht-form-fieldset bs-subfields">
        <legend class="utrecht-form-fieldset__legend">
          {t('settings.share')} <ExampleBadge show={g.source.example} />
        </legend>
        <p class="utrecht-form-field-description">{t('settings.shareHelp')}</p>
        <TextInput
          path={['targetGroups', i, 'share', 'total']}
          label={t('settings.shareTotal')}
          inputMode="decimal"
          narrow
          value={g.total}
          onInput={(total) => patch({ total })}
        />
        <div class="bs-sharegrid">
          {d.buurten.map((b) => (
            <TextInput
              key={b.id}
              path={['targetGroups', i, 'share', 'byBuurt', b.id]}
              label={t('settings.shareIn', { buurt: b.name || b.id })}
              inputMode="decimal"
              narrow
              value={g.byBuurt[b.id] ?? ''}
              onInput={(v) =>
                edit((x) => {
                  const cur = x.targetGroups[i]!;
                  return {
                    ...x,
                    targetGroups: replaceAt(x.targetGroups, i, {
                      ...cur,
                      byBuurt: { ...cur.byBuurt, [b.id]: v },
                    }),
                  };
                })
              }
            />
          ))}
        </div>
      </fieldset>
      <SourceFields
        path={['targetGroups', i, 'source']}
        value={g.source}
        onChange={(source) => patch({ source })}
      />
    </ItemCard>
  );
}

/** Target groups that are normally not involved, with their share of the population (social profile). */
export function GroupsSection() {
  const t = useT();
  const { d, edit } = useEditor();
  return (
    <section class="bs-card" aria-labelledby="h-cfg-groups">
      <h3 class="utrecht-heading-3" id="h-cfg-groups">
        {t('settings.groups')}
      </h3>
      <GroupError path={['targetGroups']} />
      {d.targetGroups.map((g, i) => (
        <GroupCard key={`g-${i}`} g={g} i={i} />
      ))}
      <div class="bs-actions">
        <Button onClick={() => edit((x) => ({ ...x, targetGroups: [...x.targetGroups, newGroup(x)] }))}>
          {t('settings.addGroup')}
        </Button>
      </div>
    </section>
  );
}
