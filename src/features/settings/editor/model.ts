import type { ProcessConfig } from '../../../domain/process';

/**
 * The configuration as the editor holds it: like ProcessConfig, but every number is the text the
 * coordinator typed (so "0,19" or a half-typed value survives a reload), and new items carry
 * `isNew` (their id follows their label until they are saved). `fromDraft` turns it back into input
 * for `processConfigSchema`, keeping every list index, so validation paths point at editor fields.
 */
export interface DraftSource {
  label: string;
  year: string;
  example: boolean;
}
export interface DraftQuestion {
  id: string;
  text: string;
  help: string;
  isNew?: boolean;
}
export interface DraftTheme {
  id: string;
  label: string;
  description: string;
  icon: string;
  example: boolean;
  isNew?: boolean;
}
export interface DraftFact {
  label: string;
  value: string;
  source: DraftSource;
}
export interface DraftBuurt {
  id: string;
  name: string;
  themeIds: string[];
  profile: DraftFact[];
  isNew?: boolean;
}
export interface DraftGroup {
  id: string;
  label: string;
  residentLabel: string;
  description: string;
  sensitive: boolean;
  total: string;
  byBuurt: Record<string, string>;
  source: DraftSource;
  isNew?: boolean;
}
export interface DraftConnected {
  id: string;
  name: string;
  description: string;
  hook: string;
  isNew?: boolean;
}
export interface DraftSettings {
  minGroupSize: string;
  underRepresentationThreshold: string;
  dotsPerResident: string;
  feedbackIntervalMonths: string;
  contactWeeksAfterFeedback: string;
  contactMaxMonths: string;
}
export interface DraftConfig {
  name: string;
  municipality: string;
  area: string;
  phase: ProcessConfig['phase'];
  participationLevel: ProcessConfig['participationLevel'];
  participationText: string;
  askedBy: string;
  framing: string;
  questions: DraftQuestion[];
  themes: DraftTheme[];
  buurten: DraftBuurt[];
  targetGroups: DraftGroup[];
  connectedProcesses: DraftConnected[];
  /** Not edited here (the languages section imports them); carried so a save keeps them. */
  translations?: ProcessConfig['translations'];
  settings: DraftSettings;
}

/** Numbers shown the Dutch way (0,19). */
export const numText = (n: number | undefined): string =>
  n === undefined ? '' : String(n).replace('.', ',');

/** Typed text → number; empty → undefined; not a number → the text itself (so zod names the field). */
export function textNum(s: string): number | string | undefined {
  const v = s.trim().replace(',', '.');
  if (v === '') return undefined;
  const n = Number(v);
  return Number.isFinite(n) ? n : s;
}

const sourceToDraft = (s: { label: string; year?: number | undefined; example: boolean }): DraftSource => ({
  label: s.label,
  year: s.year === undefined ? '' : String(s.year),
  example: s.example,
});
const sourceFromDraft = (s: DraftSource) => ({
  label: s.label,
  ...(s.year.trim() ? { year: textNum(s.year) } : {}),
  example: s.example,
});

export function toDraft(c: ProcessConfig): DraftConfig {
  return {
    name: c.name,
    municipality: c.municipality,
    area: c.area,
    phase: c.phase,
    participationLevel: c.participationLevel,
    participationText: c.participationText,
    askedBy: c.askedBy,
    framing: c.framing ?? '',
    questions: c.questions.map((q) => ({ id: q.id, text: q.text, help: q.help ?? '' })),
    themes: c.themes.map((t) => ({ ...t })),
    buurten: c.buurten.map((b) => ({
      id: b.id,
      name: b.name,
      themeIds: [...b.themeIds],
      profile: b.profile.map((f) => ({ label: f.label, value: f.value, source: sourceToDraft(f.source) })),
    })),
    targetGroups: c.targetGroups.map((g) => ({
      id: g.id,
      label: g.label,
      residentLabel: g.residentLabel ?? '',
      description: g.description,
      sensitive: g.sensitive,
      total: numText(g.share.total),
      byBuurt: Object.fromEntries(Object.entries(g.share.byBuurt).map(([k, v]) => [k, numText(v)])),
      source: sourceToDraft(g.source),
    })),
    connectedProcesses: c.connectedProcesses.map((p) => ({ ...p })),
    translations: c.translations,
    settings: {
      minGroupSize: numText(c.settings.minGroupSize),
      underRepresentationThreshold: numText(c.settings.underRepresentationThreshold),
      dotsPerResident: numText(c.settings.dotsPerResident),
      feedbackIntervalMonths: numText(c.settings.feedbackIntervalMonths),
      contactWeeksAfterFeedback: numText(c.settings.contactWeeksAfterFeedback ?? 4),
      contactMaxMonths: numText(c.settings.contactMaxMonths ?? 12),
    },
  };
}

/** Input for processConfigSchema (unvalidated; indices match the draft's). */
export function fromDraft(d: DraftConfig): unknown {
  const byBuurt = (m: Record<string, string>) =>
    Object.fromEntries(
      Object.entries(m)
        .filter(([, v]) => v.trim() !== '')
        .map(([k, v]) => [k, textNum(v)]),
    );
  const settings = Object.fromEntries(
    Object.entries(d.settings)
      .map(([k, v]) => [k, textNum(v)])
      .filter(([, v]) => v !== undefined),
  );
  return {
    name: d.name,
    municipality: d.municipality,
    area: d.area,
    phase: d.phase,
    participationLevel: d.participationLevel,
    participationText: d.participationText,
    askedBy: d.askedBy,
    framing: d.framing,
    questions: d.questions.map((q) => ({
      id: q.id,
      text: q.text,
      ...(q.help.trim() ? { help: q.help } : {}),
    })),
    themes: d.themes.map(({ isNew: _n, ...t }) => t),
    buurten: d.buurten.map((b) => ({
      id: b.id,
      name: b.name,
      themeIds: b.themeIds,
      profile: b.profile.map((f) => ({ label: f.label, value: f.value, source: sourceFromDraft(f.source) })),
    })),
    targetGroups: d.targetGroups.map((g) => ({
      id: g.id,
      label: g.label,
      residentLabel: g.residentLabel,
      description: g.description,
      sensitive: g.sensitive,
      share: { ...(g.total.trim() ? { total: textNum(g.total) } : {}), byBuurt: byBuurt(g.byBuurt) },
      source: sourceFromDraft(g.source),
    })),
    connectedProcesses: d.connectedProcesses.map(({ isNew: _n, ...p }) => p),
    translations: d.translations ?? {},
    settings,
  };
}
