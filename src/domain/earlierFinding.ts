import type { Translate } from './analysis/labels';
import {
  CONTRIBUTION_KINDS,
  type ContributionKind,
  EARLIER_SOURCE_KINDS,
  type EarlierSourceKind,
} from './constants';
import { CSV_BOM, CSV_NEWLINE, csvLine } from './csv';
import { nonEmptyText, recordMetaSchema, slugSchema } from './record';
import { z } from './zod';

/**
 * Earlier findings (issue 16 item 2): what was gathered before this process (stadsdeelbezoeken,
 * the survey among mantelzorgers, knelpunten of the gemeenschapshuizen), entered or imported by
 * the coordinator with its source and date. No meeting is invented for them: they are their own
 * records. They count in the themes and the shared picture, marked as earlier findings, and never
 * in reach (src/domain/voices.ts).
 */
export const earlierSourceKindSchema = z.enum(EARLIER_SOURCE_KINDS);

export const earlierFindingSchema = z.extend(recordMetaSchema, {
  processId: z.uuid(),
  /** The day of the finding (of the visit, the survey, the report): yyyy-mm-dd. */
  date: z.iso.date({ error: 'geen geldige datum (jjjj-mm-dd)' }),
  /** The source as the coordinator names it ("Stadsdeelbezoek Zuid, voorjaar 2024"). */
  source: nonEmptyText(200),
  sourceKind: z._default(earlierSourceKindSchema, 'anders'),
  /** The buurt it is about; absent: the whole area. */
  buurtId: z.optional(z.string().check(z.maxLength(60))),
  themeIds: z._default(z.array(slugSchema).check(z.maxLength(50)), []),
  kind: z._default(z.enum(CONTRIBUTION_KINDS), 'knelpunt'),
  text: nonEmptyText(5000),
});
export type EarlierFinding = z.infer<typeof earlierFindingSchema>;
export type EarlierFindingFields = Pick<
  EarlierFinding,
  'processId' | 'date' | 'source' | 'sourceKind' | 'themeIds' | 'kind' | 'text'
> & { buurtId?: string };

// ---------------------------------------------------------------- CSV template and import

/** The most rows one import takes (a larger file is refused, not cut). */
export const MAX_FINDING_ROWS = 5000;
export const MAX_FINDING_TEXT = 5000;
export const MAX_FINDING_SOURCE = 200;

/** The template's columns, in order. */
export const FINDING_COLUMNS = ['date', 'source', 'sourceKind', 'buurt', 'themes', 'kind', 'text'] as const;
export type FindingColumn = (typeof FINDING_COLUMNS)[number];
const REQUIRED: readonly FindingColumn[] = ['date', 'source', 'text'];

/** Why an import is refused; the screen turns each into one Dutch sentence naming the row. */
export type FindingCsvReason =
  | 'empty'
  | 'header'
  | 'quote'
  | 'columns'
  | 'tooMany'
  | 'date'
  | 'future'
  | 'source'
  | 'sourceLong'
  | 'text'
  | 'textLong'
  | 'buurt'
  | 'theme'
  | 'kind'
  | 'sourceKind';

export interface FindingCsvProblem {
  reason: FindingCsvReason;
  /** The line as a spreadsheet numbers it (the heading is line 1); 0 for the whole file. */
  row: number;
  /** What was found (a value, or the missing column's name). */
  value?: string;
}

export type FindingCsvResult =
  | { ok: true; rows: EarlierFindingFields[] }
  | { ok: false; problem: FindingCsvProblem };

/** What the parser needs to know of the process and the language. */
export interface FindingCsvContext {
  processId: string;
  /** Today (yyyy-mm-dd): a finding cannot come from the future. */
  today: string;
  buurten: readonly { id: string; name: string }[];
  themes: readonly { id: string; label: string }[];
  /** Accepted names of each column (lower case), the first being the template's. */
  columnNames: Record<FindingColumn, readonly string[]>;
  /** Accepted words for each kind and source kind besides their ids (any case). */
  kindNames: Record<ContributionKind, readonly string[]>;
  sourceKindNames: Record<EarlierSourceKind, readonly string[]>;
}

/** The template for the coordinator: the heading and two example lines (in the given words). */
export function findingsTemplate(
  ctx: Pick<FindingCsvContext, 'columnNames'>,
  examples: readonly (readonly string[])[],
): string {
  const head = FINDING_COLUMNS.map((c) => ctx.columnNames[c][0] ?? c);
  return CSV_BOM + [csvLine(head), ...examples.map((e) => csvLine([...e]))].join(CSV_NEWLINE) + CSV_NEWLINE;
}

/**
 * CSV records: `;` or `,` (whichever the heading uses), double quotes around fields with a
 * separator, a quote ("") or a line break. Returns the line each record starts on.
 */
