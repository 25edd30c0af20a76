import './kiosk.css';
import { useCallback, useEffect, useRef, useState } from 'preact/hooks';
import { useBusyWhileMounted } from '../../app/busy';
import { navigate } from '../../app/router';
import { useProcess } from '../../app/useProcess';
import { getKioskTimings, leaveKiosk } from '../../db/kiosk';
import type { KioskLang, KioskTimings } from '../../domain/kiosk';
import { progressSteps } from '../../domain/kiosk';
import { useT } from '../../i18n';
import { ExitCorner } from './ExitCorner';
import { IdleDialog } from './IdleDialog';
import { useIdle } from './idle';
import { useKioskMode } from './mode';
import { PinPad } from './PinPad';
import { stopReading } from './readAloud';
import { makeResident, ResidentContext } from './resident';
import { Screen } from './Screen';
import { useKioskSession } from './session';
import { Toolbar } from './Toolbar';
import { usePriorityOffer } from './voting/offer';

/** Keep the browser's back button inside the kiosk: every step back is undone at once. */
function useHistoryTrap() {
  useEffect(() => {
    history.pushState({ kiosk: true }, '', location.href);
    const onPop = () => history.pushState({ kiosk: true }, '', location.href);
    window.addEventListener('popstate', onPop);
    return () => window.removeEventListener('popstate', onPop);
  }, []);
}

/**
 * The resident kiosk: the only thing on screen while kiosk mode is on (App.tsx). One resident at
 * a time; their unsent answers are a draft that is discarded when they walk away, and nothing of
 * them is shown to the next resident (all screen state is keyed on the respondent id).
 */
export default function KioskApp() {
  const t = useT();
  const mode = useKioskMode();
  const process = useProcess();
  const [timings, setTimings] = useState<KioskTimings | undefined>();
  const s = useKioskSession(timings);
  // Issue 6: with a published agenda on the device the flow has a priorities step.
  const offer = usePriorityOffer(process);
  const [pinOpen, setPinOpen] = useState(false);
  const cornerRef = useRef<HTMLButtonElement | null>(null);
  const mainRef = useRef<HTMLElement>(null);
  useBusyWhileMounted('kiosk');
  useHistoryTrap();

  useEffect(() => {
    void getKioskTimings().then(setTimings);
  }, []);

  const sRef = useRef(s);
  sRef.current = s;
  const session = s.session;
  const expired = useCallback(() => {
    if (sRef.current.isDirty()) void sRef.current.reset();
  }, []);
  // The thank-you screen has its own countdown (the answers are saved by then).
  const onThanks = session?.step === 'thanks';
  const idle = useIdle(s.lastActiveAt, session?.dirty === true && !onThanks, timings, expired);
  const asking = idle.phase === 'asking';

  // Any touch or key restarts the idle time (not while the question is on screen: answer it).
  useEffect(() => {
    if (asking) return;
    const on = () => sRef.current.touch();
    const events = ['pointerdown', 'keydown', 'input', 'scroll'] as const;
    for (const e of events) document.addEventListener(e, on, { capture: true, passive: true });
    return () => {
      for (const e of events) document.removeEventListener(e, on, { capture: true });
    };
  }, [asking]);

  useEffect(() => () => stopReading(), []);
  // Read aloud stops when the screen changes.
  useEffect(() => stopReading(), [session?.step, session?.respondentId]);

  const finish = useCallback(() => void sRef.current.reset(), []);

  if (!mode || process === undefined || !timings || !session) {
    return <p class="bs-muted">{t('app.loading')}</p>;
  }
  const resident = makeResident(session.lang, process);
  const steps = progressSteps(session.step, session.answers, !!offer);
  const n = steps.indexOf(session.step);
  const progress = n >= 0 ? { n: n + 1, total: steps.length } : null;
  const dialogOpen = pinOpen || asking;

  const exit = async () => {
    await s.settle();
    await leaveKiosk();
    navigate(`/meetings/${mode.meetingId}`, true);
  };

  return (
    <ResidentContext.Provider value={resident}>
      <div
        class={`bs-kiosk bs-kiosk--size-${session.textSize}${session.contrast ? ' bs-kiosk--contrast' : ''}`}
        lang={resident.lang}
        dir={resident.dir}
        data-testid="kiosk"
      >
        <header class="bs-k-bar" inert={dialogOpen}>
          <ExitCorner
            longPressMs={timings.longPressMs}
            onOpen={() => setPinOpen(true)}
            buttonRef={cornerRef}
          />
          <Toolbar
            session={session}
            progress={progress}
            onChange={(patch) => s.update((x) => ({ ...x, ...patch }))}
            readRoot={() => mainRef.current}
          />
        </header>
        <main class="bs-k-main" ref={mainRef} inert={dialogOpen} key={session.respondentId}>
          {process === null ? (
            <p>{t('meetings.noProcess')}</p>
          ) : (
            <Screen
              key={session.step}
              process={process}
              session={session}
              update={s.update}
              meetingId={mode.meetingId}
              thanksMs={timings.thanksMs}
              onDone={finish}
              settle={s.settle}
              onLang={(lang: KioskLang) => s.update((x) => ({ ...x, lang }))}
            />
          )}
        </main>
        {idle.phase === 'asking' ? (
          <IdleDialog
            secondsLeft={idle.secondsLeft}
            onContinue={() => s.update((x) => x)}
            onStop={() => void s.reset()}
          />
        ) : null}
        {pinOpen ? (
          <PinPad
            lockMs={timings.lockMs}
            onCancel={() => {
              setPinOpen(false);
              setTimeout(() => cornerRef.current?.focus(), 0);
            }}
            onSuccess={() => void exit()}
          />
        ) : null}
      </div>
    </ResidentContext.Provider>
  );
}
