import { useEffect, useState } from 'preact/hooks';
import { useLiveLater } from '../db/liveLater';
import { type StorageStatus, storageStatus } from '../db/storage';
import { engineOf, exportOverdueDays, type StorageAdvice, storageAdvice } from '../domain/storageAdvice';
import { SyncStatusLine } from '../features/sync/SyncStatusLine';
import { dismissMissingLang, formatNumber, type MessageKey, useMissingLang, useT } from '../i18n';
import { Button, LinkButton } from '../ui/Button';
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

const ADVICE: Record<StorageAdvice, MessageKey> = {
  persisted: 'storage.persisted',
  homeScreen: 'storage.homeScreen',
  homeScreenDone: 'storage.homeScreenDone',
  firefoxAllow: 'storage.firefoxAllow',
  install: 'storage.notPersisted',
};

/** Opened from the home screen (or as an installed app) rather than in a browser tab. */
function standalone(): boolean {
  return (
    window.matchMedia?.('(display-mode: standalone)').matches === true ||
    (navigator as { standalone?: boolean }).standalone === true
  );
}

let storageAtStart: StorageStatus | undefined;

/**
 * Read the storage state before the first render (a few milliseconds), so its line is in the bar
 * from the first paint instead of pushing the screen down when it arrives.
 */
export async function readStorageBeforeStart(): Promise<void> {
  storageAtStart = await storageStatus().catch(() => undefined);
}

/**
 * Offline readiness, connection, storage persistence with what to do about it in this browser, a
 * reminder to export when changes have waited too long on this device, and the update offer.
 */
export function StatusBar() {
  const t = useT();
  const sw = useSwState();
  const online = useOnline();
  const missingLang = useMissingLang();
  const [storage, setStorage] = useState<StorageStatus | undefined>(storageAtStart);
  const read = () => storageStatus().then(setStorage, () => undefined);
  useEffect(() => {
    read();
    const timer = setInterval(read, 30_000);
    return () => clearInterval(timer);
  }, []);
  // Dexie loads after the frame painted (issue 12); the reminder shows once it has read.
  const oldest = useLiveLater(
    () => import('../db/exchangeStatus').then((m) => m.oldestUnexportedQuery()),
    undefined,
    'keep',
  );
  const overdue = exportOverdueDays(oldest, Date.now());
  const advice = storage
    ? storageAdvice({
        engine: engineOf(navigator.userAgent, navigator.maxTouchPoints),
        persisted: storage.persisted,
        standalone: standalone(),
      })
    : undefined;
  // Firefox asks the user; the question only comes after a tap.
  const askPersist = () => {
    void navigator.storage
      .persist()
      .catch(() => false)
      .then(read);
  };

  return (
    <div class="bs-statusbar bs-noprint">
      <div class="bs-statusbar__inner">
        <span class="bs-swstate">
          <span class={`bs-dot${sw.offlineReady ? ' bs-dot--ok' : ''}`} aria-hidden="true" />
          <span data-testid="offline-ready">
            {sw.offlineReady ? t('status.offlineReady') : t('status.offlineNotReady')}
          </span>
          {/* Room for the longer of the two texts, so the bar keeps its size when the state changes. */}
          <span class="bs-swstate__room" aria-hidden="true">
            {t('status.offlineNotReady')}
          </span>
        </span>
        {!online ? <span>{t('status.offline')}</span> : null}
        <SyncStatusLine />
        {storage?.supported && advice ? (
          <span data-testid="storage-status" data-advice={advice}>
            <span class={`bs-dot${storage.persisted ? ' bs-dot--ok' : ''}`} aria-hidden="true" />
            {t(ADVICE[advice])}
            {advice === 'firefoxAllow' ? (
              <>
                {' '}
                <Button variant="subtle" onClick={askPersist}>
                  {t('storage.firefoxButton')}
                </Button>
              </>
            ) : null}
          </span>
        ) : null}
        {overdue ? (
          <span data-testid="export-overdue">
            <strong>{t('storage.exportOverdue', { n: overdue })}</strong>{' '}
            <LinkButton href="#/exchange" variant="subtle">
              {t('exchange.home.toExport')}
            </LinkButton>
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
      {missingLang ? (
        <div class="bs-statusbar__inner" role="alert" data-testid="lang-missing">
          <span>{t('lang.notLoaded')}</span>
          <span lang="en">{t('lang.notLoadedEn')}</span>
          <Button variant="subtle" onClick={dismissMissingLang}>
            {t('action.close')}
          </Button>
        </div>
      ) : null}
      {sw.updateWaiting ? <UpdateOffer /> : null}
    </div>
  );
}

/**
 * A new version waits: update now, or after the command that runs. Only this part hears whether a
 * command runs: the status bar rendered twice per save for it (busy, then not), the first time while
 * the save's transaction was opening.
 */
function UpdateOffer() {
  const t = useT();
  const busy = useIsBusy();
  return (
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
  );
}
