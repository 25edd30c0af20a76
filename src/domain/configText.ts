import type { ProcessConfig, TranslatedEntry, Translations } from './process';
import { TEXT_MAX } from './textLimits';

/**
 * The resident-facing texts of a process configuration, in one list: what a translator gets
 * (export), what the settings screen counts as missing per language, and what the kiosk resolves.
 * Every text has a stable key (`theme.<id>.label`), its Dutch source, its maximum length (the
 * schema's, from TEXT_MAX) and a note for the translator. Pure: no DOM, no Dexie.
 *
 * Texts that are not configuration but are shown to residents the same way (agenda items as dot
 * voting shows them, "Wat we hoorden" feedback) come in as `extra` and get keys by record id; their
 * translations live with the configuration's (`translations[lang][key]`), so one file carries a
 * whole language and one record holds it.
 */

export interface ConfigText {
  key: string;
  /** The Dutch text (the source of every translation). */
  source: string;
  /** Longest translation the schema accepts. */
  max: number;
  /** For the translator: what the text is and where residents see it. */
  note: string;
}

/** The few fields of an agenda item this list needs (src/domain/agenda.ts). */
export interface AgendaText {
  id: string;
  title: string;
  residentText: string;
  description: string;
  deleted?: boolean;
}
/** The few fields of a feedback record this list needs (src/domain/feedback.ts). */
export interface FeedbackText {
  id: string;
  text: string;
  deleted?: boolean;
}
export interface ExtraTexts {
  agendaItems?: readonly AgendaText[];
  feedback?: readonly FeedbackText[];
}

/** The key of a configuration text; the kiosk and the list build keys only through these. */
export const textKey = {
  question: (id: string, field: 'text' | 'help') => `question.${id}.${field}`,
  theme: (id: string, field: 'label' | 'description') => `theme.${id}.${field}`,
  group: (id: string, field: 'label' | 'residentLabel' | 'description') => `group.${id}.${field}`,
  buurt: (id: string) => `buurt.${id}.name`,
  /** The short text dot voting shows (residentText, or the title when there is none). */
  agenda: (id: string) => `agenda.${id}.text`,
  agendaDescription: (id: string) => `agenda.${id}.description`,
  feedback: (id: string) => `feedback.${id}.text`,
} as const;

/** The keys a configuration text can have (for an import: a key outside these is refused). */
export const CONFIG_KEY_PATTERN =
  /^(askedBy|participationText|framing|(question|theme|group|buurt|agenda|feedback)\.[^.\s]+\.(text|help|label|description|residentLabel|name))$/;

/** The text agenda items show on the kiosk (as residentTextOf in src/domain/agenda.ts). */
const agendaShown = (i: AgendaText) => i.residentText || i.title;

/** Every resident-facing text of the configuration (and of `extra`), in the order residents meet them. */
export function configTexts(p: ProcessConfig, extra: ExtraTexts = {}): ConfigText[] {
  const out: ConfigText[] = [];
  const add = (key: string, source: string | undefined, max: number, note: string) => {
    if (source?.trim()) out.push({ key, source, max, note });
  };
  add(
    'askedBy',
    p.askedBy,
    TEXT_MAX.askedBy,
    'Kiosk welcome screen: who asks the question and what happens with the answers.',
  );
  add(
    'participationText',
    p.participationText,
    TEXT_MAX.participationText,
    'Kiosk welcome screen: what residents can and cannot influence (the participation level), in plain words.',
  );
  add(
    'framing',
    p.framing,
    TEXT_MAX.framing,
    'Kiosk welcome screen: what this conversation is about and what it is not about (limits of content and money).',
  );
  for (const q of p.questions) {
    add(
      textKey.question(q.id, 'text'),
      q.text,
      TEXT_MAX.questionText,
      'A question residents are asked. Short, plain, polite form.',
    );
    add(textKey.question(q.id, 'help'), q.help, TEXT_MAX.questionHelp, 'Explanation under the question.');
  }
  for (const th of p.themes) {
    add(
      textKey.theme(th.id, 'label'),
      th.label,
      TEXT_MAX.themeLabel,
      'Topic card on the kiosk (with a pictogram). One to three words.',
    );
    add(
      textKey.theme(th.id, 'description'),
      th.description,
      TEXT_MAX.themeDescription,
      'One line under the topic card.',
    );
  }
  for (const g of p.targetGroups) {
    add(
      textKey.group(g.id, 'label'),
      g.label,
      TEXT_MAX.groupLabel,
      'Name of a group of residents (shown when there is no self-description).',
    );
    add(
      textKey.group(g.id, 'residentLabel'),
      g.residentLabel,
      TEXT_MAX.groupResidentLabel,
      'How a resident says this about themselves ("I care for someone"); a checkbox on the kiosk. First person, respectful.',
    );
    add(
      textKey.group(g.id, 'description'),
      g.description,
      TEXT_MAX.groupDescription,
      'Explanation of the group.',
    );
  }
  for (const b of p.buurten) {
    add(
      textKey.buurt(b.id),
      b.name,
      TEXT_MAX.buurtName,
      'Name of a neighbourhood. Usually kept as it is; transliterate only for other scripts if that helps residents.',
    );
  }
  for (const i of extra.agendaItems ?? []) {
    if (i.deleted) continue;
    add(
      textKey.agenda(i.id),
      agendaShown(i),
      TEXT_MAX.agendaResidentText,
      'An agenda point residents give dots to on the kiosk. One short line.',
    );
    add(
      textKey.agendaDescription(i.id),
      i.description,
      TEXT_MAX.agendaDescription,
      'The agenda point explained, for the "Wat we hoorden" report.',
    );
  }
  for (const f of extra.feedback ?? []) {
    if (f.deleted) continue;
    add(
      textKey.feedback(f.id),
      f.text,
      TEXT_MAX.feedbackText,
      '"Wat we hoorden": what was done with what residents said.',
    );
  }
  return out;
}

/** A text as shown: the translation in `lang`, or the Dutch source marked `lang: 'nl'`. */
export interface Localised {
  text: string;
  lang: string;
}

/** The translated text of one entry (a configuration text is never a plural). */
function stringOf(entry: TranslatedEntry | undefined): string | undefined {
  return typeof entry === 'string' && entry.trim() ? entry : undefined;
}

/**
 * The fallback rule, in one place: Dutch needs nothing; another language gets its translation
 * when there is a non-empty one, else the Dutch source with lang "nl".
 */
export function localise(
  translations: Translations | undefined,
  lang: string,
  key: string,
  source: string,
): Localised {
  if (lang === 'nl') return { text: source, lang: 'nl' };
  const text = stringOf(translations?.[lang]?.[key]);
  return text === undefined ? { text: source, lang: 'nl' } : { text, lang };
}

/** The resolver for one language: `(key, source) => Localised`. */
export function configResolver(
  translations: Translations | undefined,
  lang: string,
): (key: string, source: string) => Localised {
  return (key, source) => localise(translations, lang, key, source);
}

/** The texts of `list` that have no translation in `lang` yet. */
export function missingIn(
  list: readonly ConfigText[],
  translations: Translations | undefined,
  lang: string,
): ConfigText[] {
  if (lang === 'nl') return [];
  const own = translations?.[lang] ?? {};
  return list.filter((c) => stringOf(own[c.key]) === undefined);
}
