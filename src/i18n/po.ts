/**
 * gettext PO files, read and written in pure TypeScript (no DOM), for translators' tools (Poedit,
 * Weblate, an agency's CAT tool). Only what Buurtstem needs: a header, entries with `msgctxt` (our
 * key), `msgid` (Dutch), optional `msgid_plural`, `msgstr` / `msgstr[i]`, extracted comments `#.`
 * (translator notes), translator comments `# `, and flags `#,` (a "fuzzy" translation is not used).
 * `parsePo(writePo(f))` gives `f` back (a property test checks it).
 */

export interface PoEntry {
  context: string;
  id: string;
  idPlural?: string;
  /** One text, or one per plural form (msgstr[0..n-1]). */
  str: string[];
  /** Extracted comment (`#.`), lines joined by "\n"; '' when none. */
  note: string;
  /** Translator comment (`# `), lines joined by "\n"; '' when none. */
  comment: string;
  flags: string[];
}

export interface PoFile {
  headers: [string, string][];
  entries: PoEntry[];
}

export type PoParse = { ok: true; file: PoFile } | { ok: false; line: number; message: string };

const ESCAPES: Record<string, string> = { '\\': '\\\\', '"': '\\"', '\n': '\\n', '\t': '\\t', '\r': '\\r' };

/** A PO string literal: the C escapes gettext knows, other control characters as octal. */
function quote(s: string): string {
  let body = '';
  for (const c of s) {
    const code = c.charCodeAt(0);
    body += ESCAPES[c] ?? (code < 0x20 || code === 0x7f ? `\\${code.toString(8).padStart(3, '0')}` : c);
  }
  return `"${body}"`;
}

/** A keyword and its string; a text with line breaks is split after each "\n" (as gettext does). */
function field(keyword: string, s: string): string {
  if (!s.includes('\n') || s.indexOf('\n') === s.length - 1) return `${keyword} ${quote(s)}`;
  const parts = s.split(/(?<=\n)/);
  return [`${keyword} ""`, ...parts.map(quote)].join('\n');
}

function commentLines(prefix: string, text: string): string[] {
  return text === '' ? [] : text.split('\n').map((l) => (l === '' ? prefix : `${prefix} ${l}`));
}

export function writePo(file: PoFile): string {
  const blocks: string[] = [];
  const header = file.headers.map(([k, v]) => `${k}: ${v}\n`).join('');
  blocks.push(['msgid ""', field('msgstr', header)].join('\n'));
  for (const e of file.entries) {
    const lines = [
      ...commentLines('#', e.comment),
      ...commentLines('#.', e.note),
      ...(e.flags.length ? [`#, ${e.flags.join(', ')}`] : []),
      field('msgctxt', e.context),
      field('msgid', e.id),
    ];
    if (e.idPlural !== undefined) {
      lines.push(field('msgid_plural', e.idPlural));
      e.str.forEach((s, i) => {
        lines.push(field(`msgstr[${i}]`, s));
      });
    } else {
      lines.push(field('msgstr', e.str[0] ?? ''));
    }
    blocks.push(lines.join('\n'));
  }
  return `${blocks.join('\n\n')}\n`;
}

function unquote(lit: string): string | null {
  if (lit.length < 2 || !lit.startsWith('"') || !lit.endsWith('"')) return null;
  let out = '';
  const body = lit.slice(1, -1);
  for (let i = 0; i < body.length; i++) {
    const c = body[i]!;
    if (c === '"') return null;
    if (c !== '\\') {
      out += c;
      continue;
    }
    const n = body[++i];
    if (n === undefined) return null;
    if (n === 'n') out += '\n';
    else if (n === 't') out += '\t';
    else if (n === 'r') out += '\r';
    else if (n === '\\' || n === '"') out += n;
    else if (/[0-7]/.test(n)) {
      const oct = body.slice(i, i + 3).match(/^[0-7]{1,3}/)![0];
      out += String.fromCharCode(Number.parseInt(oct, 8));
      i += oct.length - 1;
    } else return null;
  }
  return out;
}

type Keyword = 'msgctxt' | 'msgid' | 'msgid_plural' | 'msgstr' | `msgstr[${number}]`;

interface Draft {
  comment: string[];
  note: string[];
  flags: string[];
  fields: Map<Keyword, string>;
  order: Keyword[];
  line: number;
}

const fresh = (line: number): Draft => ({
  comment: [],
  note: [],
  flags: [],
  fields: new Map(),
  order: [],
  line,
});

