import { useEffect, useState } from 'preact/hooks';
import { useLiveLater } from '../../db/liveLater';
import { formatDateTime, loadTexts, useT } from '../../i18n';
import { syncErrorText } from './texts';

/**
 * The status bar's sync line (issue 15 item 5): when the last hand-in succeeded and how many
 * changes wait; a clear message when the service refused (a revoked tablet keeps its data). Shows
 * nothing while sync is not set up; its texts load only when it is.
 */
export function SyncStatusLine() {
  const t = useT();
  // In the app frame, which paints before Dexie has loaded (issue 12).
  const status = useLiveLater(
    () => import('../../db/syncStatus').then((m) => m.syncStatus),
    undefined,
    'keep',
  );
  const [ready, setReady] = useState(false);
  useEffect(() => {
    if (status && !ready) void loadTexts(['sync']).then(() => setReady(true));
  }, [status, ready]);
  if (!status || !ready) return null;
  const { config, state } = status;
  const problem = state.error ? syncErrorText(t, state.error) : undefined;
  return (
    <span data-testid="sync-status" data-revoked={state.revoked ? 'true' : 'false'}>
      <span class={`bs-dot${problem ? '' : ' bs-dot--ok'}`} aria-hidden="true" />
      {config.role === 'device' ? (
        <>
          {state.lastPushAt
            ? t('sync.status.lastPush', { when: formatDateTime(state.lastPushAt) })
            : t('sync.status.never')}
          {' — '}
          {status.waiting ? t('sync.status.waiting', { n: status.waiting }) : t('sync.status.allIn')}
        </>
      ) : state.lastPullAt ? (
        t('sync.status.lastPull', { when: formatDateTime(state.lastPullAt) })
      ) : null}
      {problem ? (
        <>
          {' '}
          <strong role={state.revoked ? 'alert' : undefined}>{problem}</strong>
        </>
      ) : null}
    </span>
  );
}
