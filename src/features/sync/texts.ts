import type { SyncError } from '../../db/syncStatus';
import { textOr, type t as translate } from '../../i18n';

/** The reason of a failed round in words, in the active language (a refusal by its code, sync.code.*). */
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
      // A refusal of the service in the active language; its own (Dutch) words only for a code
      // this app does not know (a newer service).
      return t('sync.status.failed', { reason: textOr(`sync.code.${e.code}`, e.message || e.code) });
  }
}
