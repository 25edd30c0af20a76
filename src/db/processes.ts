import { effectiveK } from '../domain/analysis/suppress';
import { formatHlc } from '../domain/clock';
import { byName } from '../domain/order';
import type { ConfigFile, Process, ProcessConfig } from '../domain/process';
import { slugify } from '../domain/slug';
import type { Checked } from '../domain/validation';
import { getKv, setKv } from './kv';
import { notDeleted } from './records';
import { db } from './schema';
import { schemas } from './schemas';
import { type Tx, write } from './write';

const ACTIVE_KEY = 'activeProcessId';

/**
 * A stored process as every screen and output reads it: k never below 5 (a process stored by an
 * older version could hold less) and the contact retention settings filled in when missing.
 */
function withFloor<T extends Process>(p: T): T {
  const s = p.settings;
  return {
    ...p,
    settings: {
      ...s,
      minGroupSize: effectiveK(s.minGroupSize),
      contactWeeksAfterFeedback: s.contactWeeksAfterFeedback ?? 4,
      contactMaxMonths: s.contactMaxMonths ?? 12,
    },
  };
}

export async function listProcesses(): Promise<Process[]> {
  return (await db.processes.toArray())
    .filter(notDeleted)
    .map(withFloor)
    .sort((a, b) => byName(a.name, b.name));
}

/** The process this device works on (the first one when none was chosen). */
export async function getActiveProcess(): Promise<Process | undefined> {
  const id = await getKv<string>(ACTIVE_KEY);
  const chosen = id ? await db.processes.get(id) : undefined;
  if (chosen && !chosen.deleted) return withFloor(chosen);
  return (await listProcesses())[0];
}

export async function setActiveProcess(id: string): Promise<void> {
  await setKv(ACTIVE_KEY, id);
}

/** Validate a configuration file's text; never throws. */
export async function readConfigText(text: string): Promise<Checked<ConfigFile>> {
  return (await schemas()).readConfigText(text);
}

/**
 * Add a process from a (validated) configuration, or replace the configuration of an existing
 * process when `processId` is given. The previous configuration stays when validation fails.
 */
export function saveProcessConfig(config: ProcessConfig, processId?: string): Promise<Process> {
  return write([db.processes], async (tx) => {
    const prev = processId ? await tx.get('processes', processId) : undefined;
    const row = prev ? await tx.change('processes', prev, config) : await tx.create('processes', config);
    if (!prev) await db.kv.put({ key: ACTIVE_KEY, value: row.id });
    return row;
  });
}

/** The configuration of a process: the record without its meta fields. */
export function configOf(p: Process): ProcessConfig {
  const { id: _i, createdAt: _c, updatedAt: _u, deviceId: _d, rev: _r, deleted: _x, ...config } = p;
  return config;
}

/**
 * Building block: a theme typed during a meeting, added to the process's themes inside the
 * caller's write. Returns the theme's id (the existing one when a theme with that id is there).
 */
export async function addThemeToProcess(tx: Tx, processId: string, label: string): Promise<string> {
  const trimmed = label.trim();
  const id = slugify(trimmed) || 'thema';
  const prev = await tx.get('processes', processId);
  if (!prev || prev.deleted) throw new Error(`process ${processId} not found`);
  if (prev.themes.some((th) => th.id === id)) return id;
  await tx.change('processes', prev, {
    themes: [...prev.themes, { id, label: trimmed, description: '', icon: 'star', example: false }],
  });
  return id;
}

/** Device id of the shared first version of a configuration file (not a real device). */
export const CONFIG_DEVICE = 'config';
const SHARED_ISSUED_AT = '2026-01-01T00:00:00.000Z';

/**
 * The first version of a process from a configuration file with an id: the same record on every
 * device (same id, stamps and content), so it merges as one version, never as a conflict.
 */
function saveSharedProcess(id: string, issuedAt: string, config: ProcessConfig): Promise<Process> {
  const stamp = formatHlc({ ms: Date.parse(issuedAt), counter: 0, deviceId: CONFIG_DEVICE });
  return write([db.processes], async (tx) => {
    const row = await tx.given('processes', {
      ...config,
      id,
      createdAt: new Date(Date.parse(issuedAt)).toISOString(),
      updatedAt: stamp,
      deviceId: CONFIG_DEVICE,
      rev: 1,
      deleted: false,
      vv: { [CONFIG_DEVICE]: stamp },
    });
    await db.kv.put({ key: ACTIVE_KEY, value: row.id });
    return row;
  });
}

/** Whether any process is stored (a fresh device has none until its configuration is loaded). */
export async function hasProcess(): Promise<boolean> {
  return (await db.processes.count()) > 0;
}

/** First start: load the configuration shipped next to the app (config.json), if there is no process yet. */
export async function loadInitialConfig(fetchText: () => Promise<string>): Promise<Checked<Process> | null> {
  if ((await db.processes.count()) > 0) return null;
  let text: string;
  try {
    text = await fetchText();
  } catch {
    return {
      ok: false,
      problems: [{ field: 'config.json', message: 'het bestand kon niet worden gelezen' }],
    };
  }
  const parsed = await readConfigText(text);
  if (!parsed.ok) return parsed;
  const { id, issuedAt, process } = parsed.value;
  if (!id) return { ok: true, value: await saveProcessConfig(process) };
  return { ok: true, value: await saveSharedProcess(id, issuedAt ?? SHARED_ISSUED_AT, process) };
}

/**
 * Store the translations of one language (an imported translation file, already checked by
 * src/i18n/translationFile.ts): replaces that language's texts, leaves the other languages alone.
 */
export function saveTranslations(
  processId: string,
  lang: string,
  texts: Process['translations'][string],
): Promise<Process> {
  return write([db.processes], async (tx) => {
    const prev = await tx.get('processes', processId);
    if (!prev || prev.deleted) throw new Error(`process ${processId} not found`);
    return tx.change('processes', prev, { translations: { ...prev.translations, [lang]: texts } });
  });
}
