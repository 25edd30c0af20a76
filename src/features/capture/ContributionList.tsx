import { useCallback, useRef, useState } from 'preact/hooks';
import { groupLabel, themeLabel } from '../../app/useProcess';
import { useWrite } from '../../app/useWrite';
import { deleteContribution, restoreContribution } from '../../db/contributions';
import type { Contribution } from '../../domain/contribution';
import type { Meeting } from '../../domain/meeting';
import type { Process } from '../../domain/process';
import { speakerOf } from '../../domain/voices';
import { useT } from '../../i18n';
import { Button } from '../../ui/Button';
import { memo } from '../../ui/memo';
import { WriteStatus } from '../../ui/WriteStatus';
import { CaptureForm } from './CaptureForm';
import { useMeetingContributions } from './useMeetingContributions';

/** One contribution; rendered again only when its own props change (not for every save in the list). */
const Item = memo(function Item({
  c,
  process,
  meeting,
  readOnly,
  onDelete,
}: {
  c: Contribution;
  process: Process;
  meeting: Meeting;
  readOnly: boolean;
  onDelete: (c: Contribution) => void;
}) {
  const t = useT();
  const [mode, setMode] = useState<'view' | 'edit' | 'confirm'>('view');
  if (mode === 'edit')
    return (
      <li class="bs-contrib">
        <CaptureForm meeting={meeting} process={process} editing={c} onDone={() => setMode('view')} />
      </li>
    );
  const groups = c.source === 'kiosk' ? c.selfGroupIds : c.observedGroupIds;
  return (
    <li class="bs-contrib" data-testid="contribution">
      <div class="bs-contrib__meta">
        <strong>{t(`kind.${c.kind}`)}</strong> · {t(`capture.source.${c.source}`)}
        {speakerOf(c) !== 'resident' ? (
          <>
            {' · '}
            <span class="bs-badge">{t(`speaker.${speakerOf(c)}`)}</span>
            {c.speakerName ? ` ${c.speakerName}` : ''}
          </>
        ) : null}
        {c.agreeCount ? ` · ${t('capture.agreeCount', { n: c.agreeCount })}` : ''}
      </div>
      {c.text ? <p>{c.text}</p> : null}
      <div class="bs-contrib__meta">
        {[
          ...c.themeIds.map((id) => themeLabel(process, id)),
          ...groups.map((id) => groupLabel(process, id)),
        ].join(' · ')}
      </div>
      {readOnly || c.source === 'kiosk' ? null : mode === 'confirm' ? (
        <div class="bs-row" role="group" aria-label={t('capture.confirmDelete')}>
          <span>{t('capture.confirmDelete')}</span>
          <Button variant="danger" onClick={() => onDelete(c)}>
            {t('action.delete')}
          </Button>
          <Button variant="subtle" onClick={() => setMode('view')}>
            {t('action.cancel')}
          </Button>
        </div>
      ) : (
        <div class="bs-row">
          <Button variant="subtle" onClick={() => setMode('edit')}>
            {t('action.edit')}
            <span class="visually-hidden">: {c.text.slice(0, 40)}</span>
          </Button>
          <Button variant="subtle" onClick={() => setMode('confirm')}>
            {t('action.delete')}
            <span class="visually-hidden">: {c.text.slice(0, 40)}</span>
          </Button>
        </div>
      )}
    </li>
  );
});

/** The running list of a meeting's contributions, newest first; delete asks and can be undone. */
export function ContributionList({
  meeting,
  process,
  readOnly = false,
  hideKiosk = false,
}: {
  meeting: Meeting;
  process: Process;
  readOnly?: boolean;
  /** Leave out what residents entered on the kiosk (shown on request by the kiosk card). */
  hideKiosk?: boolean;
}) {
  const t = useT();
  const all = useMeetingContributions(meeting) ?? [];
  const list = hideKiosk ? all.filter((c) => c.source !== 'kiosk') : all;
  // Delete and its undo run through useWrite: busy while writing, the message when it fails.
  const write = useWrite();
  // One function for every item and every render, so that the items' props stay the same; it calls
  // the latest write and translator.
  const latest = useRef({ write, t });
  latest.current = { write, t };
  const onDelete = useCallback(
    (c: Contribution) =>
      latest.current.write.run('deleteContribution', () => deleteContribution(c.id), {
        undo: () => restoreContribution(c.id),
        undoText: latest.current.t('capture.deleted'),
      }),
    [],
  );
  return (
    <section aria-labelledby="h-contribs">
      <h2 class="utrecht-heading-2" id="h-contribs">
        {t('capture.list', { n: list.length })}
      </h2>
      {list.length === 0 ? <p class="bs-muted">{t('capture.listEmpty')}</p> : null}
      <ul class="bs-cardlist">
        {list.map((c) => (
          <Item
            key={c.id}
            c={c}
            process={process}
            meeting={meeting}
            readOnly={readOnly}
            onDelete={onDelete}
          />
        ))}
      </ul>
      <WriteStatus write={{ failure: write.failure, undo: undefined }} />
      {write.undo ? (
        <div class="bs-toast" role="status">
          <span>{write.undo.text}</span>
          <Button onClick={() => void write.undo?.run()}>{t('action.undo')}</Button>
          <Button variant="subtle" onClick={write.clear} aria-label={t('action.close')}>
            ×
          </Button>
        </div>
      ) : null}
    </section>
  );
}
