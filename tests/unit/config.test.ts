import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { configFileSchema, processConfigSchema } from '../../src/domain/process';
import { slugify, uniqueSlug } from '../../src/domain/slug';
import {
  newBuurt,
  newTheme,
  removeBuurt,
  removeTheme,
  setBuurtName,
  setThemeLabel,
} from '../../src/features/settings/editor/edits';
import { fromDraft, toDraft } from '../../src/features/settings/editor/model';
import { checkConfig, readConfigFile } from '../../src/features/settings/fieldLabels';
import { setLang } from '../../src/i18n';

setLang('nl');
const root = join(__dirname, '..', '..');
const shipped = readFileSync(join(root, 'public', 'config.json'), 'utf8');
const bad = (name: string) => readFileSync(join(root, 'tests', 'fixtures', 'bad-config', name), 'utf8');
const shippedConfig = () => configFileSchema.parse(JSON.parse(shipped)).process;

describe('the shipped configuration (public/config.json)', () => {
  it('is valid', () => {
    const r = readConfigFile(shipped);
    expect(r.ok ? [] : r.problems).toEqual([]);
    expect(r.ok && r.value.process.area).toBe('Stadsdeel Zuid');
  });
});

describe('broken configuration files are refused with a Dutch message naming the field', () => {
  const refused = (name: string) => {
    const r = readConfigFile(bad(name));
    if (r.ok) throw new Error(`${name} was accepted`);
    return r.problems;
  };

  it('wrong type: a number given as text', () => {
    const problems = refused('wrong-type.json');
    expect(problems).toHaveLength(1);
    expect(problems[0]!.field).toBe('Instellingen voor de analyse › Kleinste groep die getoond wordt');
    expect(problems[0]!.message).toBe('moet een getal zijn, niet tekst');
  });

  it('missing field', () => {
    const problems = refused('missing-field.json');
    expect(problems).toHaveLength(1);
    expect(problems[0]!.field).toBe('Wie vraagt het, en wat gebeurt ermee');
    expect(problems[0]!.message).toBe('ontbreekt (dit moet ingevuld zijn)');
  });

  it('unknown theme id in a buurt', () => {
    const problems = refused('unknown-theme.json');
    expect(problems).toEqual([
      {
        field: 'Buurten › Buurt 3 (Campagne) › Thema’s die spelen in deze buurt › 3',
        message: 'onbekend thema "sport"',
      },
    ]);
  });

  it('duplicate id', () => {
    const problems = refused('duplicate-id.json');
    expect(problems).toEqual([{ field: 'Thema’s (suggesties)', message: 'dezelfde id komt twee keer voor' }]);
  });

  it('share above 1', () => {
    const problems = refused('share-too-big.json');
    expect(problems).toHaveLength(1);
    expect(problems[0]!.field).toBe(
      'Doelgroepen die vaak niet meedoen › Groep 1 (Jongeren (15-24 jaar)) › Aandeel in bevolking (0–1) › Aandeel in Randwyck',
    );
    expect(problems[0]!.message).toBe('maximaal 1 (een aandeel tussen 0 en 1)');
  });

  it('not JSON', () => {
    expect(refused('not-json.json')).toEqual([
      { field: 'Bestand', message: 'geen geldige JSON (bestand beschadigd of onvolledig)' },
    ]);
  });

  it('not a Buurtstem configuration at all', () => {
    const r = readConfigFile('{"format":"iets-anders","version":1,"process":{}}');
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.problems[0]!.field).toBe('Soort bestand');
  });
});

describe('the editor draft', () => {
  it('round-trips the shipped configuration unchanged', () => {
    const config = shippedConfig();
    expect(processConfigSchema.parse(fromDraft(toDraft(config)))).toEqual(config);
  });

  it('reads Dutch decimals and names a field that is not a number', () => {
    const d = toDraft(shippedConfig());
    d.targetGroups[0]!.total = '0,21';
    expect(checkConfig(fromDraft(d))).toMatchObject({ ok: true });
    const parsed = processConfigSchema.parse(fromDraft(d));
    expect(parsed.targetGroups[0]!.share.total).toBe(0.21);
    d.targetGroups[0]!.total = 'veel';
    const r = checkConfig(fromDraft(d));
    expect(r.ok).toBe(false);
    if (!r.ok) {
      expect(r.problems[0]!.field).toBe(
        'Doelgroepen die vaak niet meedoen › Groep 1 (Jongeren (15-24 jaar)) › Aandeel in bevolking (0–1) › Aandeel in het hele gebied (0–1)',
      );
      expect(r.problems[0]!.message).toBe('moet een getal zijn, niet tekst');
    }
  });

  it('refuses an empty name, naming the field', () => {
    const d = toDraft(shippedConfig());
    d.name = '  ';
    const r = checkConfig(fromDraft(d));
    expect(r.ok ? [] : r.problems).toEqual([
      { field: 'Naam van het participatieproces', message: 'mag niet leeg zijn' },
    ]);
  });

  it('gives a new theme an id from its label and keeps buurt references in step', () => {
    let d = toDraft(shippedConfig());
    d = { ...d, themes: [...d.themes, newTheme(d)] };
    const i = d.themes.length - 1;
    d = setThemeLabel(d, i, 'Sport');
    d = {
      ...d,
      buurten: d.buurten.map((b, j) => (j === 0 ? { ...b, themeIds: [...b.themeIds, 'sport'] } : b)),
    };
    d = setThemeLabel(d, i, 'Sport en spel');
    expect(d.themes[i]!.id).toBe('sport-en-spel');
    expect(d.buurten[0]!.themeIds).toContain('sport-en-spel');
    expect(checkConfig(fromDraft(d)).ok).toBe(true);
    // An existing theme keeps its id (contributions refer to it).
    d = setThemeLabel(d, 0, 'Elkaar ontmoeten');
    expect(d.themes[0]!.id).toBe('ontmoeten');
    // Removing a theme removes it from the buurten too.
    d = removeTheme(d, i);
    expect(d.buurten[0]!.themeIds).not.toContain('sport-en-spel');
    expect(checkConfig(fromDraft(d)).ok).toBe(true);
  });

  it('gives a new buurt an id from its name and renames its shares; removing it drops them', () => {
    let d = toDraft(shippedConfig());
    d = { ...d, buurten: [...d.buurten, newBuurt(d)] };
    const i = d.buurten.length - 1;
    d = setBuurtName(d, i, 'Sint');
    d.targetGroups[0]!.byBuurt.sint = '0,3';
    d = setBuurtName(d, i, 'Sint Pieter');
    expect(d.buurten[i]!.id).toBe('sint-pieter-2');
    expect(d.targetGroups[0]!.byBuurt['sint-pieter-2']).toBe('0,3');
    expect(checkConfig(fromDraft(d)).ok).toBe(true);
    d = removeBuurt(d, i);
    expect(d.targetGroups[0]!.byBuurt['sint-pieter-2']).toBeUndefined();
  });
});

describe('slugify', () => {
  it('makes readable ids', () => {
    expect(slugify('Wonen en buurt')).toBe('wonen-en-buurt');
    expect(slugify('Ouderen (75+)')).toBe('ouderen-75');
    expect(slugify('Café économie')).toBe('cafe-economie');
    expect(slugify('!!!')).toBe('');
    expect(uniqueSlug('Jeugd', ['jeugd', 'jeugd-2'])).toBe('jeugd-3');
    expect(uniqueSlug('', [], 'thema')).toBe('thema');
  });
});
