/**
 * The longest text each resident-facing field accepts, in one place: the record schemas
 * (process.ts, agenda.ts, feedback.ts), the translator's list of configuration texts (configText.ts)
 * and the forms' maxLength all read these, so a limit cannot differ between them. Pure numbers,
 * no zod: the kiosk and the settings screen import this without loading a schema library.
 */
export const TEXT_MAX = {
  askedBy: 300,
  participationText: 600,
  framing: 600,
  questionText: 400,
  questionHelp: 1000,
  themeLabel: 80,
  themeDescription: 400,
  groupLabel: 80,
  groupResidentLabel: 120,
  groupDescription: 400,
  buurtName: 120,
  agendaTitle: 120,
  agendaResidentText: 140,
  agendaDescription: 2000,
  feedbackText: 5000,
} as const;
