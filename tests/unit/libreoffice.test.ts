// @vitest-environment node
/**
 * Opens the exported XLSX and CSV with LibreOffice Calc (headless), as a coordinator would open
 * them in a spreadsheet, and checks the values and that formula-like text stayed text.
 * Needs `soffice` (Debian package libreoffice-calc, installed by .ci/run); skipped without it.
 */
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { strFromU8, unzipSync } from 'fflate';
import { afterAll, describe, expect, it } from 'vitest';
import { reportCsvFiles, reportTables } from '../../src/domain/analysis/report';
import type { DataTable } from '../../src/domain/table';
import { toXlsx } from '../../src/domain/xlsx';
import { translateNl } from '../../src/i18n/nl';
import { data, process, uuid } from './analysisFixture';

function findSoffice(): string | null {
  try {
    return execFileSync('sh', ['-c', 'command -v soffice'], { encoding: 'utf8' }).trim() || null;
  } catch {
    return null;
  }
}

const soffice = findSoffice();
if (!soffice) {
  console.warn(
    'SKIPPED tests/unit/libreoffice.test.ts: LibreOffice (soffice) is not installed. ' +
      'Install it with `apt-get install -y libreoffice-calc` (.ci/run does this) to open the exports in a spreadsheet.',
  );
}

const dir = mkdtempSync(join(tmpdir(), 'buurtstem-lo-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** Run LibreOffice headless with its own profile (no clash with another running instance). */
function libreoffice(args: string[]): void {
  execFileSync(
    soffice!,
    [
      `-env:UserInstallation=file://${join(dir, 'profile')}`,
      '--headless',
      '--norestore',
      '--nologo',
      ...args,
    ],
    { timeout: 120_000, stdio: 'pipe' },
  );
}

/** A tiny CSV reader for LibreOffice's output (comma, double quotes). */
function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i]!;
    if (quoted) {
      if (ch === '"' && text[i + 1] === '"') {
        field += '"';
        i++;
      } else if (ch === '"') quoted = false;
      else field += ch;
    } else if (ch === '"') quoted = true;
    else if (ch === ',') {
      row.push(field);
      field = '';
    } else if (ch === '\n' || ch === '\r') {
      if (ch === '\r' && text[i + 1] === '\n') i++;
      row.push(field);
      rows.push(row);
      row = [];
      field = '';
    } else field += ch;
  }
  if (field || row.length) rows.push([...row, field]);
  return rows;
}

/** Cells of the first sheet of an XLSX written by LibreOffice: value and type (s: text, n: number). */
function readXlsxCells(bytes: Uint8Array): Map<string, { type: 's' | 'n' | 'f'; value: string }> {
  const files = unzipSync(bytes);
  const shared = [
    ...strFromU8(files['xl/sharedStrings.xml'] ?? new Uint8Array()).matchAll(/<si>([\s\S]*?)<\/si>/g),
  ].map((m) => [...m[1]!.matchAll(/<t[^>]*>([\s\S]*?)<\/t>/g)].map((t) => t[1]).join(''));
  const decodeXml = (s: string) =>
    s
      .replace(/&lt;/g, '<')
      .replace(/&gt;/g, '>')
      .replace(/&quot;/g, '"')
      .replace(/&apos;/g, "'")
      .replace(/&amp;/g, '&');
  const sheet = strFromU8(files['xl/worksheets/sheet1.xml']!);
  const cells = new Map<string, { type: 's' | 'n' | 'f'; value: string }>();
  for (const m of sheet.matchAll(/<c r="([A-Z]+\d+)"([^>]*?)(?:\/>|>([\s\S]*?)<\/c>)/g)) {
    const [, ref, attrs, inner = ''] = m;
    if (/<f[ >]/.test(inner)) {
      cells.set(ref!, { type: 'f', value: inner });
      continue;
    }
    const v = /<v>([\s\S]*?)<\/v>/.exec(inner)?.[1];
    if (v === undefined) continue;
    if (/t="s"/.test(attrs!)) cells.set(ref!, { type: 's', value: decodeXml(shared[Number(v)]!) });
    else if (/t="str"/.test(attrs!)) cells.set(ref!, { type: 's', value: decodeXml(v) });
    else cells.set(ref!, { type: 'n', value: v });
  }
  return cells;
}

/** Formula-like texts that must stay text, next to normal values. */
const probe: DataTable = {
  name: 'proef',
  sheet: 'Proef',
  columns: ['tekst', 'getal', 'datum'],
  rows: [
    ['=1+1', 2.5, { day: '2026-03-02' }],
    ['+31 6 1234', 0.38, { day: '2026-12-31' }],
    ['-2+3', 1234.5, null],
    ['@SUM(A1:A2)', 7, null],
    ['=HYPERLINK("http://example.org";"klik")', 0, null],
    ['gewoon; met "aanhalingstekens"', 12, null],
  ],
};

