import { saveKioskResponse } from '../../db/kiosk';
import { KIOSK_CONSENT_VERSION } from '../../domain/contact';
import {
  answersToRecords,
  type KioskAnswers,
  type KioskLang,
  type KioskSession,
  type KioskStep,
  nextStep,
  previousStep,
} from '../../domain/kiosk';
import { answersToVote } from '../../domain/kioskVote';
import type { Process } from '../../domain/process';
import { residentTranslator } from '../../i18n/resident';
import { Age, Buurt, Groups } from './steps/About';
import { Assess } from './steps/Assess';
import { Contact } from './steps/Contact';
import { FromReviewContext, StepNav } from './steps/Frame';
import { OwnWords } from './steps/OwnWords';
import { Review } from './steps/Review';
import { Themes } from './steps/Themes';
import type { StepProps } from './steps/types';
import { Welcome } from './steps/Welcome';
import { usePriorityOffer } from './voting/offer';
import { Priorities } from './voting/Priorities';
import { PrioritiesReview } from './voting/PrioritiesReview';

function localDay(d = new Date()): string {
  const p = (n: number) => String(n).padStart(2, '0');
  return `${d.getFullYear()}-${p(d.getMonth() + 1)}-${p(d.getDate())}`;
}

/** The current resident screen, with forward/back (and "back to the overview" after a change). */
export function Screen({
  process,
  session,
  update,
  meetingId,
  onSent,
  settle,
  onLang,
}: {
  process: Process;
  session: KioskSession;
  update: (fn: (s: KioskSession) => KioskSession) => void;
  meetingId: string;
  onSent: () => Promise<void>;
  settle: () => Promise<void>;
  onLang: (lang: KioskLang) => void;
}) {
  const a = session.answers;
  // Issue 6: "Wat vindt u het belangrijkst?" when a published agenda is on the device.
  const offer = usePriorityOffer(process);
  const withPriorities = !!offer || session.step === 'priorities';
  const goTo = (step: KioskStep, fromReview = false) => update((s) => ({ ...s, step, fromReview }));
  const next = () => {
    if (session.fromReview && session.step !== 'review') {
      // After a change from the overview: straight back there (via the assessment for new themes).
      if (session.step === 'themes' && a.themeIds.length > 0) goTo('assess', true);
      else goTo('review');
      return;
    }
    goTo(nextStep(session.step, a, withPriorities));
  };
  const props: StepProps = {
    process,
    session,
    answers: a,
    setAnswers: (patch: Partial<KioskAnswers>) =>
      update((s) => ({ ...s, answers: { ...s.answers, ...patch } })),
    next,
    back: () => goTo(previousStep(session.step, a, withPriorities), session.fromReview),
    goTo,
  };
  const send = async (): Promise<boolean> => {
    try {
      await settle();
      const { contributions, contact } = answersToRecords(a, {
        processId: process.id,
        meetingId,
        respondentId: session.respondentId,
        lang: session.lang,
        themeIds: process.themes.map((t) => t.id),
        consentText: residentTranslator(
          session.lang,
          process.translations[session.lang],
        )('resident.contact.consent'),
        consentVersion: KIOSK_CONSENT_VERSION,
        today: localDay(),
      });
      const vote = offer
        ? answersToVote(a, {
            processId: process.id,
            meetingId,
            respondentId: session.respondentId,
            agendaYear: offer.year,
            itemIds: offer.items.map((i) => i.id),
            budget: offer.budget,
          })
        : null;
      await saveKioskResponse(contributions, contact, vote);
      await onSent();
      return true;
    } catch (e) {
      console.error('kiosk send', e);
      return false;
    }
  };
  const screen = () => {
    switch (session.step) {
      case 'welcome':
        return <Welcome {...props} onLang={onLang} />;
      case 'themes':
        return <Themes {...props} />;
      case 'assess':
        return <Assess {...props} />;
      case 'words':
        return <OwnWords {...props} />;
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
        return <Contact {...props} />;
      case 'review':
        return (
          <Review
            {...props}
            onSend={send}
            priorities={<PrioritiesReview offer={offer} answers={a} goTo={goTo} />}
          />
        );
    }
  };
  return <FromReviewContext.Provider value={session.fromReview}>{screen()}</FromReviewContext.Provider>;
}
