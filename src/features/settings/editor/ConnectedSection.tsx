import { useT } from '../../../i18n';
import { Button } from '../../../ui/Button';
import { useEditor } from './context';
import { newConnected, removeAt, replaceAt, setConnectedName } from './edits';
import { GroupError, ItemCard, TextInput } from './inputs';
import type { DraftConnected } from './model';

/** Processes and structures this participation connects to, and how. */
export function ConnectedSection() {
  const t = useT();
  const { d, edit, remove } = useEditor();
  const patch = (i: number, p: Partial<DraftConnected>) =>
    edit((x) => ({
      ...x,
      connectedProcesses: replaceAt(x.connectedProcesses, i, { ...x.connectedProcesses[i]!, ...p }),
    }));
  return (
    <section class="bs-card" aria-labelledby="h-cfg-connected">
      <h3 class="utrecht-heading-3" id="h-cfg-connected">
        {t('settings.connected')}
      </h3>
      <GroupError path={['connectedProcesses']} />
      {d.connectedProcesses.map((p, i) => {
        const name = p.name || t('settings.untitled');
        return (
          <ItemCard
            path={['connectedProcesses', i]}
            key={`cp-${i}`}
            testId={`connected-${i}`}
            title={name}
            open={p.isNew}
            removeLabel={t('settings.remove', { label: name })}
            onRemove={() =>
              remove((x) => ({ ...x, connectedProcesses: removeAt(x.connectedProcesses, i) }), name)
            }
          >
            <TextInput
              path={['connectedProcesses', i, 'name']}
              label={t('settings.label')}
              value={p.name}
              onInput={(n) => edit((x) => setConnectedName(x, i, n))}
            />
            <p class="bs-muted">{t(p.isNew ? 'settings.idAuto' : 'settings.idFixed', { id: p.id })}</p>
            <TextInput
              path={['connectedProcesses', i, 'description']}
              label={t('settings.description')}
              optional
              multiline
              value={p.description}
              onInput={(description) => patch(i, { description })}
            />
            <TextInput
              path={['connectedProcesses', i, 'hook']}
              label={t('settings.hook')}
              optional
              multiline
              value={p.hook}
              onInput={(hook) => patch(i, { hook })}
            />
          </ItemCard>
        );
      })}
      <div class="bs-actions">
        <Button
          onClick={() =>
            edit((x) => ({ ...x, connectedProcesses: [...x.connectedProcesses, newConnected(x)] }))
          }
        >
          {t('settings.addConnected')}
        </Button>
      </div>
    </section>
  );
}
