import { useState } from 'preact/hooks';
import { markAgendaPublished } from '../../db/agenda';
import type { Process } from '../../domain/process';
import { useT } from '../../i18n';
import { Button } from '../../ui/Button';
import { Notice } from '../../ui/Notice';

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
  const [state, setState] = useState<{ ok: boolean; file?: string } | null>(null);
  const [busy, setBusy] = useState(false);
  const publish = async () => {
    setBusy(true);
    setState(null);
    try {
      await markAgendaPublished(process.id, year);
      const { exportBundle } = await import('../../db/exchange');
      const result = await exportBundle('publish');
      if (!result) throw new Error('empty');
      download(result.fileName, result.text);
      setState({ ok: true, file: result.fileName });
    } catch (e) {
      console.error(e);
      setState({ ok: false });
    } finally {
      setBusy(false);
    }
  };
  return (
    <section class="bs-card bs-noprint" aria-labelledby="h-publish">
      <h3 class="utrecht-heading-3" id="h-publish">
        {t('agenda.publishTitle')}
      </h3>
      <p class="bs-muted bs-small">{t('agenda.publishHelp', { year })}</p>
      <Button variant="secondary" disabled={busy} onClick={() => void publish()}>
        {t('agenda.publish')}
      </Button>
      {state?.ok ? (
        <Notice kind="ok">{t('agenda.publishDone', { year, file: state.file ?? '' })}</Notice>
      ) : null}
      {state && !state.ok ? <Notice kind="error">{t('agenda.publishFailed')}</Notice> : null}
    </section>
  );
}
