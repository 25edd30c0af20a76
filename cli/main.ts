/**
 * `buurtstem`: validate, inspect and merge exchange bundles with the app's own code
 * (src/exchange, src/domain/merge.ts). Built to cli/dist/buurtstem.mjs (vite.cli.config.ts);
 * cli/bin.mjs runs it. Bad input: exit code 1 and one Dutch line per problem, never a stack trace.
 */
import { mkdir, readFile, stat, writeFile } from 'node:fs/promises';
import { basename, join } from 'node:path';
import { reportCsvFiles } from '../src/domain/analysis/report';
import { MemoryStore } from '../src/domain/merge';
import type { Process } from '../src/domain/process';
import { EXCHANGE_TABLES, type ExchangeTable } from '../src/exchange/format';
import { missingCount, missingExports, rangesText } from '../src/exchange/gaps';
import { mergedBundleInput, mergeIntoStore } from '../src/exchange/memory';
import { type ExchangeProblem, type Lookup, problemMessage } from '../src/exchange/problems';
import { type ParsedBundle, readBundleText, sizeProblem } from '../src/exchange/read';
import { APP_VERSION, buildBundleText } from '../src/exchange/write';
import { translateNl } from '../src/i18n/nl';
import { HELP, msg } from './messages';
import { safeLine, show } from './show';

/** Problem texts are looked up by codes from the data: unknown codes show as themselves. */
const dutch: Lookup = (key, params) => (translateNl.has(key) ? translateNl(key, params) : key);
/** A problem in Dutch; every value in it that came from the file is cut and escaped. */
const say = (p: ExchangeProblem) => {
  if (p.code === 'needsPassphrase') return msg.needsPassphrase;
  const params = p.params
    ? Object.fromEntries(Object.entries(p.params).map(([k, v]) => [k, typeof v === 'string' ? show(v) : v]))
    : undefined;
  return problemMessage(params ? { ...p, params } : p, dutch);
};

class UsageError extends Error {}

interface Args {
  command: string | undefined;
  files: string[];
  output?: string;
  passphraseFile?: string;
  csvDir?: string;
  processId?: string;
  help: boolean;
  version: boolean;
}

export function parseArgs(argv: string[]): Args {
  const args: Args = { command: undefined, files: [], help: false, version: false };
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i]!;
    const value = () => {
      const v = argv[++i];
      if (v === undefined || v.startsWith('-')) throw new UsageError(msg.missingValue(a));
      return v;
    };
    if (a === '--help' || a === '-h') args.help = true;
    else if (a === '--version') args.version = true;
    else if (a === '-o' || a === '--output') args.output = value();
    else if (a === '--passphrase-file') args.passphraseFile = value();
    else if (a === '--csv') args.csvDir = value();
    else if (a === '--process') args.processId = value();
    else if (a.startsWith('--output=')) args.output = a.slice('--output='.length);
    else if (a.startsWith('--passphrase-file=')) args.passphraseFile = a.slice('--passphrase-file='.length);
    else if (a.startsWith('-') && a !== '-') throw new UsageError(msg.unknownOption(show(a)));
    else if (args.command === undefined) args.command = a;
    else args.files.push(a);
  }
  return args;
}

type Loaded =
  | { file: string; ok: true; bundle: ParsedBundle }
  | { file: string; ok: false; problems: string[] };

async function load(file: string, passphrase: string | undefined): Promise<Loaded> {
  const fail = (...problems: string[]): Loaded => ({ file, ok: false, problems });
  let size: number;
  try {
    const s = await stat(file);
    if (s.isDirectory()) return fail(msg.isDirectory);
    size = s.size;
  } catch {
    return fail(msg.notFound);
  }
  const tooLarge = sizeProblem(size);
  if (tooLarge) return fail(say(tooLarge));
  let text: string;
  try {
    text = (await readFile(file, 'utf8')).replace(/^\uFEFF/, '');
  } catch {
    return fail(msg.cannotRead);
  }
  const read = await readBundleText(text, { passphrase });
  return read.ok ? { file, ok: true, bundle: read.bundle } : fail(...read.problems.map(say));
}

