import { useEffect, useRef, useState } from 'preact/hooks';
import { checkKioskPin, checkRecoveryCode, getPinLock } from '../../db/kiosk';
import { useLive } from '../../db/live';
import { lockRemainingMs } from '../../domain/pin';
import { getLang, useT } from '../../i18n';
import { PinSetup } from './PinSetup';

const KEYS = ['1', '2', '3', '4', '5', '6', '7', '8', '9', 'erase', '0', 'ok'] as const;

/**
 * The PIN pad for the facilitator (in the facilitator's language, not the resident's). Wrong tries
 * and the lock live in the database, so closing the pad or reloading does not reset them.
 */
export function PinPad({
  lockMs,
  onCancel,
  onSuccess,
}: {
  lockMs: number;
  onCancel: () => void;
  onSuccess: () => void;
}) {
  const t = useT();
  const [pin, setPin] = useState('');
  const [checking, setChecking] = useState(false);
  const [announce, setAnnounce] = useState('');
  const [triesLeft, setTriesLeft] = useState<number | null>(null);
  const [now, setNow] = useState(Date.now());
  /** A forgotten PIN: 'code' asks the recovery code, 'newPin' sets a new PIN with it. */
  const [mode, setMode] = useState<'pin' | 'code' | 'newPin'>('pin');
  const [code, setCode] = useState('');
  const [codeMsg, setCodeMsg] = useState('');
  const lock = useLive(getPinLock, []);
  const inputRef = useRef<HTMLInputElement>(null);
  const remaining = lock ? lockRemainingMs(lock, now, lockMs) : 0;
  const locked = remaining > 0;

  useEffect(() => {
    inputRef.current?.focus();
  }, []);
  useEffect(() => {
    if (!locked) return;
    const id = setInterval(() => setNow(Date.now()), 500);
    return () => clearInterval(id);
  }, [locked]);

  const submit = async (ev?: Event) => {
    ev?.preventDefault();
    if (checking || locked || !pin) return;
    setChecking(true);
    const r = await checkKioskPin(pin);
    setChecking(false);
    setPin('');
    setNow(Date.now());
    if (r.ok) {
      onSuccess();
      return;
    }
    if (r.locked) {
      setTriesLeft(null);
      setAnnounce(t('kiosk.exit.locked', { n: Math.ceil(r.remainingMs / 1000) }));
    } else {
      setTriesLeft(r.triesLeft);
      setAnnounce(t('kiosk.exit.wrong', { n: r.triesLeft }));
    }
    inputRef.current?.focus();
  };
  const checkCode = async (ev: Event) => {
    ev.preventDefault();
    if (checking || locked || !code.trim()) return;
    setChecking(true);
    const r = await checkRecoveryCode(code);
    setChecking(false);
    setNow(Date.now());
    if (r.ok) {
      setCodeMsg('');
      setMode('newPin');
    } else
      setCodeMsg(
        r.locked
          ? t('kiosk.exit.locked', { n: Math.ceil(r.remainingMs / 1000) })
          : t('kiosk.recovery.wrongTries', { n: r.triesLeft }),
      );
  };
  const press = (key: (typeof KEYS)[number]) => {
    if (key === 'ok') void submit();
    else if (key === 'erase') setPin((p) => p.slice(0, -1));
    else setPin((p) => (p.length < 6 ? p + key : p));
    inputRef.current?.focus();
  };

  return (
    <div class="bs-k-overlay">
      <div
        class="bs-k-dialog bs-k-pinpad"
        role="dialog"
        aria-modal="true"
        aria-labelledby="k-pin-title"
        lang={getLang()}
        dir="ltr"
        onKeyDown={(e) => e.key === 'Escape' && onCancel()}
      >
        {mode === 'newPin' ? (
          <>
            {/* Names the dialog; the form below has the visible heading. */}
            <span class="visually-hidden" id="k-pin-title">
              {t('kiosk.recovery.newPin')}
            </span>
            <PinSetup change={false} recovery={code} onSaved={onSuccess} onCancel={onCancel} />
          </>
        ) : mode === 'code' ? (
          <>
            <h2 class="bs-k-h2" id="k-pin-title">
              {t('kiosk.recovery.enterTitle')}
            </h2>
            <p>{t('kiosk.recovery.enterIntro')}</p>
            <form onSubmit={checkCode} autocomplete="off">
              <label class="bs-k-label" for="k-recovery">
                {t('kiosk.recovery.code')}
              </label>
              <input
                id="k-recovery"
                class="bs-k-input"
                type="text"
                autocapitalize="characters"
                autocomplete="off"
                spellcheck={false}
                maxLength={20}
                value={code}
                disabled={locked || checking}
                aria-describedby="k-recovery-msg"
                onInput={(e) => setCode(e.currentTarget.value)}
              />
              <p id="k-recovery-msg" class="bs-k-error" role="alert">
                {locked ? t('kiosk.exit.locked', { n: Math.ceil(remaining / 1000) }) : codeMsg}
              </p>
              <button type="submit" class="bs-k-btn bs-k-btn--wide" disabled={locked || checking}>
                {t('kiosk.recovery.check')}
              </button>
              <button type="button" class="bs-k-btn bs-k-btn--wide" onClick={() => setMode('pin')}>
                {t('kiosk.recovery.back')}
              </button>
            </form>
          </>
        ) : (
          <>
            <h2 class="bs-k-h2" id="k-pin-title">
              {t('kiosk.exit.title')}
            </h2>
            <p>{t('kiosk.exit.intro')}</p>
            <form onSubmit={submit} autocomplete="off">
              <label class="bs-k-label" for="k-pin">
                {t('kiosk.exit.pin')}
              </label>
              <input
                id="k-pin"
                ref={inputRef}
                class="bs-k-input bs-k-pin"
                type="password"
                inputMode="numeric"
                autocomplete="off"
                maxLength={6}
                value={pin}
                disabled={locked || checking}
                aria-describedby="k-pin-msg"
                onInput={(e) => setPin(e.currentTarget.value.replace(/\D/g, '').slice(0, 6))}
              />
              <p id="k-pin-msg" class="bs-k-error" data-testid="pin-message">
                {checking
                  ? t('kiosk.exit.checking')
                  : locked
                    ? t('kiosk.exit.locked', { n: Math.ceil(remaining / 1000) })
                    : triesLeft !== null
                      ? t('kiosk.exit.wrong', { n: triesLeft })
                      : ''}
              </p>
              <p class="visually-hidden" role="alert">
                {announce}
              </p>
              <div class="bs-k-keys">
                {KEYS.map((k) => (
                  <button
                    key={k}
                    type="button"
                    class={`bs-k-key${k === 'ok' ? ' bs-k-key--ok' : ''}`}
                    disabled={locked || checking}
                    aria-label={k === 'erase' ? t('kiosk.exit.eraseLabel') : undefined}
                    onClick={() => press(k)}
                  >
                    {k === 'erase' ? t('kiosk.exit.erase') : k === 'ok' ? t('kiosk.exit.ok') : k}
                  </button>
                ))}
              </div>
              <button type="button" class="bs-k-btn bs-k-btn--wide" onClick={onCancel}>
                {t('kiosk.exit.cancel')}
              </button>
              <button type="button" class="bs-k-link" onClick={() => setMode('code')}>
                {t('kiosk.recovery.forgot')}
              </button>
            </form>
          </>
        )}
      </div>
    </div>
  );
}
