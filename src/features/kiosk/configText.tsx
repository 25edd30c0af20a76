import type { Process } from '../../domain/process';
import { useResident } from './resident';

/**
 * The one place where the kiosk shows texts from the process configuration (the question, the
 * framing, who asks, theme labels, buurt names, target groups as a resident says it). Each comes
 * with the language it is in: the configuration is Dutch, so on a kiosk in another language these
 * texts are marked lang="nl". Issue 13 items 1-3 (translated configuration texts) replace the body
 * of `useConfigText` with the resolver; the screens do not change.
 */
export interface ConfigText {
  text: string;
  /** Attributes for the element that shows the text (lang/dir when it differs from the kiosk's). */
  attrs: { lang?: string; dir?: 'ltr' };
}

export interface ConfigTexts {
  framing(): ConfigText;
  askedBy(): ConfigText;
  /** What the participation level means for the resident (the configured text in Dutch). */
  participation(): ConfigText;
  question(id: string): ConfigText;
  questionHelp(id: string): ConfigText;
  theme(id: string): ConfigText;
  themeDescription(id: string): ConfigText;
  buurt(id: string): ConfigText;
  /** A target group as residents say it about themselves ("Ik zorg voor iemand"). */
  group(id: string): ConfigText;
}

export function configTexts(process: Process, nlAttrs: ConfigText['attrs']): ConfigTexts {
  const nl = (text: string | undefined): ConfigText => ({ text: text ?? '', attrs: nlAttrs });
  const question = (id: string) => process.questions.find((q) => q.id === id);
  const theme = (id: string) => process.themes.find((th) => th.id === id);
  return {
    framing: () => nl(process.framing),
    askedBy: () => nl(process.askedBy),
    participation: () => nl(process.participationText),
    question: (id) => nl(question(id)?.text ?? id),
    questionHelp: (id) => nl(question(id)?.help),
    theme: (id) => nl(theme(id)?.label ?? id),
    themeDescription: (id) => nl(theme(id)?.description),
    buurt: (id) => nl(process.buurten.find((b) => b.id === id)?.name ?? id),
    group: (id) => {
      const g = process.targetGroups.find((x) => x.id === id);
      return nl(g ? g.residentLabel || g.label : id);
    },
  };
}

export function useConfigText(process: Process): ConfigTexts {
  const { nlAttrs } = useResident();
  return configTexts(process, nlAttrs);
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