describe.skipIf(!soffice)('exports opened in LibreOffice Calc', { timeout: 180_000 }, () => {
  it('XLSX: every sheet reads back with the right values, formula-like text stays text', () => {
    const tables = [...reportTables(data, process, translateNl), probe];
    const xlsx = join(dir, 'analyse.xlsx');
    writeFileSync(xlsx, toXlsx(tables));
    const out = join(dir, 'xlsx-out');
    mkdirSync(out);
    // CSV export of every sheet (token 12 = -1), comma separated, UTF-8, values as shown.
    libreoffice([
      '--convert-to',
      'csv:Text - txt - csv (StarCalc):44,34,76,1,,1033,false,true,true,false,false,-1',
      '--outdir',
      out,
      xlsx,
    ]);
    const files = readdirSync(out).sort();
    expect(files).toEqual([
      'analyse-Aanwezigheid.csv',
      'analyse-Bereik.csv',
      'analyse-Bijeenkomsten.csv',
      'analyse-Eerdere bevindingen.csv',
      'analyse-Inbreng.csv',
      'analyse-Proef.csv',
      'analyse-Stippen.csv',
    ]);
    const sheet = (name: string) => parseCsv(readFileSync(join(out, `analyse-${name}.csv`), 'utf8'));

    const proef = sheet('Proef');
    expect(proef[0]).toEqual(['tekst', 'getal', 'datum']);
    expect(proef.slice(1).map((r) => r[0])).toEqual([
      '=1+1',
      '+31 6 1234',
      '-2+3',
      '@SUM(A1:A2)',
      '=HYPERLINK("http://example.org";"klik")',
      'gewoon; met "aanhalingstekens"',
    ]);
    expect(proef.slice(1).map((r) => r[1])).toEqual(['2.5', '0.38', '1234.5', '7', '0', '12']);
    expect(proef[1]![2]).toBe('02-03-2026');
    expect(proef[2]![2]).toBe('31-12-2026');

    const inbreng = sheet('Inbreng');
    expect(inbreng.length).toBe(15); // heading + 14 contributions
    const f3 = inbreng.find((r) => r[0] === uuid(103))!;
    expect(f3[2]).toBe('02-03-2026');
    expect(f3[11]).toBe('=1+1'); // not 2: it stayed text
    expect(f3[12]).toBe('4');

    const bereik = sheet('Bereik');
    const zuidJong = bereik.find((r) => r[0] === 'Zuid' && r[1] === 'Jongeren')!;
    // attendance 3 of 20 = 15%, index 0.15 / 0.4 = 0.375 → 0.38, under-represented
    expect(zuidJong.slice(15, 20)).toEqual(['3', '20', '15', '0.38', 'ondervertegenwoordigd']);
    const stil = bereik.find((r) => r[0] === 'Alle buurten' && r[1] === 'Stille groep')!;
    // Nobody of the group: zeros are shown (they single nobody out)
    expect(stil.slice(3, 7)).toEqual(['0', '6', '0', '0']);
    const ouderen = bereik.find((r) => r[0] === 'Alle buurten' && r[1] === 'Ouderen')!;
    expect(ouderen.slice(3, 7)).toEqual(['<3', '6', '<3', '<3']);
  });

  it('CSV: Dutch settings read numbers with a decimal comma, dates, and keep formula-like text as text', () => {
    for (const f of reportCsvFiles(data, process, translateNl)) writeFileSync(join(dir, f.name), f.content);
    const out = join(dir, 'csv-out');
    mkdirSync(out);
    // Import as Dutch Excel users would: ";" separated, UTF-8, language Dutch (1043), detect numbers and dates.
    libreoffice([
      '--infilter=Text - txt - csv (StarCalc):59,34,76,1,,1043,false,true',
      '--convert-to',
      'xlsx',
      '--outdir',
      out,
      join(dir, 'inbreng.csv'),
      join(dir, 'bereik.csv'),
    ]);
    const inbreng = readXlsxCells(readFileSync(join(out, 'inbreng.xlsx')));
    const rowOf = (id: string) => [...inbreng].find(([, c]) => c.value === id)![0].replace(/^[A-Z]+/, '');
    const r = rowOf(uuid(103));
    expect(inbreng.get(`A1`)).toEqual({ type: 's', value: 'id' }); // the BOM is not part of the heading
    // The neutralised text is text (with its protective quote), not a formula and not 2.
    expect(inbreng.get(`L${r}`)).toMatchObject({ type: 's' });
    expect(inbreng.get(`L${r}`)!.value).toMatch(/^'?=1\+1$/);
    expect(inbreng.get(`M${r}`)).toEqual({ type: 'n', value: '4' });
    // 02-03-2026 read as a date: 2 March 2026 = day 46083
    expect(inbreng.get(`C${r}`)).toEqual({ type: 'n', value: '46083' });
    expect([...inbreng.values()].some((c) => c.type === 'f')).toBe(false);

    const bereik = readXlsxCells(readFileSync(join(out, 'bereik.xlsx')));
    // Row 2: all buurten, Jongeren: index self "1,67" → 1.67, observed share "57,1" → 57.1
    expect(bereik.get('B2')).toEqual({ type: 's', value: 'Jongeren' });
    expect(bereik.get('G2')).toEqual({ type: 'n', value: '1.67' });
    expect(bereik.get('L2')).toEqual({ type: 'n', value: '57.1' });
    expect(bereik.get('D3')).toEqual({ type: 's', value: '<3' });
    expect(bereik.get('D4')).toEqual({ type: 'n', value: '0' });
  });
});
