import { useEffect, useState } from 'preact/hooks';
import { type StorageStatus, storageStatus } from '../db/storage';
import { formatNumber, useT } from '../i18n';
import { Button } from '../ui/Button';
import { useIsBusy } from './busy';
import { applyUpdate, useSwState } from './sw-bridge';

const mb = (bytes: number) => formatNumber(bytes / 1e6, 0);

function useOnline(): boolean {
  const [online, set] = useState(typeof navigator === 'undefined' ? true : navigator.onLine);
  useEffect(() => {
    const on = () => set(navigator.onLine);
    window.addEventListener('online', on);
    window.addEventListener('offline', on);
    return () => {
      window.removeEventListener('online', on);
      window.removeEventListener('offline', on);
    };
  }, []);
  return online;
}

/** Offline readiness, connection, storage persistence and the update offer, always in view. */
export function StatusBar() {
  const t = useT();
  const sw = useSwState();
  const busy = useIsBusy();
  const online = useOnline();
  const [storage, setStorage] = useState<StorageStatus | undefined>();
  useEffect(() => {
    const read = () => storageStatus().then(setStorage, () => undefined);
    read();
    const timer = setInterval(read, 30_000);
    return () => clearInterval(timer);
  }, []);

  return (
    <div class="bs-statusbar bs-noprint">
      <div class="bs-statusbar__inner">
        <span data-testid="offline-ready">
          <span class={`bs-dot${sw.offlineReady ? ' bs-dot--ok' : ''}`} aria-hidden="true" />
          {sw.offlineReady ? t('status.offlineReady') : t('status.offlineNotReady')}
        </span>
        {!online ? <span>{t('status.offline')}</span> : null}
        {storage?.supported ? (
          <span data-testid="storage-status">
            <span class={`bs-dot${storage.persisted ? ' bs-dot--ok' : ''}`} aria-hidden="true" />
            {storage.persisted ? t('storage.persisted') : t('storage.notPersisted')}
          </span>
        ) : null}
        {storage?.nearlyFull ? (
          <strong role="alert">
            {t('storage.nearlyFull', {
              used: t('unit.mb', { n: mb(storage.usage) }),
              quota: t('unit.mb', { n: mb(storage.quota) }),
            })}
          </strong>
        ) : null}
      </div>
      {sw.updateWaiting ? (
        <div class="bs-statusbar__inner" role="status">
          <span>{t('status.update')}</span>
          {busy ? (
            <span>{t('status.updateWaits')}</span>
          ) : (
            <Button variant="primary" onClick={applyUpdate}>
              {t('status.updateNow')}
            </Button>
          )}
        </div>
      ) : null}
    </div>
  );
}
