import { uniqueSlug } from '../../../domain/slug';
import type {
  DraftBuurt,
  DraftConfig,
  DraftConnected,
  DraftFact,
  DraftGroup,
  DraftQuestion,
  DraftSource,
  DraftTheme,
} from './model';

/** Edits of the draft that keep references (buurt themes, shares per buurt) intact. */

export function replaceAt<T>(list: T[], i: number, next: T): T[] {
  return list.map((x, j) => (j === i ? next : x));
}

export function removeAt<T>(list: T[], i: number): T[] {
  return list.filter((_, j) => j !== i);
}

/** A new item's id follows its label; existing ids never change (records refer to them). */
function followLabel(list: { id: string; isNew?: boolean }[], i: number, label: string, fallback: string) {
  const item = list[i]!;
  if (!item.isNew) return item.id;
  return uniqueSlug(
    label,
    list.filter((_, j) => j !== i).map((x) => x.id),
    fallback,
  );
}

export function setThemeLabel(d: DraftConfig, i: number, label: string): DraftConfig {
  const old = d.themes[i]!;
  const id = followLabel(d.themes, i, label, 'thema');
  return {
    ...d,
    themes: replaceAt(d.themes, i, { ...old, label, id }),
    buurten:
      id === old.id
        ? d.buurten
        : d.buurten.map((b) => ({ ...b, themeIds: b.themeIds.map((t) => (t === old.id ? id : t)) })),
  };
}

export function removeTheme(d: DraftConfig, i: number): DraftConfig {
  const id = d.themes[i]!.id;
  return {
    ...d,
    themes: removeAt(d.themes, i),
    buurten: d.buurten.map((b) => ({ ...b, themeIds: b.themeIds.filter((t) => t !== id) })),
  };
}

export function setBuurtName(d: DraftConfig, i: number, name: string): DraftConfig {
  const old = d.buurten[i]!;
  const id = followLabel(d.buurten, i, name, 'buurt');
  const rename = (m: Record<string, string>) =>
    Object.fromEntries(Object.entries(m).map(([k, v]) => [k === old.id ? id : k, v]));
  return {
    ...d,
    buurten: replaceAt(d.buurten, i, { ...old, name, id }),
    targetGroups:
      id === old.id ? d.targetGroups : d.targetGroups.map((g) => ({ ...g, byBuurt: rename(g.byBuurt) })),
  };
}

export function removeBuurt(d: DraftConfig, i: number): DraftConfig {
  const id = d.buurten[i]!.id;
  return {
    ...d,
    buurten: removeAt(d.buurten, i),
    targetGroups: d.targetGroups.map((g) => {
      const { [id]: _gone, ...rest } = g.byBuurt;
      return { ...g, byBuurt: rest };
    }),
  };
}

export function setGroupLabel(d: DraftConfig, i: number, label: string): DraftConfig {
  const old = d.targetGroups[i]!;
  return {
    ...d,
    targetGroups: replaceAt(d.targetGroups, i, {
      ...old,
      label,
      id: followLabel(d.targetGroups, i, label, 'groep'),
    }),
  };
}

export function setQuestionText(d: DraftConfig, i: number, text: string): DraftConfig {
  const old = d.questions[i]!;
  const words = text.split(/\s+/).slice(0, 6).join(' ');
  return {
    ...d,
    questions: replaceAt(d.questions, i, { ...old, text, id: followLabel(d.questions, i, words, 'vraag') }),
  };
}

export function setConnectedName(d: DraftConfig, i: number, name: string): DraftConfig {
  const old = d.connectedProcesses[i]!;
  return {
    ...d,
    connectedProcesses: replaceAt(d.connectedProcesses, i, {
      ...old,
      name,
      id: followLabel(d.connectedProcesses, i, name, 'proces'),
    }),
  };
}

const emptySource = (): DraftSource => ({ label: '', year: '', example: true });

export const newQuestion = (d: DraftConfig): DraftQuestion => ({
  id: uniqueSlug(
    '',
    d.questions.map((q) => q.id),
    'vraag',
  ),
  text: '',
  help: '',
  isNew: true,
});
export const newTheme = (d: DraftConfig): DraftTheme => ({
  id: uniqueSlug(
    '',
    d.themes.map((t) => t.id),
    'thema',
  ),
  label: '',
  description: '',
  icon: 'star',
  example: false,
  isNew: true,
});
export const newBuurt = (d: DraftConfig): DraftBuurt => ({
  id: uniqueSlug(
    '',
    d.buurten.map((b) => b.id),
    'buurt',
  ),
  name: '',
  themeIds: [],
  profile: [],
  isNew: true,
});
export const newGroup = (d: DraftConfig): DraftGroup => ({
  id: uniqueSlug(
    '',
    d.targetGroups.map((g) => g.id),
    'groep',
  ),
  label: '',
  residentLabel: '',
  description: '',
  sensitive: false,
  total: '',
  byBuurt: {},
  source: emptySource(),
  isNew: true,
});
export const newConnected = (d: DraftConfig): DraftConnected => ({
  id: uniqueSlug(
    '',
    d.connectedProcesses.map((p) => p.id),
    'proces',
  ),
  name: '',
  description: '',
  hook: '',
  isNew: true,
});
export const newFact = (): DraftFact => ({ label: '', value: '', source: emptySource() });

/** Element id of the editor field for a validation path, e.g. cfg-themes-2-label. */
export function fieldId(path: readonly PropertyKey[]): string {
  return `cfg-${path.map((p) => String(p).replace(/[^A-Za-z0-9_-]/g, '_')).join('-')}`;
}