export function parseCsvRecords(
  text: string,
): { ok: true; records: { line: number; fields: string[] }[] } | { ok: false; line: number } {
  const src = text.startsWith(CSV_BOM) ? text.slice(1) : text;
  const firstLine = src.split(/\r?\n/, 1)[0] ?? '';
  const sep = (firstLine.match(/;/g)?.length ?? 0) >= (firstLine.match(/,/g)?.length ?? 0) ? ';' : ',';
  const records: { line: number; fields: string[] }[] = [];
  let fields: string[] = [];
  let field = '';
  let quoted = false;
  let line = 1;
  let start = 1;
  let i = 0;
  let fieldStart = true;
  while (i < src.length) {
    const ch = src[i]!;
    if (quoted) {
      if (ch === '"') {
        if (src[i + 1] === '"') {
          field += '"';
          i += 2;
          continue;
        }
        quoted = false;
        i++;
        continue;
      }
      if (ch === '\n') line++;
      field += ch;
      i++;
      continue;
    }
    if (ch === '"' && fieldStart) {
      quoted = true;
      fieldStart = false;
      i++;
      continue;
    }
    if (ch === sep) {
      fields.push(field);
      field = '';
      fieldStart = true;
      i++;
      continue;
    }
    if (ch === '\r' || ch === '\n') {
      fields.push(field);
      records.push({ line: start, fields });
      fields = [];
      field = '';
      fieldStart = true;
      if (ch === '\r' && src[i + 1] === '\n') i++;
      i++;
      line++;
      start = line;
      continue;
    }
    field += ch;
    fieldStart = false;
    i++;
  }
  if (quoted) return { ok: false, line: start };
  if (field !== '' || fields.length) {
    fields.push(field);
    records.push({ line: start, fields });
  }
  // Blank lines (a spreadsheet often leaves some at the end) are not records.
  return { ok: true, records: records.filter((r) => r.fields.some((f) => f.trim() !== '')) };
}

