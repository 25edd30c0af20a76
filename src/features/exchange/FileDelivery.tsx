import type { ComponentChildren } from 'preact';
import { useEffect, useState } from 'preact/hooks';
import { useT } from '../../i18n';
import { Button } from '../../ui/Button';
import { Notice } from '../../ui/Notice';
import { canShareFile, type Delivery, downloadFile, shareFile } from './share';

/**
 * A made file and what happened to it. Without Web Share it is downloaded at once; with Web Share
 * the user picks "Delen" or "Downloaden" and the notice says which one happened. The file stays here
 * (both buttons too), so a share sheet that was dismissed never loses it.
 */
export function FileDelivery({ file, children }: { file: File; children: ComponentChildren }) {
  const t = useT();
  const [share] = useState(() => canShareFile(file));
  const [delivery, setDelivery] = useState<Delivery>(share ? 'ready' : 'downloaded');
  const [sharing, setSharing] = useState(false);

  useEffect(() => {
    if (!share) downloadFile(file);
  }, [file, share]);

  const onShare = async () => {
    setSharing(true);
    try {
      const r = await shareFile(file, t('exchange.shareTitle'));
      if (r === 'failed') {
        downloadFile(file);
        setDelivery('downloaded');
      } else setDelivery(r);
    } finally {
      setSharing(false);
    }
  };
  const onDownload = () => {
    downloadFile(file);
    setDelivery('downloaded');
  };

  return (
    <Notice kind={delivery === 'cancelled' ? 'warning' : 'ok'}>
      <p data-testid="export-result">{children}</p>
      <p data-testid="export-delivery" data-delivery={delivery}>
        {delivery === 'ready'
          ? t('exchange.ready')
          : delivery === 'shared'
            ? t('exchange.sharedOk')
            : delivery === 'cancelled'
              ? t('exchange.shareCancelled')
              : t('exchange.downloaded')}
      </p>
      <div class="bs-actions">
        {share ? (
          <Button
            variant={delivery === 'ready' ? 'primary' : 'secondary'}
            disabled={sharing}
            onClick={onShare}
          >
            {t('exchange.share')}
          </Button>
        ) : null}
        <Button onClick={onDownload}>
          {share && delivery !== 'downloaded' ? t('exchange.download') : t('exchange.downloadAgain')}
        </Button>
      </div>
    </Notice>
  );
}
