import './exchange.css';
import { useState } from 'preact/hooks';
import { useWrite } from '../../app/useWrite';
import { exportBundle } from '../../db/exchange';
import { openConflictCount } from '../../db/exchangeStatus';
import { useLive } from '../../db/live';
import { useT } from '../../i18n';
import { Button, LinkButton } from '../../ui/Button';
import { Notice } from '../../ui/Notice';
import { WriteStatus } from '../../ui/WriteStatus';
import { ExportPanel } from './ExportPanel';
import { FileDelivery } from './FileDelivery';
import { makeFile } from './share';

function PublishSection() {
  const t = useT();
  const [done, setDone] = useState<{ file: File; n: number } | undefined>();
  const write = useWrite();
  const publish = async () => {
    const r = await write.run('publishBundle', () => exportBundle('publish'), { fallback: 'exchange.error' });
    if (r.ok && r.value) setDone({ file: makeFile(r.value.fileName, r.value.parts), n: r.value.total });
  };
  return (
    <section aria-labelledby="h-publish" class="bs-card">
      <h2 class="utrecht-heading-2" id="h-publish">
        {t('exchange.publish.title')}
      </h2>
      <p>{t('exchange.publish.intro')}</p>
      <div class="bs-actions">
        <Button onClick={publish}>{t('exchange.publish.button')}</Button>
      </div>
      {done ? (
        <FileDelivery key={`${done.file.name}:${done.file.lastModified}`} file={done.file}>
          {t('exchange.exported', { file: done.file.name, n: done.n })}
        </FileDelivery>
      ) : null}
      <WriteStatus write={write} />
    </section>
  );
}

/** Uitwisselen: export this device's work, go to import and conflicts, publish the configuration. */
export default function ExchangeScreen() {
  const t = useT();
  const conflicts = useLive(() => openConflictCount(), []) ?? 0;
  return (
    <div class="bs-xch">
      <h1 class="utrecht-heading-1">{t('exchange.title')}</h1>
      <p>{t('exchange.intro')}</p>
      <section aria-labelledby="h-export" class="bs-card">
        <h2 class="utrecht-heading-2" id="h-export">
          {t('exchange.export.title')}
        </h2>
        <ExportPanel />
      </section>
      <section aria-labelledby="h-import" class="bs-card">
        <h2 class="utrecht-heading-2" id="h-import">
          {t('exchange.toImport')}
        </h2>
        <p>{t('exchange.toImportHelp')}</p>
        {conflicts ? <Notice kind="warning">{t('exchange.conflictsOpen', { n: conflicts })}</Notice> : null}
        <div class="bs-actions">
          <LinkButton href="#/exchange/import" variant="primary">
            {t('exchange.toImport')}
          </LinkButton>
          <LinkButton href="#/exchange/conflicts">{t('exchange.toConflicts')}</LinkButton>
        </div>
      </section>
      <PublishSection />
    </div>
  );
}
