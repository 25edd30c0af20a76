import { useRef, useState } from 'preact/hooks';
import type { ContactChannel } from '../../../domain/contact';
import { checkContact, type KioskAnswers } from '../../../domain/kiosk';
import { type ResidentKey, useResident } from '../resident';
import { Choice } from './Choice';
import { Optional, StepNav, StepTitle } from './Frame';
import type { StepProps } from './types';

const ERRORS: Record<string, ResidentKey> = {
  missing: 'resident.contact.errMissing',
  'no-consent': 'resident.contact.errConsent',
};

const TEXTS = {
  contact: {
    title: 'resident.contact.title',
    help: 'resident.contact.help',
    consent: 'resident.contact.consent',
  },
  helper: {
    title: 'resident.help.formTitle',
    help: 'resident.help.formText',
    consent: 'resident.help.consent',
  },
} as const satisfies Record<string, Record<string, ResidentKey>>;

/**
 * Want to hear back? (`contact`, optional) or "Wilt u meehelpen?" (`helper`): e-mail or phone only
 * with an explicit consent box. Either contact is stored apart from the answers, without the
 * respondent id (see saveKioskMore and saveHelperContact).
 */
export function Contact({
  answers,
  setAnswers: setAll,
  next,
  back,
  last,
  busy,
  field,
}: StepProps & { field: 'contact' | 'helper' }) {
  const { r } = useResident();
  const c = answers[field];
  const text = TEXTS[field];
  const setAnswers = (patch: { contact: KioskAnswers['contact'] }) => setAll({ [field]: patch.contact });
  const p = field === 'contact' ? 'k-contact' : 'k-helper';
  const [error, setError] = useState<ResidentKey | ''>('');
  const valueRef = useRef<HTMLInputElement>(null);
  const consentRef = useRef<HTMLInputElement>(null);
  const choice = c.channel ?? (c.declined ? 'no' : undefined);
  const choose = (ch: ContactChannel | 'no') => {
    setError('');
    if (ch === 'no') setAnswers({ contact: { value: '', consent: false, declined: true } });
    else if (ch !== c.channel)
      setAnswers({ contact: { channel: ch, value: '', consent: false, declined: false } });
  };
  const onNext = () => {
    const check = checkContact(c);
    if (check.status === 'none' || check.status === 'ok') {
      next();
      return;
    }
    const key =
      ERRORS[check.status] ??
      (c.channel === 'email' ? 'resident.contact.errEmail' : 'resident.contact.errPhone');
    setError(key);
    (check.status === 'no-consent' ? consentRef : valueRef).current?.focus();
  };
  const fieldId = `${p}-value`;
  return (
    <>
      <StepTitle id={p}>{r(text.title)}</StepTitle>
      <p class="bs-k-lead">{r(text.help)}</p>
      <Optional />
      <fieldset class="bs-k-fieldset">
        <legend class="bs-k-legend">{r('resident.contact.how')}</legend>
        <div class="bs-k-list">
          {/* A phone number is asked for a text message: the channel 'sms' (Dutch mobile or a country code). */}
          {(['email', 'sms', 'no'] as const).map((ch) => (
            <Choice
              key={ch}
              id={`${p}-${ch}`}
              name={p}
              type="radio"
              checked={choice === ch}
              onChange={() => choose(ch)}
              muted={ch === 'no'}
            >
              {r(ch === 'sms' ? 'resident.contact.phone' : `resident.contact.${ch}`)}
            </Choice>
          ))}
        </div>
      </fieldset>
      {c.channel ? (
        <div class="bs-k-field">
          <label class="bs-k-label" for={fieldId}>
            {r(c.channel === 'email' ? 'resident.contact.emailLabel' : 'resident.contact.phoneLabel')}
          </label>
          <input
            id={fieldId}
            ref={valueRef}
            class="bs-k-input"
            type={(c.channel === 'email' ? 'email' : 'tel') as 'email'}
            inputMode={c.channel === 'email' ? 'email' : 'tel'}
            dir="ltr"
            autocomplete="off"
            spellcheck={false}
            value={c.value}
            aria-invalid={error && error !== 'resident.contact.errConsent' ? true : undefined}
            aria-describedby={error ? `${p}-error` : undefined}
            onInput={(e) => setAnswers({ contact: { ...c, value: e.currentTarget.value } })}
          />
          <label class={`bs-k-choice bs-k-consent${c.consent ? ' is-on' : ''}`} for={`${p}-consent`}>
            <input
              id={`${p}-consent`}
              ref={consentRef}
              type="checkbox"
              checked={c.consent}
              aria-describedby={error === 'resident.contact.errConsent' ? `${p}-error` : undefined}
              onChange={() => setAnswers({ contact: { ...c, consent: !c.consent } })}
            />
            <span class="bs-k-choice__mark bs-k-choice__mark--box" aria-hidden="true">
              {c.consent ? '✓' : null}
            </span>
            <span class="bs-k-choice__text">{r(text.consent)}</span>
          </label>
        </div>
      ) : null}
      {error ? (
        <p class="bs-k-error" id={`${p}-error`} role="alert">
          {r(error)}
        </p>
      ) : null}
      <StepNav onBack={back} onNext={onNext} last={last} busy={busy} />
    </>
  );
}
