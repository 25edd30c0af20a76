import { describe, expect, it } from 'vitest';
import { checkQuote, quoteRisks } from '../../src/domain/quoteCheck';

const risks = (s: string) => quoteRisks(s);

describe('quote check: phone numbers', () => {
  it.each([
    'Bel me op 06-12345678 als er iets is',
    'mijn nummer is 06 1234 5678',
    'app naar 0612345678',
    'bereikbaar via +31 6 12345678',
    'of 0031612345678',
    'het buurthuis: 043-3504000',
    'bel (043) 350 40 00',
  ])('finds a phone number in "%s"', (s) => {
    expect(risks(s)).toContain('phone');
  });
  it('does not see a phone number in short numbers or years', () => {
    expect(risks('In 2026 willen we 3 bankjes en 12 bomen erbij')).not.toContain('phone');
    expect(risks('Er wonen 1500 mensen in de wijk')).not.toContain('phone');
  });
});

describe('quote check: e-mail', () => {
  it('finds e-mail addresses', () => {
    expect(checkQuote('mail naar jan.devries@example.nl graag')).toEqual([
      { risk: 'email', match: 'jan.devries@example.nl' },
    ]);
    expect(risks('info@buurthuis-zuid.nl')).toEqual(['email']);
  });
});

describe('quote check: addresses', () => {
  it.each([
    'Ik woon op de Kerkstraat 12 en het is er donker',
    'bij Heerderweg 104a staat altijd afval',
    'Tongerseplein 3',
    'Oranjelaan 7-2 heeft geen lift',
    'aan de Maaskade 40',
  ])('finds a street and number in "%s"', (s) => {
    expect(risks(s)).toContain('address');
  });
  it('finds postcodes, with or without a space', () => {
    expect(risks('post naar 6221 AB 12')).toContain('postcode');
    expect(risks('6212XK')).toContain('postcode');
  });
  it('does not flag a street without a number', () => {
    expect(risks('De Kerkstraat is donker en er is geen plein om te spelen')).toEqual([]);
  });
});

describe('quote check: names', () => {
  it.each([
    'Jan de Vries zegt dat het buurthuis te vaak dicht is',
    'ik heb het aan Fatima van den Berg gevraagd',
    'Mohamed Amrani helpt altijd',
    'meneer Janssen van hiernaast kan niet meer lopen',
    'mevrouw Bakker zit vaak alleen',
  ])('finds a possible name in "%s"', (s) => {
    expect(risks(s)).toContain('name');
  });
  it('does not flag ordinary sentences', () => {
    for (const s of [
      'Er moet een plek komen waar ouderen elkaar kunnen ontmoeten.',
      'De jongeren hebben niets te doen in de avond.',
      'In Maastricht Zuid is te weinig groen.',
      'Meer bankjes op het plein, graag.',
    ])
      expect(risks(s), s).toEqual([]);
  });
  it('accepts some false positives (listed in the module): two capitalised words', () => {
    expect(risks('Het plan voor de Groene Loper is mooi')).toContain('name');
  });
});

describe('quote check: several at once', () => {
  it('lists each kind once, in a fixed order', () => {
    expect(
      risks('Piet Jansen, Kerkstraat 5, 6221 AB, 06-12345678, piet@example.nl, bel Piet Jansen'),
    ).toEqual(['name', 'phone', 'email', 'address', 'postcode']);
  });
});
