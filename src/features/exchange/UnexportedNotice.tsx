import { unexportedCount } from '../../db/exchangeStatus';
import { useLive } from '../../db/live';
import { useT } from '../../i18n';
import { LinkButton } from '../../ui/Button';
import { Notice } from '../../ui/Notice';

function useUnexported(): number {
  return useLive(() => unexportedCount(), []) ?? 0;
}

/** Home screen: how many changes are only on this device. */
export function UnexportedNotice() {
  const t = useT();
  const n = useUnexported();
  if (n === 0) return null;
  return (
    <Notice kind="warning">
      <div class="bs-row" data-testid="unexported">
        <span>{t('exchange.home.changes', { n })}</span>
        <LinkButton href="#/exchange">{t('exchange.home.toExport')}</LinkButton>
      </div>
    </Notice>
  );
}

/** After a meeting closes: a reminder to export. */
export function ExportReminder() {
  const t = useT();
  const n = useUnexported();
  if (n === 0) return null;
  return (
    <Notice kind="warning">
      <p data-testid="export-reminder">{t('exchange.reminder', { n })}</p>
      <LinkButton href="#/exchange" variant="primary">
        {t('exchange.home.toExport')}
      </LinkButton>
    </Notice>
  );
}
