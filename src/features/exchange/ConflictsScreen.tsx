import './exchange.css';
import { useState } from 'preact/hooks';
import { useWrite } from '../../app/useWrite';
import { deviceLabels, settleConflict } from '../../db/exchange';
import { openConflicts } from '../../db/exchangeStatus';
import { useLive } from '../../db/live';
import { useT } from '../../i18n';
import { LinkButton } from '../../ui/Button';
import { Notice } from '../../ui/Notice';
import { WriteStatus } from '../../ui/WriteStatus';
import { ConflictCard } from './ConflictCard';

/** Conflicts of the merge: review each and let the other version apply, or keep the current one. */
export default function ConflictsScreen() {
  const t = useT();
  const list = useLive(() => openConflicts(), []);
  const labels = useLive(() => deviceLabels(), []) ?? {};
  const [settled, setSettled] = useState(false);
  const write = useWrite();
  if (!list) return <p class="bs-muted">{t('app.loading')}</p>;
  return (
    <div class="bs-xch">
      <h1 class="utrecht-heading-1">{t('conflicts.title')}</h1>
      <p>{t('conflicts.intro')}</p>
      <div aria-live="polite">
        {settled ? <Notice kind="ok">{t('conflicts.settled')}</Notice> : null}
        <WriteStatus write={write} />
      </div>
      {list.length === 0 ? <p data-testid="no-conflicts">{t('conflicts.none')}</p> : null}
      <ul class="bs-cardlist">
        {list.map(({ row, current }) => (
          <ConflictCard
            key={row.id}
            row={row}
            current={current}
            labels={labels}
            onSettle={async (choice) => {
              if ((await write.run('settleConflict', () => settleConflict(row.id, choice))).ok)
                setSettled(true);
            }}
          />
        ))}
      </ul>
      <div class="bs-actions">
        <LinkButton href="#/exchange/import">{t('exchange.toImport')}</LinkButton>
      </div>
    </div>
  );
}
