import type { ComponentChild } from 'preact';
import type { ShownText } from '../kiosk/resident';

/** A text of the report as shown: in the report's language, or Dutch marked lang="nl" (see ShownText). */
export function Shown({ s }: { s: ShownText }) {
  return <span {...s.attrs}>{s.text}</span>;
}

/**
 * A translated sentence with parts that are not text of the catalogue (a buurt name, a place):
 * the translator leaves `{name}` placeholders it was not given as they are, and they are filled here
 * with their own element, so a Dutch name inside an Arabic sentence carries its own lang="nl".
 */
export function Fill({ text, parts }: { text: string; parts: Record<string, ComponentChild> }) {
  const out: ComponentChild[] = [];
  let last = 0;
  for (const m of text.matchAll(/\{(\w+)\}/g)) {
    const name = m[1]!;
    if (!(name in parts)) continue;
    out.push(text.slice(last, m.index), parts[name]);
    last = m.index + m[0].length;
  }
  out.push(text.slice(last));
  return <>{out}</>;
}