async function readPassphrase(path: string | undefined): Promise<string | undefined> {
  if (!path) return undefined;
  let text: string;
  try {
    text = await readFile(path, 'utf8');
  } catch {
    throw new UsageError(msg.passphraseFile(path));
  }
  const pass = text.replace(/^\uFEFF/, '').replace(/\r?\n$/, '');
  if (!pass) throw new UsageError(msg.passphraseEmpty(path));
  return pass;
}

const tableList = (counts: Partial<Record<ExchangeTable, number>>) =>
  EXCHANGE_TABLES.filter((t) => counts[t])
    .map((t) => `${translateNl(`exchange.table.${t}`)} ${counts[t]}`)
    .join(', ') || '-';

const total = (counts: Partial<Record<ExchangeTable, number>>) =>
  Object.values(counts).reduce((a, b) => a + (b ?? 0), 0);

function summary(b: ParsedBundle): string {
  const h = b.header;
  const kind =
    h.kind === 'device' ? `export ${h.exportSeq}` : h.kind === 'publish' ? 'publicatie' : 'samengevoegd';
  const n = total(h.counts.records);
  return `${show(h.device.label)}, ${kind}, ${n} ${n === 1 ? 'record' : 'records'}${b.encrypted ? ', versleuteld' : ''}`;
}

type Out = (line: string) => void;

async function loadAll(files: string[], passphrase: string | undefined, out: Out, err: Out) {
  const loaded: Loaded[] = [];
  for (const f of files) loaded.push(await load(f, passphrase));
  let bad = 0;
  for (const l of loaded) {
    if (l.ok) out(msg.ok(show(l.file, 200), summary(l.bundle)));
    else {
      bad++;
      for (const p of l.problems) err(msg.bad(show(l.file, 200), p));
    }
  }
  return { loaded, bad };
}

function info(b: ParsedBundle, file: string, out: Out): void {
  const h = b.header;
  const rows: [string, string][] = [
    ['Bestand', show(basename(file), 200)],
    [
      'Soort',
      h.kind === 'device' ? 'export van een apparaat' : h.kind === 'publish' ? 'publicatie' : 'samengevoegd',
    ],
    ['Formaat', `${h.format} versie ${h.formatVersion} (app ${show(h.appVersion)})`],
    ['Apparaat', `${show(h.device.label)} (${h.device.id})`],
    ['Traject', h.processId ?? '-'],
    ['Exportnummer', String(h.exportSeq)],
    ['Gemaakt op', h.exportedAt],
    ['Wijzigingen', h.range ? `${h.range.fromSeq} t/m ${h.range.toSeq}` : '-'],
    ['Versleuteld', b.encrypted ? 'ja' : 'nee'],
    ['SHA-256', h.sha256],
    ['Records', tableList(h.counts.records)],
    ['Conflicten', tableList(h.counts.conflicts)],
  ];
  if (h.sources.length) {
    const listed = h.sources.slice(0, 20).map((s) => `${show(s.deviceLabel)} ${s.exportSeq}`);
    if (h.sources.length > 20) listed.push(`… (${h.sources.length} in totaal)`);
    rows.push(['Bevat exports', listed.join(', ')]);
  }
  for (const [k, v] of rows) out(`${`${k}:`.padEnd(15)}${v}`);
}

/** The current, not deleted records of a table in the merged store. */
function currentRecords(store: MemoryStore, table: string): unknown[] {
  return [...(store.tables.get(table)?.values() ?? [])].flatMap((s) =>
    s.current && !s.current.deleted ? [s.current] : [],
  );
}

/**
 * `report FILE... --csv DIR`: the coordinator's analysis tables (the same code as the app's
 * export) of the merged files, as CSV for Dutch Excel. Contacts are never part of it.
 */
