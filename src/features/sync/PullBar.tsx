import { useEffect, useState } from 'preact/hooks';
import { useLive } from '../../db/live';
import { getSyncConfig } from '../../db/syncStatus';
import { loadTexts, useT } from '../../i18n';
import { Button } from '../../ui/Button';
import { Notice } from '../../ui/Notice';
import type { RoundResult } from './engine';
import { syncErrorText } from './texts';
import './sync.css';

/**
 * The coordinator's overview (issue 15 item 5): fetch every new bundle from the service when the
 * overview opens, and again on "Ophalen"; each bundle merges through the file import path. Shows
 * nothing on a device that is not the coordinator's (no request either).
 */
export function PullBar() {
  const t = useT();
  const config = useLive(async () => (await getSyncConfig()) ?? null, []);
  const [ready, setReady] = useState(false);
  const [busy, setBusy] = useState(false);
  const [result, setResult] = useState<RoundResult | null>(null);
  const coordinator = config?.role === 'coordinator';
  const pull = async () => {
    setBusy(true);
    const { syncNow } = await import('./scheduler');
    setResult(await syncNow());
    setBusy(false);
  };
  useEffect(() => {
    if (!coordinator) return;
    void loadTexts(['sync']).then(() => setReady(true));
    void pull();
  }, [coordinator]);
  if (!coordinator || !ready) return null;
  return (
    <section class="bs-card bs-noprint" aria-labelledby="h-sync-pull" data-testid="sync-pull">
      <h2 class="utrecht-heading-2" id="h-sync-pull">
        {t('sync.pull.title')}
      </h2>
      <div class="bs-sync-pull">
        <Button variant="primary" disabled={busy} onClick={() => void pull()}>
          {t('sync.pull.button')}
        </Button>
        <span aria-live="polite">
          {busy
            ? t('sync.pull.busy')
            : result?.ok
              ? result.pulled
                ? t('sync.pull.done', { n: result.pulled })
                : t('sync.pull.nothing')
              : null}
        </span>
      </div>
      {!busy && result && !result.ok ? <Notice kind="error">{syncErrorText(t, result.error)}</Notice> : null}
    </section>
  );
}
