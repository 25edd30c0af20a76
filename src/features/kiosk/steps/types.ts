import type { KioskAnswers, KioskSession, KioskStep } from '../../../domain/kiosk';
import type { Process } from '../../../domain/process';

/** What every resident screen gets from the kiosk. */
export interface StepProps {
  process: Process;
  session: KioskSession;
  answers: KioskAnswers;
  setAnswers: (patch: Partial<KioskAnswers>) => void;
  next: () => void;
  back: () => void;
  goTo: (step: KioskStep) => void;
  /** Leaving this screen saves ("Klaar" instead of "Verder"). */
  last: boolean;
  /** A save is under way. */
  busy: boolean;
}
