import { useState } from 'preact/hooks';
import { saveHelperContact, saveKioskExperience, saveKioskMore, saveKioskResponse } from '../../db/kiosk';
import { KIOSK_CONSENT_VERSION, KIOSK_HELP_CONSENT_VERSION } from '../../domain/contact';
import { localDay } from '../../domain/day';
import type { ExperienceRating } from '../../domain/experience';
import {
  answersToRecords,
  contactOf,
  hasContent,
  isLastMoreStep,
  type KioskAnswers,
  type KioskLang,
  type KioskSession,
  type KioskStep,
  kioskExperience,
  nextStep,
  previousStep,
} from '../../domain/kiosk';
import { answersToVote } from '../../domain/kioskVote';
import type { Process } from '../../domain/process';
import { residentTranslator } from '../../i18n/resident';
import { useResident } from './resident';
import { Age, Buurt, Groups } from './steps/About';
import { Assess } from './steps/Assess';
import { Contact } from './steps/Contact';
import { StepNav } from './steps/Frame';
import { OwnWords } from './steps/OwnWords';
import { Thanks } from './steps/Thanks';
import { Themes } from './steps/Themes';
import type { StepProps } from './steps/types';
import { Welcome } from './steps/Welcome';
import { usePriorityOffer } from './voting/offer';
import { Priorities } from './voting/Priorities';

/**
 * The current resident screen, with forward and back. The answers are saved when the resident
 * leaves "own words" (the shortest path ends on the thank-you screen); the extra questions are
 * saved when the last of them is left, "Wilt u meehelpen?" and "Hoe vond u dit?" each on their own.
 */
export function Screen({
  process,
  session,
  update,
  meetingId,
  thanksMs,
  onDone,
  settle,
  onLang,
}: {
  process: Process;
  session: KioskSession;
  update: (fn: (s: KioskSession) => KioskSession) => void;
  meetingId: string;
  thanksMs: number;
  /** The resident is done: start clean for the next one. */
  onDone: () => void;
  settle: () => Promise<void>;
  onLang: (lang: KioskLang) => void;
}) {
  const { r } = useResident();
  const a = session.answers;
  const [failed, setFailed] = useState(false);
  const [busy, setBusy] = useState(false);
  // Issue 6: "Wat vindt u het belangrijkst?" when a published agenda is on the device.
  const offer = usePriorityOffer(process);
  const withPriorities = !!offer || session.step === 'priorities';
  const goTo = (step: KioskStep, patch: Partial<KioskSession> = {}) =>
    update((s) => ({ ...s, ...patch, step }));

  const ctx = () => ({
    processId: process.id,
    meetingId,
    respondentId: session.respondentId,
    lang: session.lang,
    themeIds: process.themes.map((t) => t.id),
    questionIds: process.questions.map((q) => q.id),
    consentText: residentTranslator(
      session.lang,
      process.translations[session.lang],
    )('resident.contact.consent'),
    consentVersion: KIOSK_CONSENT_VERSION,
    today: localDay(),
  });
  const voteOf = (answers: KioskAnswers) =>
    offer
      ? answersToVote(answers, {
          processId: process.id,
          meetingId,
          respondentId: session.respondentId,
          agendaYear: offer.year,
          itemIds: offer.items.map((i) => i.id),
          budget: offer.budget,
        })
      : null;

  /** One save; the screen stays (with a message) when it fails, nothing typed is lost. */
  const attempt = async (save: () => Promise<void>) => {
    if (busy) return;
    setBusy(true);
    setFailed(false);
    try {
      await settle();
      await save();
    } catch (e) {
      console.error('kiosk save', e);
      setFailed(true);
    } finally {
      setBusy(false);
    }
  };

  /** End of "own words": save what matters and the own words, then thank the resident. */
  const finishMain = () =>
    attempt(async () => {
      const { contributions } = answersToRecords(a, ctx());
      const saved = await saveKioskResponse(contributions, null, null);
      goTo('thanks', { saved });
    });

  /** End of the extra questions: the about-you answers on the saved answers, the contact, the dots. */
  const finishMore = () =>
    attempt(async () => {
      const { contributions, contact } = answersToRecords(a, ctx());
      const saved = await saveKioskMore(session.saved ?? {}, contributions, contact, voteOf(a));
      goTo('thanks', { saved, moreDone: true });
    });

  const finishHelp = () =>
    attempt(async () => {
      const contact = contactOf(
        a.helper,
        {
          ...ctx(),
          consentText: residentTranslator(
            session.lang,
            process.translations[session.lang],
          )('resident.help.consent'),
          consentVersion: KIOSK_HELP_CONSENT_VERSION,
        },
        'meehelpen',
      );
      if (contact) await saveHelperContact(contact);
      goTo('thanks', { helped: !!contact });
    });

  const rate = (rating: ExperienceRating) =>
    attempt(async () => {
      if (session.rated) return;
      await saveKioskExperience(kioskExperience(process.id, meetingId, rating));
      update((s) => ({ ...s, rated: true }));
    });

  const next = () => {
    const step = session.step;
    if (step === 'words') void finishMain();
    else if (step === 'help') void finishHelp();
    else if (isLastMoreStep(step, a, withPriorities)) void finishMore();
    else goTo(nextStep(step, a, withPriorities));
  };
  const props: StepProps = {
    process,
    session,
    answers: a,
    setAnswers: (patch: Partial<KioskAnswers>) =>
      update((s) => ({ ...s, answers: { ...s.answers, ...patch } })),
    next,
    back: () => goTo(previousStep(session.step, a, withPriorities)),
    goTo: (step) => goTo(step),
    last:
      session.step === 'words' || session.step === 'help' || isLastMoreStep(session.step, a, withPriorities),
    busy,
  };
  const screen = () => {
    switch (session.step) {
      case 'welcome':
        return <Welcome {...props} onLang={onLang} />;
      case 'themes':
        return <Themes {...props} />;
      case 'words':
        return <OwnWords {...props} empty={!hasContent(a)} />;
      case 'thanks':
        return (
          <Thanks
            ms={thanksMs}
            session={session}
            onMore={() => goTo(nextStep('thanks', a, withPriorities))}
            onHelp={() => goTo('help')}
            onRate={(rating) => void rate(rating)}
            onDone={onDone}
          />
        );
      case 'assess':
        return <Assess {...props} />;
      case 'priorities':
        if (offer === undefined) return null;
        return offer ? (
          <Priorities {...props} offer={offer} />
        ) : (
          <StepNav onBack={props.back} onNext={next} />
        );
      case 'buurt':
        return <Buurt {...props} />;
      case 'age':
        return <Age {...props} />;
      case 'groups':
        return <Groups {...props} />;
      case 'contact':
        return <Contact {...props} field="contact" />;
      case 'help':
        return <Contact {...props} field="helper" />;
    }
  };
  return (
    <>
      {screen()}
      {failed ? (
        <p class="bs-k-error" role="alert">
          {r('resident.saveFailed')}
        </p>
      ) : null}
    </>
  );
}
