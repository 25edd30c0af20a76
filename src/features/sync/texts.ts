import type { SyncError } from '../../db/syncStatus';
import type { t as translate } from '../../i18n';

/** The reason of a failed round in words (the server's own Dutch message when it gave one). */
export function syncErrorText(t: typeof translate, e: SyncError): string {
  switch (e.code) {
    case 'revoked':
      return t('sync.status.revoked');
    case 'unauthorized':
      return t('sync.status.unauthorized');
    case 'network':
      return t('sync.status.failed', { reason: t('sync.error.network') });
    case 'failed':
      return t('sync.status.failed', { reason: t('sync.error.failed') });
    case 'needsPassphrase':
      return t('sync.status.failed', { reason: t('sync.error.needsPassphrase') });
    case 'importRefused':
      return t('sync.status.failed', { reason: t('sync.error.importRefused') });
    default:
      return t('sync.status.failed', { reason: e.message || e.code });
  }
}