/** Read a PO file; the first problem is returned with its line number (1-based), in Dutch. */
export function parsePo(text: string): PoParse {
  const lines = text.replace(/^\uFEFF/, '').split(/\r?\n/);
  const drafts: Draft[] = [];
  let d = fresh(1);
  let last: Keyword | null = null;
  const flush = () => {
    if (d.order.length || d.comment.length || d.note.length || d.flags.length) drafts.push(d);
  };
  for (let i = 0; i < lines.length; i++) {
    const raw = lines[i]!;
    const line = raw.trim();
    const no = i + 1;
    if (line === '') continue;
    if (line.startsWith('#')) {
      if (d.order.length) {
        flush();
        d = fresh(no);
        last = null;
      }
      if (line.startsWith('#~') || line.startsWith('#:') || line.startsWith('#|')) continue;
      if (line.startsWith('#.')) d.note.push(raw.trimStart().slice(2).replace(/^ /, ''));
      else if (line.startsWith('#,'))
        d.flags.push(
          ...line
            .slice(2)
            .split(',')
            .map((f) => f.trim())
            .filter(Boolean),
        );
      else if (raw.trimStart() === '#' || raw.trimStart().startsWith('# '))
        d.comment.push(raw.trimStart().slice(1).replace(/^ /, ''));
      continue;
    }
    if (line.startsWith('"')) {
      const s = unquote(line);
      if (s === null) return { ok: false, line: no, message: 'de tekst tussen aanhalingstekens klopt niet' };
      if (!last) return { ok: false, line: no, message: 'tekst zonder msgid of msgstr ervoor' };
      d.fields.set(last, d.fields.get(last)! + s);
      continue;
    }
    // `s`: a text may hold U+2028/U+2029, which `.` would not match (a translator's text made the
    // whole file unreadable; found by the round-trip property test).
    const m = line.match(/^(msgctxt|msgid_plural|msgid|msgstr(?:\[\d+\])?)\s+(".*)$/s);
    if (!m) return { ok: false, line: no, message: 'onbekende regel (verwacht msgctxt, msgid of msgstr)' };
    const kw = m[1] as Keyword;
    // A new entry starts at its msgctxt, or at a msgid that follows a complete one.
    const starts =
      (kw === 'msgctxt' && d.order.length > 0) || (kw === 'msgid' && d.order.some((k) => k !== 'msgctxt'));
    if (starts) {
      flush();
      d = fresh(no);
    }
    if (d.fields.has(kw)) return { ok: false, line: no, message: `${kw} staat twee keer in één vertaling` };
    const s = unquote(m[2]!);
    if (s === null) return { ok: false, line: no, message: 'de tekst tussen aanhalingstekens klopt niet' };
    d.fields.set(kw, s);
    d.order.push(kw);
    last = kw;
  }
  flush();

  let headers: [string, string][] = [];
  const entries: PoEntry[] = [];
  for (const x of drafts) {
    const id = x.fields.get('msgid');
    if (id === undefined) return { ok: false, line: x.line, message: 'vertaling zonder msgid' };
    const context = x.fields.get('msgctxt');
    if (id === '' && context === undefined) {
      headers = (x.fields.get('msgstr') ?? '')
        .split('\n')
        .filter((l) => l.trim())
        .map((l) => {
          const at = l.indexOf(':');
          return at < 0 ? [l.trim(), ''] : [l.slice(0, at).trim(), l.slice(at + 1).trim()];
        });
      continue;
    }
    const idPlural = x.fields.get('msgid_plural');
    let str: string[];
    if (idPlural !== undefined) {
      const forms = [...x.fields.keys()].filter((k) => k.startsWith('msgstr['));
      str = forms.map((_, i) => x.fields.get(`msgstr[${i}]`) ?? '');
      if (forms.length === 0 || forms.some((_, i) => !x.fields.has(`msgstr[${i}]`)))
        return {
          ok: false,
          line: x.line,
          message: 'meervoudsvormen msgstr[0], msgstr[1] … ontbreken of staan niet op volgorde',
        };
    } else {
      const s = x.fields.get('msgstr');
      if (s === undefined) return { ok: false, line: x.line, message: 'vertaling zonder msgstr' };
      str = [s];
    }
    entries.push({
      context: context ?? '',
      id,
      ...(idPlural !== undefined ? { idPlural } : {}),
      str,
      note: x.note.join('\n'),
      comment: x.comment.join('\n'),
      flags: x.flags,
    });
  }
  return { ok: true, file: { headers, entries } };
}

/** The value of a header ("Language"), case-insensitive. */
export function header(file: PoFile, name: string): string | undefined {
  return file.headers.find(([k]) => k.toLowerCase() === name.toLowerCase())?.[1];
}
