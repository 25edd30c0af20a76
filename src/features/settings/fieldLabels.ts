import { configFileSchema, processConfigSchema } from '../../domain/process';
import { type Checked, type Problem, parseJson } from '../../domain/validation';
import type { z } from '../../domain/zod';
import { type MessageKey, t } from '../../i18n';

/** Field names per key, for the path of a validation problem. */
const FIELD: Record<string, MessageKey> = {
  name: 'settings.name',
  municipality: 'settings.municipality',
  area: 'settings.area',
  phase: 'settings.phase',
  participationLevel: 'settings.level',
  participationText: 'settings.levelText',
  askedBy: 'settings.askedBy',
  framing: 'settings.framing',
  residentLabel: 'settings.residentLabel',
  questions: 'settings.questions',
  themes: 'settings.themes',
  buurten: 'settings.buurten',
  targetGroups: 'settings.groups',
  connectedProcesses: 'settings.connected',
  settings: 'settings.numbers',
  minGroupSize: 'settings.minGroupSize',
  underRepresentationThreshold: 'settings.threshold',
  dotsPerResident: 'settings.dots',
  feedbackIntervalMonths: 'settings.feedbackMonths',
  contactWeeksAfterFeedback: 'settings.contactWeeks',
  contactMaxMonths: 'settings.contactMonths',
  id: 'settings.id',
  text: 'settings.questionText',
  help: 'settings.questionHelp',
  label: 'settings.label',
  description: 'settings.description',
  icon: 'settings.icon',
  example: 'settings.example',
  themeIds: 'settings.buurtThemes',
  profile: 'settings.profile',
  value: 'settings.factValue',
  source: 'settings.source',
  year: 'settings.sourceYear',
  sensitive: 'settings.sensitive',
  share: 'settings.share',
  total: 'settings.shareTotal',
  hook: 'settings.hook',
  format: 'settings.fileFormat',
  version: 'settings.fileVersion',
};

/** What one item of a list is called: "Thema 3". */
const ITEM: Record<string, MessageKey> = {
  questions: 'settings.question',
  themes: 'settings.themeN',
  buurten: 'settings.buurtN',
  targetGroups: 'settings.groupN',
  connectedProcesses: 'settings.connectedN',
  profile: 'settings.factN',
};

type Obj = Record<string, unknown>;
const isObj = (v: unknown): v is Obj => typeof v === 'object' && v !== null && !Array.isArray(v);
const nameOf = (v: unknown): string | undefined => {
  if (!isObj(v)) return undefined;
  const n = v.label ?? v.name ?? v.text;
  return typeof n === 'string' && n.trim() ? n.trim().slice(0, 40) : undefined;
};

/**
 * A validation path in plain Dutch, naming the field as the editor shows it:
 * ['buurten', 2, 'themeIds', 0] → "Buurten › Buurt 3 (Campagne) › Thema’s die spelen in deze buurt › 1".
 * `data` is the checked input (to name items by their label).
 */
export function fieldLabel(path: readonly PropertyKey[], data?: unknown): string {
  if (path.length === 0) return t('settings.file');
  const parts: string[] = [];
  let cur: unknown = data;
  let parentKey = '';
  let buurten: unknown;
  for (let i = 0; i < path.length; i++) {
    const seg = path[i]!;
    const next = Array.isArray(cur) || isObj(cur) ? (cur as Obj)[seg as string] : undefined;
    if (seg === 'process' && i === 0) {
      cur = next;
      continue;
    }
    if (typeof seg === 'number') {
      const item = ITEM[parentKey];
      const n = nameOf(next);
      parts.push(item ? `${t(item, { n: seg + 1 })}${n ? ` (${n})` : ''}` : String(seg + 1));
    } else if (parentKey === 'byBuurt') {
      const b = Array.isArray(buurten) ? buurten.find((x) => isObj(x) && x.id === seg) : undefined;
      parts.push(t('settings.shareIn', { buurt: nameOf(b) ?? String(seg) }));
    } else if (seg === 'byBuurt') {
      // named by the buurt that follows
    } else {
      const key = FIELD[String(seg)];
      parts.push(key ? t(key) : String(seg));
    }
    if (seg === 'buurten' && isObj(cur)) buurten = cur.buurten;
    if (isObj(cur) && Array.isArray(cur.buurten)) buurten = cur.buurten;
    parentKey = String(seg);
    cur = next;
  }
  return parts.join(' › ') || t('settings.file');
}

function valueAt(data: unknown, path: readonly PropertyKey[]): unknown {
  let cur = data;
  for (const seg of path) cur = Array.isArray(cur) || isObj(cur) ? (cur as Obj)[seg as string] : undefined;
  return cur;
}

const TYPES = ['string', 'number', 'boolean', 'array', 'object'] as const;
const isType = (type: string): type is (typeof TYPES)[number] => (TYPES as readonly string[]).includes(type);
const typeName = (type: string): string => t(`settings.type.${isType(type) ? type : 'other'}`);
const typeOf = (v: unknown): string => (Array.isArray(v) ? 'array' : v === null ? 'other' : typeof v);

/** Plain Dutch for a wrong or missing value; other messages are already Dutch (schemas, zod's nl locale). */
function messageOf(issue: z.core.$ZodIssue, data: unknown): string {
  if (issue.code !== 'invalid_type') return issue.message;
  const value = valueAt(data, issue.path);
  if (value === undefined) return t('settings.err.missing');
  return t('settings.err.type', { type: typeName(issue.expected), got: typeName(typeOf(value)) });
}

export function problemsWithLabels(error: z.core.$ZodError, data: unknown): Problem[] {
  return error.issues.map((i) => ({ field: fieldLabel(i.path, data), message: messageOf(i, data) }));
}

/** Check the editor's input against the process schema; problems name the fields in Dutch. */
export function checkConfig(input: unknown) {
  const r = processConfigSchema.safeParse(input);
  return r.success
    ? ({ ok: true, value: r.data } as const)
    : ({ ok: false, problems: problemsWithLabels(r.error, input), issues: r.error.issues } as const);
}

/** Read a configuration file's text; never throws; problems name the fields in Dutch. */
export function readConfigFile(text: string): Checked<z.infer<typeof configFileSchema>> {
  const json = parseJson(text);
  if (!json.ok)
    return { ok: false, problems: json.problems.map((p) => ({ ...p, field: t('settings.file') })) };
  const r = configFileSchema.safeParse(json.value);
  if (r.success) return { ok: true, value: r.data };
  return { ok: false, problems: problemsWithLabels(r.error, json.value) };
}
