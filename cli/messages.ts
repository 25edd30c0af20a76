/** The command line's own texts (Dutch). Problems with files come from src/i18n/nl/exchange.ts. */
export const HELP = `Buurtstem — exportbestanden controleren, bekijken en samenvoegen

Gebruik:
  buurtstem validate BESTAND...               controleer bestanden (uitkomst 1 als er een fout is)
  buurtstem info BESTAND                      kop en aantallen van een bestand
  buurtstem merge BESTAND... -o UIT.json      voeg bestanden samen, met dezelfde regels als de app
  buurtstem report BESTAND... --csv MAP       analysetabellen (CSV voor Excel) van de samengevoegde bestanden
  buurtstem --help                            deze uitleg

Opties:
  --passphrase-file BESTAND   wachtwoord voor versleutelde bestanden (.json.enc), uit dit bestand
  -o, --output BESTAND        (bij merge) waar het samengevoegde bestand komt
  --csv MAP                   (bij report) map voor de CSV-bestanden; contactgegevens staan er nooit in
  --process ID                (bij report) welk participatieproces, als de bestanden er meer bevatten
  --version                   versie van Buurtstem

Het samengevoegde bestand is zelf weer een exportbestand: de app en deze opdrachtregel lezen
het opnieuw in of voegen het verder samen. Zie docs/FORMAT.md.`;

export const msg = {
  unknownCommand: (c: string) => `Onbekende opdracht: ${c}. Zie buurtstem --help.`,
  unknownOption: (o: string) => `Onbekende optie: ${o}. Zie buurtstem --help.`,
  missingValue: (o: string) => `Na ${o} hoort een bestandsnaam.`,
  noFiles: (c: string) => `Geef minstens één bestand op: buurtstem ${c} BESTAND...`,
  oneFile: 'Geef precies één bestand op: buurtstem info BESTAND',
  noOutput: 'Geef op waar het samengevoegde bestand moet komen: buurtstem merge BESTAND... -o UIT.json',
  notFound: 'bestand niet gevonden.',
  isDirectory: 'dit is een map, geen bestand.',
  cannotRead: 'het bestand kan niet worden gelezen.',
  passphraseFile: (f: string) => `Het wachtwoordbestand ${f} kan niet worden gelezen.`,
  passphraseEmpty: (f: string) => `Het wachtwoordbestand ${f} is leeg.`,
  cannotWrite: (f: string) => `Kan ${f} niet schrijven.`,
  ok: (file: string, what: string) => `OK    ${file} — ${what}`,
  bad: (file: string, problem: string) => `FOUT  ${file}: ${problem}`,
  notMerged: 'Niets samengevoegd: los eerst de fouten hierboven op.',
  merged: (n: number, out: string, records: number, conflicts: number) =>
    `Samengevoegd: ${n} bestanden → ${out} (records: ${records}, conflicten: ${conflicts}).`,
  gap: (device: string, missing: string, many: boolean) =>
    many
      ? `Let op: van ${device} ontbreken exports ${missing}.`
      : `Let op: van ${device} ontbreekt exportnummer ${missing}.`,
  needsPassphrase: 'Dit bestand is versleuteld: geef het wachtwoord met --passphrase-file BESTAND.',
  unexpected: (m: string) => `Onverwachte fout: ${m}`,
  noCsvDir: 'Geef op in welke map de CSV-bestanden komen: buurtstem report BESTAND... --csv MAP',
  noProcess:
    'In deze bestanden staat geen participatieproces (configuratie). Voeg een export toe die het participatieproces bevat.',
  unknownProcess: (id: string) => `Participatieproces ${id} staat niet in deze bestanden.`,
  whichProcess: (list: string) =>
    `De bestanden bevatten meer participatieprocessen; kies er een met --process: ${list}`,
  reported: (name: string, n: number, dir: string) => `Rapport van ${name}: ${n} CSV-bestanden in ${dir}.`,
};
