import './kiosk.css';
import { useCallback, useEffect, useRef, useState } from 'preact/hooks';
import { useBusyWhileMounted } from '../../app/busy';
import { navigate } from '../../app/router';
import { useProcess } from '../../app/useProcess';
import { getKioskTimings, leaveKiosk } from '../../db/kiosk';
import type { KioskLang, KioskSession, KioskTimings } from '../../domain/kiosk';
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
import { Thanks } from './steps/Thanks';
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
  /** After sending: the thank-you screen keeps the resident's language and reading settings. */
  const [thanks, setThanks] = useState<Pick<KioskSession, 'lang' | 'textSize' | 'contrast'> | null>(null);
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
  const idle = useIdle(s.lastActiveAt, session?.dirty === true && !thanks, timings, expired);
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
  useEffect(() => stopReading(), [session?.step, session?.respondentId, thanks]);

  const finishThanks = useCallback(() => setThanks(null), []);

  if (!mode || process === undefined || !timings || !session) {
    return <p class="bs-muted">{t('app.loading')}</p>;
  }
  const look = thanks ?? session;
  const resident = makeResident(look.lang, process);
  const steps = progressSteps(session.answers, !!offer);
  const n = steps.indexOf(session.step);
  const progress = !thanks && n >= 0 ? { n: n + 1, total: steps.length } : null;
  const dialogOpen = pinOpen || asking;

  const exit = async () => {
    await s.settle();
    await leaveKiosk();
    navigate(`/meetings/${mode.meetingId}`, true);
  };

  return (
    <ResidentContext.Provider value={resident}>
      <div
        class={`bs-kiosk bs-kiosk--size-${look.textSize}${look.contrast ? ' bs-kiosk--contrast' : ''}`}
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
            session={{ ...session, ...look }}
            progress={progress}
            onChange={(patch) =>
              thanks ? setThanks({ ...thanks, ...patch }) : s.update((x) => ({ ...x, ...patch }))
            }
            readRoot={() => mainRef.current}
          />
        </header>
        <main class="bs-k-main" ref={mainRef} inert={dialogOpen} key={session.respondentId}>
          {process === null ? (
            <p>{t('meetings.noProcess')}</p>
          ) : thanks ? (
            <Thanks ms={timings.thanksMs} onDone={finishThanks} />
          ) : (
            <Screen
              key={session.step}
              process={process}
              session={session}
              update={s.update}
              meetingId={mode.meetingId}
              onSent={async () => {
                setThanks({ lang: session.lang, textSize: session.textSize, contrast: session.contrast });
                await s.reset();
              }}
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
