import { useState } from 'preact/hooks';
import { useWrite } from '../../app/useWrite';
import { markAgendaPublished } from '../../db/agenda';
import type { Process } from '../../domain/process';
import { useT } from '../../i18n';
import { Button } from '../../ui/Button';
import { Notice } from '../../ui/Notice';
import { WriteStatus } from '../../ui/WriteStatus';

/** Offer a text file for download (the tablet or laptop saves it; nothing leaves the device by itself). */
function download(fileName: string, text: string): void {
  const url = URL.createObjectURL(new Blob([text], { type: 'application/json' }));
  const a = document.createElement('a');
  a.href = url;
  a.download = fileName;
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

/**
 * Publish a version to the tablets: mark its items as published, then make the exchange's
 * publication bundle (configuration and agenda items, issue 3) and download it.
 */
export function PublishButton({ process, year }: { process: Process; year: number }) {
  const t = useT();
  const [file, setFile] = useState<string | null>(null);
  const write = useWrite({ showsBusy: true });
  const publish = async () => {
    setFile(null);
    const r = await write.run(
      'publishAgenda',
      async () => {
        await markAgendaPublished(process.id, year);
        const { exportBundle } = await import('../../db/exchange');
        const result = await exportBundle('publish');
        if (!result) throw new Error('empty');
        download(result.fileName, result.text);
        return result.fileName;
      },
      { fallback: 'agenda.publishFailed' },
    );
    if (r.ok) setFile(r.value);
  };
  return (
    <section class="bs-card bs-noprint" aria-labelledby="h-publish">
      <h3 class="utrecht-heading-3" id="h-publish">
        {t('agenda.publishTitle')}
      </h3>
      <p class="bs-muted bs-small">{t('agenda.publishHelp', { year })}</p>
      <Button variant="secondary" disabled={write.busy} onClick={() => void publish()}>
        {t('agenda.publish')}
      </Button>
      {file !== null ? <Notice kind="ok">{t('agenda.publishDone', { year, file })}</Notice> : null}
      <WriteStatus write={write} />
    </section>
  );
}
