import { strFromU8, unzipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { reportCsvFiles, reportTables } from '../../src/domain/analysis/report';
import { csvField, formatDateNl, formatDecimalNl, neutralise, toCsv } from '../../src/domain/csv';
import { columnName, dateSerial, escapeXml, sheetNames, toXlsx } from '../../src/domain/xlsx';
import { translateNl } from '../../src/i18n/nl';
import { data, M1, process, uuid } from './analysisFixture';

describe('CSV for Dutch Excel', () => {
  it('neutralises every cell that starts like a formula', () => {
    for (const s of ['=1+1', '+31 6', '-2+3', '@SUM(A1)', '\tx', '\rx']) expect(neutralise(s)).toBe(`'${s}`);
    expect(neutralise('Meer bankjes')).toBe('Meer bankjes');
    expect(neutralise('a=b')).toBe('a=b');
    expect(csvField('=HYPERLINK("http://x")')).toBe(`"'=HYPERLINK(""http://x"")"`);
    expect(csvField('\r=1')).toBe(`"'\r=1"`);
  });
  it('quotes separators, quotes and line breaks', () => {
    expect(csvField('a;b')).toBe('"a;b"');
    expect(csvField('zei "ja"')).toBe('"zei ""ja"""');
    expect(csvField('regel 1\nregel 2')).toBe('"regel 1\nregel 2"');
    expect(csvField(' spatie')).toBe('" spatie"');
    expect(csvField('gewoon')).toBe('gewoon');
  });
  it('writes dates as dd-mm-jjjj and decimals with a comma', () => {
    expect(formatDateNl('2026-03-02T19:00')).toBe('02-03-2026');
    expect(csvField({ day: '2026-12-31' })).toBe('31-12-2026');
    expect(formatDecimalNl(66.7)).toBe('66,7');
    expect(formatDecimalNl(0.38)).toBe('0,38');
    expect(formatDecimalNl(1234.5)).toBe('1234,5');
    expect(formatDecimalNl(12)).toBe('12');
    expect(formatDecimalNl(0.0000001)).toBe('0,0000001');
    expect(csvField(null)).toBe('');
  });
  it('starts with a BOM, separates with ; and ends lines with CRLF', () => {
    const text = toCsv({
      columns: ['a', 'b'],
      rows: [
        [1.5, 'x'],
        [null, { day: '2026-01-05' }],
      ],
    });
    expect(text).toBe('\uFEFFa;b\r\n1,5;x\r\n;05-01-2026\r\n');
  });
});

describe('analysis report tables', () => {
  const contacts = [
    { id: uuid(777), name: 'Jan Jansen', email: 'jan.jansen@example.nl', phone: '0612345678' },
  ];
  const files = reportCsvFiles({ ...data, contacts }, process, translateNl);
  const byName = Object.fromEntries(files.map((f) => [f.name, f.content]));

  it('one file per table', () => {
    expect(files.map((f) => f.name)).toEqual([
      'inbreng.csv',
      'bijeenkomsten.csv',
      'aanwezigheid.csv',
      'bereik.csv',
      // Issue 16: earlier findings and the dot results (with suppression) in every export.
      'eerdere-bevindingen.csv',
      'stippen.csv',
    ]);
  });

  it('never contains contacts, respondent ids or per-contribution group tags', () => {
    const all = files.map((f) => f.content).join('\n');
    expect(all).not.toContain('Jan Jansen');
    expect(all).not.toContain('jan.jansen');
    expect(all).not.toContain('0612345678');
    expect(all).not.toContain(uuid(901)); // respondent R1
    expect(all).not.toContain('zeg-ik-liever-niet');
  });

  it('contributions: 14 rows, formula text neutralised, quotes kept', () => {
    const lines = byName['inbreng.csv']!.split('\r\n');
    expect(lines[0]).toBe(
      '\uFEFFid;bijeenkomst_id;datum;buurt;plek;werkvorm;bron;wie sprak;organisatie of partner;soort;thema’s;tekst;anderen eens',
    );
    expect(lines.length).toBe(1 + 14 + 1); // heading, 14 rows, empty after the last CRLF
    const f3 = lines.find((l) => l.startsWith(uuid(103)))!;
    expect(f3).toBe(
      `${uuid(103)};${M1.id};02-03-2026;Noord;Plek 11;Tafelgesprek;Begeleider;Bewoner;;Mening;;'=1+1;4`,
    );
    const f2 = lines.find((l) => l.startsWith(uuid(102)))!;
    expect(f2).toContain(';"Meer bankjes; ""graag"" bij het plein";');
    expect(f2).toContain(';Ontmoeten, Wonen;');
  });

  it('attendance: counts below k (3) shown as "<3"', () => {
    const lines = byName['aanwezigheid.csv']!.split('\r\n');
    expect(lines[0]).toBe(
      'bijeenkomst_id;datum;buurt;werkvorm;aanwezig totaal;Jongeren;Ouderen;Stille groep'.replace(
        /^/,
        '\uFEFF',
      ),
    );
    // M1: total 10, jong 1 → <3, stil 0 stays 0. Oud 6 is hidden as "x": Noord's ouderen (7, in
    // the reach table of the same export) minus M1's 6 would give M2's 1 away.
    expect(lines[1]).toBe(`${M1.id};02-03-2026;Noord;Tafelgesprek;10;<3;x;0`);
    // M2: jong 5 is the complement of M1's 1 (Noord's jongeren 6 are shown); oud 1 → <3
    expect(lines[2]).toMatch(/;8;x;<3;0$/);
  });

  it('reach: index with a decimal comma, hidden counts as "<3", under-represented named', () => {
    const tables = reportTables(data, process, translateNl);
    const reach = tables.find((t) => t.name === 'bereik')!;
    expect(reach.columns.slice(0, 9)).toEqual([
      'buurt',
      'doelgroep',
      'aandeel bevolking (%)',
      'Zelf opgegeven: aantal',
      'Zelf opgegeven: van totaal',
      'Zelf opgegeven: aandeel (%)',
      'Zelf opgegeven: index',
      'Zelf opgegeven: oordeel',
      'Zelf opgegeven: best bereikt met',
    ]);
    const lines = byName['bereik.csv']!.split('\r\n');
    // All buurten, jong: population 30%; self 3 of 6 = 50% index 1,67; observed 4 of 7 = 57,1% index 1,9;
    // attendance 9 of 38 = 23,7% index 0,79; best: straatgesprek, inloop
    expect(lines[1]).toBe(
      'Alle buurten;Jongeren;30;3;6;50;1,67;voldoende;Inloop;4;7;57,1;1,9;voldoende;Straatgesprek;9;38;23,7;0,79;voldoende;Straatgesprek, Inloop',
    );
    // All buurten, stil: nobody in any measure; a zero singles nobody out and is shown as 0
    expect(lines[3]).toBe(
      'Alle buurten;Stille groep;20;0;6;0;0;ondervertegenwoordigd;;0;7;0;0;ondervertegenwoordigd;;0;38;0;0;ondervertegenwoordigd;',
    );
    // Zuid, jong: self 3 of 4, but Noord's 2 respondents are "<3" and all buurten have 6, so Zuid's
    // base 4 and its share are hidden ("x"); observed 0 of 1 (base < 3); attendance 3 of 20 = 15%
    // index 0,38 under
    const zuidJong = lines.find((l) => l.startsWith('Zuid;Jongeren;'))!;
    expect(zuidJong).toBe(
      'Zuid;Jongeren;40;3;x;x;x;te weinig mensen om te zeggen;Inloop;0;<3;0;;te weinig mensen om te zeggen;;3;20;15;0,38;ondervertegenwoordigd;Inloop',
    );
  });
});

describe('XLSX', () => {
  const tables = reportTables(data, process, translateNl);
  const files = unzipSync(toXlsx(tables));
  const sheet1 = strFromU8(files['xl/worksheets/sheet1.xml']!);

  it('has the parts of a workbook and one sheet per table', () => {
    expect(Object.keys(files).sort()).toEqual([
      '[Content_Types].xml',
      '_rels/.rels',
      'xl/_rels/workbook.xml.rels',
      'xl/styles.xml',
      'xl/workbook.xml',
      'xl/worksheets/sheet1.xml',
      'xl/worksheets/sheet2.xml',
      'xl/worksheets/sheet3.xml',
      'xl/worksheets/sheet4.xml',
      'xl/worksheets/sheet5.xml',
      'xl/worksheets/sheet6.xml',
    ]);
    expect(strFromU8(files['xl/workbook.xml']!)).toContain('<sheet name="Bereik" sheetId="4" r:id="rId4"/>');
  });

  it('writes text as inline strings, never as formulas', () => {
    expect(sheet1).not.toContain('<f>');
    expect(sheet1).toContain('t="inlineStr" s="2"><is><t xml:space="preserve">=1+1</t></is>');
    expect(sheet1).toContain('Meer bankjes; &quot;graag&quot; bij het plein');
  });

  it('writes numbers and dates as numbers', () => {
    expect(dateSerial('2026-03-02')).toBe(46083); // 1900 date system: 1 Jan 2026 = 46023, + 60 days
    expect(sheet1).toContain('s="1"><v>46083</v>');
  });

  it('helpers', () => {
    expect([columnName(0), columnName(25), columnName(26), columnName(701), columnName(702)]).toEqual([
      'A',
      'Z',
      'AA',
      'ZZ',
      'AAA',
    ]);
    expect(escapeXml('a<b>&"c"\u0001\u0007d\r\n\t😀\uD800')).toBe('a&lt;b&gt;&amp;&quot;c&quot;d&#13;\n\t😀');
    expect(sheetNames(['Bereik', 'bereik', 'a/b*c', ''])).toEqual(['Bereik', 'bereik 2', 'a b c', 'Blad4']);
  });
});
