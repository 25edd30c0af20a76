import { useEffect, useState } from 'preact/hooks';
import { useLive } from '../../db/live';
import { getSyncConfig } from '../../db/syncStatus';
import { loadTexts, useT } from '../../i18n';
import { LinkButton } from '../../ui/Button';

/** The section in Instellingen: is sync set up, and the way to its screen. */
export function SyncSettingsLink() {
  const t = useT();
  const [ready, setReady] = useState(false);
  useEffect(() => {
    void loadTexts(['sync']).then(() => setReady(true));
  }, []);
  const config = useLive(async () => (await getSyncConfig()) ?? null, []);
  if (!ready || config === undefined) return null;
  return (
    <section aria-labelledby="h-sync-link" class="bs-card">
      <h2 class="utrecht-heading-2" id="h-sync-link">
        {t('sync.settingsTitle')}
      </h2>
      <p data-testid="sync-setting">
        {config === null
          ? t('sync.settingsOff')
          : t(config.role === 'device' ? 'sync.settingsOnDevice' : 'sync.settingsOnCoordinator', {
              server: config.server,
            })}
      </p>
      <div class="bs-actions">
        <LinkButton href="#/settings/sync">{t('sync.settingsLink')}</LinkButton>
      </div>
    </section>
  );
}
