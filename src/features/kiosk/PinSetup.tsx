import { useState } from 'preact/hooks';
import { isValidPin } from '../../domain/pinShape';
import { useT } from '../../i18n';
import { Button } from '../../ui/Button';
import { describedBy, Field } from '../../ui/Field';
import { Notice } from '../../ui/Notice';
import '../../ui/forms.css';

/**
 * The PIN's store (its zod schemas, hashing) loads when a PIN is saved, not before the kiosk start
 * screen paints (issue 12).
 */
const pinStore = () => import('../../db/kiosk');

type Errors = Partial<Record<'current' | 'pin' | 'repeat', string>>;

function PinInput({
  id,
  value,
  error,
  onInput,
}: {
  id: string;
  value: string;
  error?: string | undefined;
  onInput: (v: string) => void;
}) {
  return (
    <input
      id={id}
      type="password"
      inputMode="numeric"
      autocomplete="off"
      maxLength={6}
      class="utrecht-textbox utrecht-textbox--html-input bs-pin-input"
      value={value}
      aria-invalid={error ? true : undefined}
      aria-describedby={describedBy(id, false, error)}
      onInput={(e) => onInput(e.currentTarget.value.replace(/\D/g, '').slice(0, 6))}
    />
  );
}

/**
 * The one-time recovery code, shown once after a PIN is set: to be written on paper. The
 * facilitator confirms before going on, so it is not clicked away unseen.
 */
export function RecoveryCodeNotice({ code, onDone }: { code: string; onDone: () => void }) {
  const t = useT();
  const [written, setWritten] = useState(false);
  return (
    <div class="bs-card bs-recovery" role="region" aria-labelledby="recovery-title">
      <h2 class="utrecht-heading-2" id="recovery-title">
        {t('kiosk.recovery.title')}
      </h2>
      <p>{t('kiosk.recovery.intro')}</p>
      <p class="bs-recovery__code" data-testid="recovery-code">
        {code}
      </p>
      <p>{t('kiosk.recovery.keep')}</p>
      <div class="bs-recovery__check">
        <input
          id="recovery-written"
          type="checkbox"
          class="utrecht-checkbox utrecht-checkbox--html-input"
          checked={written}
          onChange={(e) => setWritten(e.currentTarget.checked)}
        />
        <label class="utrecht-form-label" for="recovery-written">
          {t('kiosk.recovery.written')}
        </label>
      </div>
      <div class="bs-actions">
        <Button variant="primary" disabled={!written} onClick={onDone}>
          {t('kiosk.recovery.done')}
        </Button>
      </div>
    </div>
  );
}

/**
 * Set the facilitator PIN (4-6 digits, twice), or change it (then the current PIN is asked first,
 * and wrong tries count towards the same lockout as the PIN pad), or set a new one with the
 * recovery code of a forgotten PIN (`recovery`). Afterwards the new recovery code is shown once.
 */
export function PinSetup({
  change,
  recovery,
  onSaved,
  onCancel,
}: {
  change: boolean;
  /** The recovery code the facilitator typed (already checked once; checked again on save). */
  recovery?: string;
  onSaved: () => void;
  onCancel: () => void;
}) {
  const t = useT();
  const [code, setCode] = useState('');
  const [current, setCurrent] = useState('');
  const [pin, setPin] = useState('');
  const [repeat, setRepeat] = useState('');
  const [errors, setErrors] = useState<Errors>({});
  const [busy, setBusy] = useState(false);
  const submit = async (ev: Event) => {
    ev.preventDefault();
    const e: Errors = {};
    if (!isValidPin(pin)) e.pin = t('kiosk.pin.errFormat');
    else if (pin !== repeat) e.repeat = t('kiosk.pin.errRepeat');
    if (change && !current) e.current = t('kiosk.pin.errCurrent');
    setErrors(e);
    const first = Object.keys(e)[0];
    if (first) {
      document.getElementById(`pin-${first}`)?.focus();
      return;
    }
    setBusy(true);
    try {
      const { checkKioskPin, recoverKioskPin, setKioskPin } = await pinStore();
      if (change) {
        const r = await checkKioskPin(current);
        if (!r.ok) {
          setErrors({
            current: r.locked
              ? t('kiosk.exit.locked', { n: Math.ceil(r.remainingMs / 1000) })
              : `${t('kiosk.pin.errCurrent')} ${t('kiosk.exit.wrong', { n: r.triesLeft })}`,
          });
          document.getElementById('pin-current')?.focus();
          return;
        }
      }
      if (recovery !== undefined) {
        const r = await recoverKioskPin(recovery, pin);
        if (!r.ok) {
          setErrors({ pin: t('kiosk.recovery.wrong') });
          return;
        }
        setCode(r.recoveryCode);
      } else setCode(await setKioskPin(pin));
    } finally {
      setBusy(false);
    }
  };
  if (code) return <RecoveryCodeNotice code={code} onDone={onSaved} />;
  return (
    <form onSubmit={submit} noValidate class="bs-card">
      <h2 class="utrecht-heading-2">
        {recovery !== undefined
          ? t('kiosk.recovery.newPin')
          : change
            ? t('kiosk.pin.changeTitle')
            : t('kiosk.pin.setTitle')}
      </h2>
      {change || recovery !== undefined ? null : <Notice kind="info">{t('kiosk.pin.setIntro')}</Notice>}
      {change ? (
        <Field id="pin-current" label={t('kiosk.pin.current')} error={errors.current}>
          <PinInput id="pin-current" value={current} error={errors.current} onInput={setCurrent} />
        </Field>
      ) : null}
      <Field id="pin-pin" label={t('kiosk.pin.new')} error={errors.pin}>
        <PinInput id="pin-pin" value={pin} error={errors.pin} onInput={setPin} />
      </Field>
      <Field id="pin-repeat" label={t('kiosk.pin.repeat')} error={errors.repeat}>
        <PinInput id="pin-repeat" value={repeat} error={errors.repeat} onInput={setRepeat} />
      </Field>
      <div class="bs-actions">
        <Button type="submit" variant="primary" disabled={busy}>
          {t('kiosk.pin.save')}
        </Button>
        {change || recovery !== undefined ? (
          <Button variant="subtle" onClick={onCancel}>
            {t('action.cancel')}
          </Button>
        ) : null}
      </div>
    </form>
  );
}