/** A Dutch or ISO date to yyyy-mm-dd, or null when it is no real day. */
export function parseFindingDate(value: string): string | null {
  const v = value.trim();
  let y: number;
  let m: number;
  let d: number;
  let match = /^(\d{4})-(\d{1,2})-(\d{1,2})$/.exec(v);
  if (match) {
    [y, m, d] = [Number(match[1]), Number(match[2]), Number(match[3])];
  } else {
    match = /^(\d{1,2})[-/.](\d{1,2})[-/.](\d{4})$/.exec(v);
    if (!match) return null;
    [d, m, y] = [Number(match[1]), Number(match[2]), Number(match[3])];
  }
  if (y < 1900 || m < 1 || m > 12 || d < 1) return null;
  const days = new Date(Date.UTC(y, m, 0)).getUTCDate();
  if (d > days) return null;
  return `${String(y).padStart(4, '0')}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
}

const norm = (s: string) => s.trim().toLocaleLowerCase('nl').replace(/\s+/g, ' ');

/**
 * The rows of a filled-in template, or the first problem (then nothing is to be stored: the
 * caller stores all rows in one write or none). Themes and buurten by name or id; several themes
 * separated by a comma (or `|`).
 */
export function parseFindingsCsv(text: string, ctx: FindingCsvContext): FindingCsvResult {
  const fail = (reason: FindingCsvReason, row: number, value?: string): FindingCsvResult => ({
    ok: false,
    problem: value === undefined ? { reason, row } : { reason, row, value },
  });
  const parsed = parseCsvRecords(text);
  if (!parsed.ok) return fail('quote', parsed.line);
  const [head, ...rows] = parsed.records;
  if (!head) return fail('empty', 0);
  const index = new Map<FindingColumn, number>();
  head.fields.forEach((name, i) => {
    const n = norm(name);
    for (const col of FINDING_COLUMNS) {
      if (!index.has(col) && ctx.columnNames[col].some((x) => norm(x) === n)) index.set(col, i);
    }
  });
  for (const col of REQUIRED) {
    if (!index.has(col)) return fail('header', head.line, ctx.columnNames[col][0] ?? col);
  }
  if (!rows.length) return fail('empty', 0);
  if (rows.length > MAX_FINDING_ROWS) return fail('tooMany', 0, String(rows.length));

  const lookup = <K extends string>(ids: readonly K[], names: Record<K, readonly string[]>) => {
    const map = new Map<string, K>();
    for (const id of ids) {
      map.set(norm(id), id);
      for (const n of names[id]) map.set(norm(n), id);
    }
    return map;
  };
  const kinds = lookup(CONTRIBUTION_KINDS, ctx.kindNames);
  const sourceKinds = lookup(EARLIER_SOURCE_KINDS, ctx.sourceKindNames);
  const buurten = new Map<string, string>();
  for (const b of ctx.buurten) {
    buurten.set(norm(b.id), b.id);
    buurten.set(norm(b.name), b.id);
  }
  const themes = new Map<string, string>();
  for (const th of ctx.themes) {
    themes.set(norm(th.id), th.id);
    themes.set(norm(th.label), th.id);
  }

  const out: EarlierFindingFields[] = [];
  for (const r of rows) {
    if (r.fields.length > head.fields.length && r.fields.slice(head.fields.length).some((f) => f.trim()))
      return fail('columns', r.line);
    const get = (col: FindingColumn) => {
      const i = index.get(col);
      return i === undefined ? '' : (r.fields[i] ?? '').trim();
    };
    const rawDate = get('date');
    const date = parseFindingDate(rawDate);
    if (!date) return fail('date', r.line, rawDate);
    if (date > ctx.today) return fail('future', r.line, rawDate);
    const source = get('source');
    if (!source) return fail('source', r.line);
    if (source.length > MAX_FINDING_SOURCE) return fail('sourceLong', r.line);
    const body = get('text');
    if (!body) return fail('text', r.line);
    if (body.length > MAX_FINDING_TEXT) return fail('textLong', r.line);
    const rawSourceKind = get('sourceKind');
    const sourceKind = rawSourceKind ? sourceKinds.get(norm(rawSourceKind)) : 'anders';
    if (!sourceKind) return fail('sourceKind', r.line, rawSourceKind);
    const rawKind = get('kind');
    const kind = rawKind ? kinds.get(norm(rawKind)) : 'knelpunt';
    if (!kind) return fail('kind', r.line, rawKind);
    const rawBuurt = get('buurt');
    const buurtId = rawBuurt ? buurten.get(norm(rawBuurt)) : undefined;
    if (rawBuurt && !buurtId) return fail('buurt', r.line, rawBuurt);
    const themeIds: string[] = [];
    for (const name of get('themes').split(/[,|]/)) {
      if (!name.trim()) continue;
      const id = themes.get(norm(name));
      if (!id) return fail('theme', r.line, name.trim());
      if (!themeIds.includes(id)) themeIds.push(id);
    }
    out.push({
      processId: ctx.processId,
      date,
      source,
      sourceKind,
      themeIds,
      kind,
      text: body,
      ...(buurtId ? { buurtId } : {}),
    });
  }
  return { ok: true, rows: out };
}

/** Column names every template language accepts (besides the translated ones): Dutch and English. */
const COLUMN_ALIASES: Record<FindingColumn, readonly string[]> = {
  date: ['datum', 'date', 'dag'],
  source: ['bron', 'source'],
  sourceKind: ['soort bron', 'kind of source', 'source kind'],
  buurt: ['buurt', 'wijk', 'neighbourhood'],
  themes: ['thema’s', "thema's", 'themas', 'thema', 'themes', 'theme'],
  kind: ['soort', 'kind'],
  text: ['tekst', 'text', 'bevinding', 'finding'],
};

/**
 * The names of the columns, kinds and source kinds in the translator's language (first, as the
 * template writes them), with the Dutch and English ones always accepted as well.
 */
export function findingCsvNames(
  t: Translate,
): Pick<FindingCsvContext, 'columnNames' | 'kindNames' | 'sourceKindNames'> {
  const columnNames = Object.fromEntries(
    FINDING_COLUMNS.map((c) => [c, [t(`earlier.csv.col.${c}`), ...COLUMN_ALIASES[c]]]),
  ) as Record<FindingColumn, string[]>;
  const kindNames = Object.fromEntries(CONTRIBUTION_KINDS.map((k) => [k, [t(`kind.${k}`)]])) as Record<
    ContributionKind,
    string[]
  >;
  const sourceKindNames = Object.fromEntries(
    EARLIER_SOURCE_KINDS.map((k) => [k, [t(`earlier.sourceKind.${k}`)]]),
  ) as Record<EarlierSourceKind, string[]>;
  return { columnNames, kindNames, sourceKindNames };
}

/** The template in the translator's language, with two example lines. */
export function findingsTemplateText(t: Translate): string {
  const names = findingCsvNames(t);
  return findingsTemplate(names, [
    [
      '14-03-2024',
      t('earlier.csv.exampleSource1'),
      t('earlier.sourceKind.stadsdeelbezoek'),
      '',
      '',
      t('kind.knelpunt'),
      t('earlier.csv.example1'),
    ],
    [
      '02-11-2023',
      t('earlier.csv.exampleSource2'),
      t('earlier.sourceKind.enquete-mantelzorgers'),
      '',
      '',
      t('kind.behoefte'),
      t('earlier.csv.example2'),
    ],
  ]);
}
