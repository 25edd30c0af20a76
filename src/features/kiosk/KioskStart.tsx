import './kiosk.css';
import { useEffect, useState } from 'preact/hooks';
import type { ScreenProps } from '../../app/lazy';
import { useFirstScreenReady } from '../../app/startup';
import { buurtName, useProcess } from '../../app/useProcess';
import { useWrite } from '../../app/useWrite';
import { hasKioskPin } from '../../db/kioskPin';
import { useLive } from '../../db/live';
import { getMeeting } from '../../db/meetings';
import { useT } from '../../i18n';
import { Button, LinkButton } from '../../ui/Button';
import { Notice } from '../../ui/Notice';
import { WriteStatus } from '../../ui/WriteStatus';
import { PinSetup } from './PinSetup';

/**
 * The kiosk's store (zod, the resident's save path) is not needed for this screen's first paint: it
 * loads on the tap that starts the kiosk (the first tap or key already fetches zod, src/app/main.tsx).
 * Not preloaded after the paint: evaluating zod's schemas is the long task this screen had (issue 12).
 */
const kioskStore = () => import('../../db/kiosk');

/**
 * `#/kiosk/start/:meetingId`: the facilitator hands the tablet to residents. First a PIN when this
 * device has none; then the explanation of how to get back, and the start. Once started, App.tsx
 * shows only the kiosk.
 */
export default function KioskStart({ params }: ScreenProps) {
  const t = useT();
  const process = useProcess();
  const write = useWrite();
  const meeting = useLive(async () => (await getMeeting(params.meetingId!)) ?? null, [params.meetingId]);
  const hasPin = useLive(hasKioskPin, []);
  const [changing, setChanging] = useState(false);
  const [saved, setSaved] = useState(false);
  // Whether this visit started without a PIN, fixed once known: saving the PIN must not unmount the
  // setup before it has shown the one-time recovery code.
  const [firstSetup, setFirstSetup] = useState<boolean | undefined>(undefined);
  useEffect(() => {
    if (hasPin !== undefined && firstSetup === undefined) setFirstSetup(!hasPin);
  }, [hasPin, firstSetup]);
  const loading = meeting === undefined || hasPin === undefined || process === undefined;
  useFirstScreenReady(!loading);
  if (loading) return <p class="bs-muted">{t('app.loading')}</p>;
  const back = meeting ? (
    <LinkButton href={`#/meetings/${meeting.id}`}>{t('kiosk.start.backToMeeting')}</LinkButton>
  ) : (
    <a class="utrecht-link" href="#/">
      {t('nav.toHome')}
    </a>
  );
  return (
    <>
      <h1 class="utrecht-heading-1">{t('kiosk.start.title')}</h1>
      {meeting && process ? (
        <p class="bs-muted">
          {buurtName(process, meeting.buurtId)} — {meeting.location}
        </p>
      ) : null}
      {meeting?.status !== 'bezig' ? (
        <>
          <Notice kind="warning">{meeting ? t('kiosk.start.notRunning') : t('meeting.notFound')}</Notice>
          {back}
        </>
      ) : (firstSetup ?? !hasPin) || changing ? (
        <>
          <PinSetup
            change={hasPin}
            onSaved={() => {
              setSaved(true);
              setChanging(false);
              setFirstSetup(false);
            }}
            onCancel={() => setChanging(false)}
          />
          <div class="bs-actions">{back}</div>
        </>
      ) : (
        <>
          {saved ? <Notice kind="ok">{t('kiosk.pin.saved')}</Notice> : null}
          <p>{t('kiosk.start.intro')}</p>
          <Notice kind="info">{t('kiosk.start.how')}</Notice>
          <WriteStatus write={write} />
          <div class="bs-actions">
            <Button
              variant="primary"
              big
              onClick={() =>
                void write.run('startKiosk', () => kioskStore().then((k) => k.startKiosk(meeting.id)))
              }
            >
              {t('kiosk.start.go')}
            </Button>
            {back}
            <span class="bs-spacer" />
            <Button variant="subtle" onClick={() => setChanging(true)}>
              {t('kiosk.pin.changeTitle')}
            </Button>
          </div>
        </>
      )}
    </>
  );
}
