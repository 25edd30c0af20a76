import { useState } from 'preact/hooks';
import { useWrite } from '../../app/useWrite';
import { getExampleMarker } from '../../db/exampleMarker';
import { useLive } from '../../db/live';
import type { Process } from '../../domain/process';
import { useT } from '../../i18n';
import { Button } from '../../ui/Button';
import { Notice } from '../../ui/Notice';
import { WriteStatus } from '../../ui/WriteStatus';

/** The generator and its writes: loaded on a tap, not with the overview (issue 12 item 3). */
const exampleData = () => import('../../db/exampleData');

/** Load example data to look around, and remove exactly that data again in one step. */
export function ExampleDataPanel({ process, compact }: { process: Process; compact?: boolean }) {
  const t = useT();
  const marker = useLive(async () => (await getExampleMarker()) ?? null, []);
  const [confirm, setConfirm] = useState(false);
  const write = useWrite({ showsBusy: true });
  const busy = write.busy;
  const [message, setMessage] = useState('');
  if (marker === undefined) return null;
  if (compact && !marker) return null;

  const load = async () => {
    setMessage('');
    const r = await write.run('loadExampleData', async () => (await exampleData()).loadExampleData(process), {
      fallback: 'coord.example.failed',
    });
    if (r.ok)
      setMessage(
        t('coord.example.loaded', {
          n: r.value.ids.contributions.length,
          meetings: t('coord.meetingsCount', { n: r.value.ids.meetings.length }),
        }),
      );
  };
  const remove = async () => {
    setMessage('');
    const r = await write.run('removeExampleData', async () => (await exampleData()).removeExampleData());
    setConfirm(false);
    if (r.ok) setMessage(t('coord.example.removed', { n: r.value }));
  };

  return (
    <section class={`bs-card bs-example${compact ? ' bs-noprint' : ''}`} aria-labelledby="h-example">
      <h2 class="utrecht-heading-3" id="h-example">
        <span class="bs-badge bs-badge--example">{t('coord.example.badge')}</span> {t('coord.example.title')}
      </h2>
      {marker ? (
        <>
          <p>{t('coord.example.present', { n: marker.ids.contributions.length })}</p>
          {confirm ? (
            <div class="bs-actions" role="group" aria-label={t('coord.example.confirm')}>
              <span>{t('coord.example.confirm')}</span>
              <Button variant="danger" disabled={busy} onClick={remove}>
                {t('coord.example.confirmYes')}
              </Button>
              <Button onClick={() => setConfirm(false)}>{t('action.cancel')}</Button>
            </div>
          ) : (
            <div class="bs-actions">
              <Button onClick={() => setConfirm(true)}>{t('coord.example.remove')}</Button>
            </div>
          )}
        </>
      ) : (
        <>
          <p>{t('coord.example.intro')}</p>
          <div class="bs-actions">
            <Button variant="primary" disabled={busy} onClick={load}>
              {t('coord.example.load')}
            </Button>
          </div>
        </>
      )}
      {message ? <Notice kind="ok">{message}</Notice> : null}
      <WriteStatus write={write} />
    </section>
  );
}
