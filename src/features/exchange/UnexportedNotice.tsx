import { unexportedCount } from '../../db/exchangeStatus';
import { useLive } from '../../db/live';
import { useT } from '../../i18n';
import { LinkButton } from '../../ui/Button';
import { Notice } from '../../ui/Notice';

/** How many changes are only on this device; `undefined` while it is being counted. */
export function useUnexportedCount(): number | undefined {
  return useLive(() => unexportedCount(), []);
}

function useUnexported(): number {
  return useUnexportedCount() ?? 0;
}

/**
 * Home screen: how many changes are only on this device. The home screen counts them itself
 * (`n`) and shows nothing until it knows, so the notice never pushes the screen down.
 */
export function UnexportedNotice({ n }: { n: number }) {
  const t = useT();
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