async function report(store: MemoryStore, bundles: ParsedBundle[], args: Args, out: Out, err: Out) {
  const processes = currentRecords(store, 'processes') as Process[];
  const named = new Set(bundles.map((b) => b.header.processId).filter(Boolean));
  const chosen = args.processId
    ? processes.find((p) => p.id === args.processId)
    : processes.length === 1
      ? processes[0]
      : processes.filter((p) => named.has(p.id)).length === 1
        ? processes.find((p) => named.has(p.id))
        : undefined;
  if (!chosen) {
    if (processes.length === 0) err(msg.noProcess);
    else if (args.processId) err(msg.unknownProcess(show(args.processId)));
    else err(msg.whichProcess(processes.map((p) => `${p.id} (${show(p.name)})`).join(', ')));
    return 1;
  }
  const files = reportCsvFiles(
    {
      meetings: currentRecords(store, 'meetings') as never,
      contributions: currentRecords(store, 'contributions') as never,
      attendance: currentRecords(store, 'attendance') as never,
    },
    chosen,
    translateNl,
  );
  try {
    await mkdir(args.csvDir!, { recursive: true });
    for (const f of files) await writeFile(join(args.csvDir!, f.name), f.content, 'utf8');
  } catch {
    err(msg.cannotWrite(show(args.csvDir!, 200)));
    return 1;
  }
  out(msg.reported(show(chosen.name), files.length, show(args.csvDir!, 200)));
  for (const f of files) out(`      ${join(args.csvDir!, f.name)}`);
  return 0;
}

/** Run the command line; returns the exit code. */
export async function main(
  argv: string[],
  rawOut: Out = console.log,
  rawErr: Out = console.error,
): Promise<number> {
  // Nothing reaches the terminal unescaped (cli/show.ts).
  const out: Out = (line) => rawOut(safeLine(line));
  const err: Out = (line) => rawErr(safeLine(line));
  try {
    const args = parseArgs(argv);
    if (args.version) {
      out(APP_VERSION);
      return 0;
    }
    if (args.help || args.command === undefined || args.command === 'help') {
      out(HELP);
      return 0;
    }
    const cmd = args.command;
    if (!['validate', 'info', 'merge', 'report'].includes(cmd))
      throw new UsageError(msg.unknownCommand(show(cmd)));
    if (args.files.length === 0) throw new UsageError(cmd === 'info' ? msg.oneFile : msg.noFiles(cmd));
    if (cmd === 'info' && args.files.length > 1) throw new UsageError(msg.oneFile);
    if (cmd === 'merge' && !args.output) throw new UsageError(msg.noOutput);
    if (cmd === 'report' && !args.csvDir) throw new UsageError(msg.noCsvDir);
    const passphrase = await readPassphrase(args.passphraseFile);

    if (cmd === 'info') {
      const l = await load(args.files[0]!, passphrase);
      if (!l.ok) {
        for (const p of l.problems) err(msg.bad(show(l.file, 200), p));
        return 1;
      }
      info(l.bundle, l.file, out);
      return 0;
    }
    const { loaded, bad } = await loadAll(args.files, passphrase, out, err);
    if (cmd === 'validate') return bad ? 1 : 0;
    if (bad) {
      err(msg.notMerged);
      return 1;
    }
    const bundles = loaded.flatMap((l) => (l.ok ? [l.bundle] : []));
    const store = new MemoryStore();
    for (const b of bundles) mergeIntoStore(store, b);
    if (cmd === 'report') return await report(store, bundles, args, out, err);
    const built = await buildBundleText(mergedBundleInput(store, bundles, new Date()));
    try {
      await writeFile(args.output!, built.text);
    } catch {
      err(msg.cannotWrite(show(args.output!, 200)));
      return 1;
    }
    out(msg.merged(bundles.length, args.output!, built.total, total(built.header.counts.conflicts)));
    for (const g of missingExports(built.header.sources.map((s) => ({ ...s, kind: 'device' as const })))) {
      out(
        msg.gap(show(g.deviceLabel), rangesText(g.missing, 'tot en met', 'en'), missingCount(g.missing) > 1),
      );
    }
    return 0;
  } catch (e) {
    if (e instanceof UsageError) {
      err(e.message);
      return 1;
    }
    err(msg.unexpected(show(e instanceof Error ? e.message : String(e))));
    return 1;
  }
}
