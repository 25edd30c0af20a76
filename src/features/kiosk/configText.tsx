import { textKey } from '../../domain/configText';
import type { Process } from '../../domain/process';
import { buurtText, groupText, type Resident, themeText, useResident } from './resident';

/**
 * The one place where the kiosk shows texts from the process configuration (the question, the
 * framing, who asks, theme labels, buurt names, target groups as a resident says it). Each goes
 * through the resolver of src/domain/configText.ts (via `resident.cfg`): the translation in the
 * resident's language, or the Dutch source marked lang="nl" when there is none.
 */
export interface ConfigText {
  text: string;
  /** Attributes for the element that shows the text (lang/dir when it differs from the kiosk's). */
  attrs: { lang?: string; dir?: 'ltr' };
}

export interface ConfigTexts {
  framing(): ConfigText;
  askedBy(): ConfigText;
  /** What the participation level means for the resident (the configured text, translated or Dutch). */
  participation(): ConfigText;
  question(id: string): ConfigText;
  questionHelp(id: string): ConfigText;
  theme(id: string): ConfigText;
  themeDescription(id: string): ConfigText;
  buurt(id: string): ConfigText;
  /** A target group as residents say it about themselves ("Ik zorg voor iemand"). */
  group(id: string): ConfigText;
}

export function configTexts(process: Process, resident: Resident): ConfigTexts {
  const { cfg, nlAttrs } = resident;
  const empty: ConfigText = { text: '', attrs: {} };
  const question = (id: string) => process.questions.find((q) => q.id === id);
  return {
    framing: () => (process.framing ? cfg('framing', process.framing) : empty),
    askedBy: () => cfg('askedBy', process.askedBy),
    participation: () => cfg('participationText', process.participationText),
    question: (id) => {
      const q = question(id);
      return q ? cfg(textKey.question(id, 'text'), q.text) : { text: id, attrs: nlAttrs };
    },
    questionHelp: (id) => {
      const help = question(id)?.help;
      return help ? cfg(textKey.question(id, 'help'), help) : empty;
    },
    theme: (id) => themeText(resident, process, id),
    themeDescription: (id) => {
      const th = process.themes.find((x) => x.id === id);
      return th?.description ? themeText(resident, process, id, 'description') : empty;
    },
    buurt: (id) => buurtText(resident, process, id),
    group: (id) => groupText(resident, process, id) ?? { text: id, attrs: nlAttrs },
  };
}

export function useConfigText(process: Process): ConfigTexts {
  return configTexts(process, useResident());
}

/** A configuration text in its own element, with its language. */
export function CT({
  v,
  as: Tag = 'span',
  class: cls,
}: {
  v: ConfigText;
  as?: 'span' | 'p' | 'strong';
  class?: string;
}) {
  return (
    <Tag class={cls} {...v.attrs}>
      {v.text}
    </Tag>
  );
}
