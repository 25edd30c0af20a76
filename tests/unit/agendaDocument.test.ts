import { describe, expect, it } from 'vitest';
import { agendaDocumentSections, agendaTotals, sortedEndorsements } from '../../src/domain/agendaDocument';
import { item } from './agendaFixture';

const THEMES = ['ontmoeten', 'mantelzorg', 'jeugd'];
const BUURTEN = ['heugem', 'campagne', 'jekerdal'];

const whole = item(1, { title: 'Ontmoetingsplek', themeIds: ['ontmoeten'], cost: 25000 });
const twoBuurten = item(2, {
  title: 'Jongerenwerk',
  themeIds: ['jeugd', 'ontmoeten'],
  buurtIds: ['campagne', 'heugem'],
  cost: 'PM',
  endorsements: [
    { who: 'Trajekt, buurtspecialist', date: '2026-03-01', note: '' },
    { who: 'Buurtnetwerk Zuid', date: '2026-04-10', note: '' },
  ],
});
const noTheme = item(3, { title: 'Zonder thema', buurtIds: ['heugem'], position: 2 });
const otherYear = item(4, { title: 'Vorig jaar', agendaYear: 2025 });
const deleted = { ...item(5, { title: 'Weg', cost: 999 }), deleted: true };

describe('the Sociale agenda document', () => {
  it('groups the whole area first, then buurten in configuration order, themes in order within', () => {
    const s = agendaDocumentSections([whole, twoBuurten, noTheme, otherYear, deleted], 2026, BUURTEN, THEMES);
    expect(s.map((x) => x.buurtId)).toEqual([null, 'heugem', 'campagne']);
    expect(s[0]!.themes).toEqual([{ themeId: 'ontmoeten', items: [whole] }]);
    // An item for two buurten shows in both, filed under its first theme in configuration order.
    expect(s[1]!.themes.map((g) => [g.themeId, g.items.map((i) => i.title)])).toEqual([
      ['ontmoeten', ['Jongerenwerk']],
      [null, ['Zonder thema']],
    ]);
    expect(s[2]!.themes[0]!.items).toEqual([twoBuurten]);
  });

  it('counts each item once: known cost, PM, open, endorsed', () => {
    expect(agendaTotals([whole, twoBuurten, noTheme, otherYear, deleted], 2026)).toEqual({
      known: 25000,
      pm: 1,
      open: 1,
      endorsed: 1,
      items: 3,
    });
  });

  it('shows the newest endorsement first', () => {
    expect(sortedEndorsements(twoBuurten).map((e) => e.who)).toEqual([
      'Buurtnetwerk Zuid',
      'Trajekt, buurtspecialist',
    ]);
  });
});
