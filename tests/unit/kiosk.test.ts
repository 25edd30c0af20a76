import { describe, expect, it } from 'vitest';
import {
  contactSchema,
  KIOSK_CONSENT_VERSION,
  normaliseEmail,
  normalisePhone,
} from '../../src/domain/contact';
import { contributionSchema } from '../../src/domain/contribution';
import { experienceSchema } from '../../src/domain/experience';
import {
  answersToRecords,
  checkContact,
  contactOf,
  contributionSlot,
  DEFAULT_KIOSK_TIMINGS,
  effectiveTimings,
  emptyAnswers,
  freshSession,
  hasContent,
  idlePhase,
  isLastMoreStep,
  KIOSK_STEPS,
  type KioskAnswers,
  type KioskContext,
  type KioskStep,
  kioskExperience,
  moreSteps,
  nextStep,
  previousStep,
  progressSteps,
  restorableSession,
  SHORTEST_PATH,
  selfGroupsOf,
} from '../../src/domain/kiosk';

const ctx: KioskContext = {
  processId: '11111111-1111-4111-8111-111111111111',
  meetingId: '22222222-2222-4222-8222-222222222222',
  respondentId: '33333333-3333-4333-8333-333333333333',
  lang: 'ar',
  themeIds: ['ontmoeten', 'jeugd', 'wonen'],
  questionIds: ['wat-is-belangrijk', 'wat-kan-beter'],
  consentText: 'Ja, de gemeente mag mij een bericht sturen.',
  consentVersion: KIOSK_CONSENT_VERSION,
  today: '2026-03-04',
};
const answers = (patch: Partial<KioskAnswers>): KioskAnswers => ({ ...emptyAnswers(), ...patch });
const meta = {
  id: '44444444-4444-4444-8444-444444444444',
  createdAt: '2026-03-04T19:00:00.000Z',
  updatedAt: '001772650800000.0000.dev1',
  deviceId: 'dev1',
  rev: 1,
  deleted: false,
};

describe('kiosk answers → contributions', () => {
  it('a full answer: themes with assessments, own words per question, the about-you answers on every contribution', () => {
    const { contributions, contact } = answersToRecords(
      answers({
        themeIds: ['ontmoeten', 'jeugd'],
        assessments: { ontmoeten: 'gaat-goed', jeugd: 'moet-anders' },
        // Typed in the other order than the configuration, and one for a question that is gone.
        words: { 'wat-kan-beter': 'Een speeltuin', 'wat-is-belangrijk': ' Het buurthuis ', weg: 'x' },
        idea: 'Een moestuin',
        buurt: 'de-heeg',
        ageBand: '25-44',
        groups: ['mantelzorgers', 'anderstaligen'],
      }),
      ctx,
    );
    expect(contributions.map((c) => [c.kind, c.questionId])).toEqual([
      ['mening', undefined],
      ['mening', 'wat-is-belangrijk'],
      ['mening', 'wat-kan-beter'],
      ['idee', undefined],
    ]);
    const [themes, first, second, idea] = contributions;
    expect(themes!.themeIds).toEqual(['ontmoeten', 'jeugd']);
    expect(themes!.themeAssessments).toEqual({ ontmoeten: 'gaat-goed', jeugd: 'moet-anders' });
    expect(themes!.text).toBe('');
    expect(first!.text).toBe('Het buurthuis');
    expect(second!.text).toBe('Een speeltuin');
    expect(idea!.text).toBe('Een moestuin');
    expect(first!.themeIds).toEqual([]);
    // Each has its own slot, so the extra questions update the same records.
    expect(new Set(contributions.map(contributionSlot)).size).toBe(4);
    for (const c of contributions) {
      expect(c.source).toBe('kiosk');
      expect(c.respondentId).toBe(ctx.respondentId);
      expect(c.meetingId).toBe(ctx.meetingId);
      expect(c.processId).toBe(ctx.processId);
      expect(c.selfGroupIds).toEqual(['mantelzorgers', 'anderstaligen']);
      // Self-stated groups never end up as observed ones.
      expect(c.observedGroupIds).toEqual([]);
      expect(c.residentBuurtId).toBe('de-heeg');
      expect(c.ageBand).toBe('25-44');
      expect(c.agreeCount).toBe(0);
      // Valid as stored records.
      expect(contributionSchema.safeParse({ ...c, ...meta }).success).toBe(true);
    }
    expect(contact).toBeNull();
  });

  it('skipping every optional question: groups unknown, no buurt, no age band, no contact', () => {
    const { contributions, contact } = answersToRecords(answers({ themeIds: ['wonen'] }), ctx);
    expect(contributions).toHaveLength(1);
    const c = contributions[0]!;
    expect(c.selfGroupIds).toEqual(['onbekend']);
    expect('residentBuurtId' in c).toBe(false);
    expect('ageBand' in c).toBe(false);
    expect(c.themeAssessments).toEqual({});
    expect(contact).toBeNull();
  });

  it('"zeg ik liever niet" is kept as an answer of its own; "geen van deze" is an empty list', () => {
    const a = answers({ themeIds: ['wonen'], buurt: 'zeg-ik-liever-niet', ageBand: 'zeg-ik-liever-niet' });
    const [c] = answersToRecords({ ...a, groups: 'zeg-ik-liever-niet' }, ctx).contributions;
    expect(c!.selfGroupIds).toEqual(['zeg-ik-liever-niet']);
    expect(c!.residentBuurtId).toBe('zeg-ik-liever-niet');
    expect(c!.ageBand).toBe('zeg-ik-liever-niet');
    expect(selfGroupsOf({ ...a, groups: 'geen' })).toEqual([]);
  });

  it('drops themes that are not in the configuration, and assessments of themes not picked', () => {
    const { contributions } = answersToRecords(
      answers({
        themeIds: ['ontmoeten', 'weg'],
        assessments: { ontmoeten: 'moet-anders', jeugd: 'gaat-goed' },
      }),
      ctx,
    );
    expect(contributions[0]!.themeIds).toEqual(['ontmoeten']);
    expect(contributions[0]!.themeAssessments).toEqual({ ontmoeten: 'moet-anders' });
  });

  it('only own words: no theme contribution', () => {
    const { contributions } = answersToRecords(answers({ idea: 'Een moestuin' }), ctx);
    expect(contributions.map((c) => [c.kind, c.text])).toEqual([['idee', 'Een moestuin']]);
  });

  it('nothing picked or written: nothing to send', () => {
    expect(hasContent(emptyAnswers())).toBe(false);
    expect(hasContent(answers({ words: { 'wat-kan-beter': '   ' } }))).toBe(false);
    expect(hasContent(answers({ words: { 'wat-kan-beter': 'Meer bankjes' } }))).toBe(true);
    expect(answersToRecords(emptyAnswers(), ctx).contributions).toEqual([]);
  });

  it('a contact only with consent, stored apart: no respondent id, only the day of consent', () => {
    const withConsent = answers({
      themeIds: ['jeugd'],
      contact: { channel: 'email', value: ' a.bewoner@example.nl ', consent: true, declined: false },
    });
    const { contact, contributions } = answersToRecords(withConsent, ctx);
    expect(contact).toEqual({
      processId: ctx.processId,
      meetingId: ctx.meetingId,
      channel: 'email',
      value: 'a.bewoner@example.nl',
      consentText: ctx.consentText,
      consentVersion: KIOSK_CONSENT_VERSION,
      consentedOn: '2026-03-04',
      language: 'ar',
      purpose: 'terugkoppeling',
    });
    expect(JSON.stringify(contact)).not.toContain(ctx.respondentId);
    expect(contactSchema.safeParse({ ...contact, ...meta }).success).toBe(true);
    // The answers do not carry the contact.
    expect(JSON.stringify(contributions)).not.toContain('example.nl');

    const noConsent = { ...withConsent, contact: { ...withConsent.contact, consent: false } };
    expect(answersToRecords(noConsent, ctx).contact).toBeNull();
  });

  it('phone numbers are reduced to digits; nonsense is refused', () => {
    expect(normalisePhone('06 - 12 34 56 78')).toBe('0612345678');
    expect(normalisePhone('+31 (0)6 1234 5678')).toBe('+310612345678');
    expect(normalisePhone('12345')).toBeNull();
    expect(normalisePhone('bel me')).toBeNull();
    expect(normaliseEmail('geen-adres')).toBeNull();
    expect(checkContact({ channel: 'phone', value: '', consent: true, declined: false }).status).toBe(
      'missing',
    );
    expect(checkContact({ channel: 'phone', value: 'abc', consent: true, declined: false }).status).toBe(
      'invalid',
    );
    expect(
      checkContact({ channel: 'phone', value: '0612345678', consent: false, declined: false }).status,
    ).toBe('no-consent');
    expect(checkContact({ value: '', consent: false, declined: true }).status).toBe('none');
  });
});

describe('kiosk steps (issue 13)', () => {
  const withThemes = answers({ themeIds: ['jeugd'] });

  it('the shortest path is 4 screens: welcome, what matters, own words, thank you', () => {
    expect(SHORTEST_PATH).toEqual(['welcome', 'themes', 'words', 'thanks']);
    // Walking "Verder" from the welcome screen reaches the thank-you screen in 3 steps, whatever was answered.
    for (const a of [emptyAnswers(), withThemes]) {
      for (const priorities of [false, true]) {
        const path: string[] = ['welcome'];
        while (path.at(-1) !== 'thanks') path.push(nextStep(path.at(-1) as KioskStep, a, priorities));
        expect(path).toEqual([...SHORTEST_PATH]);
      }
    }
  });

  it('"Wilt u nog iets meer vertellen?" leads through every other question and back to the thank-you screen', () => {
    expect(moreSteps(emptyAnswers())).toEqual(['buurt', 'age', 'groups', 'contact']);
    expect(moreSteps(withThemes, true)).toEqual([
      'assess',
      'priorities',
      'buurt',
      'age',
      'groups',
      'contact',
    ]);
    const path: KioskStep[] = ['thanks'];
    do path.push(nextStep(path.at(-1)!, withThemes, true));
    while (path.at(-1) !== 'thanks');
    expect(path).toEqual(['thanks', 'assess', 'priorities', 'buurt', 'age', 'groups', 'contact', 'thanks']);
    expect(isLastMoreStep('contact', withThemes)).toBe(true);
    expect(isLastMoreStep('groups', withThemes)).toBe(false);
  });

  it('every step of the flow is reachable, and every step leads back to a step of the flow', () => {
    const a = withThemes;
    const seen = new Set<KioskStep>(['welcome']);
    const todo: KioskStep[] = ['welcome', 'help'];
    seen.add('help');
    while (todo.length) {
      const s = todo.pop()!;
      for (const n of [nextStep(s, a, true), previousStep(s, a, true)]) {
        expect(KIOSK_STEPS).toContain(n);
        if (!seen.has(n)) {
          seen.add(n);
          todo.push(n);
        }
      }
    }
    expect([...seen].sort()).toEqual([...KIOSK_STEPS].sort());
  });

  it('back: never into the saved answers; from the first extra question to the thank-you screen', () => {
    expect(previousStep('words', emptyAnswers())).toBe('themes');
    expect(previousStep('themes', emptyAnswers())).toBe('welcome');
    expect(previousStep('thanks', emptyAnswers())).toBe('thanks');
    expect(previousStep('assess', withThemes)).toBe('thanks');
    expect(previousStep('buurt', emptyAnswers())).toBe('thanks');
    expect(previousStep('buurt', withThemes)).toBe('assess');
    expect(previousStep('help', withThemes)).toBe('thanks');
    expect(nextStep('help', withThemes)).toBe('thanks');
  });

  it('numbers the steps per part: 2 before saving, the extra questions apart, none on the other screens', () => {
    expect(progressSteps('themes', emptyAnswers())).toEqual(['themes', 'words']);
    expect(progressSteps('age', withThemes)).toEqual(['assess', 'buurt', 'age', 'groups', 'contact']);
    for (const s of ['welcome', 'thanks', 'help'] as const) expect(progressSteps(s, withThemes)).toEqual([]);
  });
});

describe('the one-tap questions at the end', () => {
  it('"Hoe vond u dit?" is an experience of a resident at this meeting, linked to nothing else', () => {
    const e = kioskExperience(ctx.processId, ctx.meetingId, 'gaat-wel');
    expect(e).toEqual({
      processId: ctx.processId,
      meetingId: ctx.meetingId,
      who: 'resident',
      rating: 'gaat-wel',
      comment: '',
    });
    expect(experienceSchema.safeParse({ ...e, ...meta }).success).toBe(true);
    expect(JSON.stringify(e)).not.toContain(ctx.respondentId);
  });

  it('"Wilt u meehelpen?" gives a contact with its purpose, under the same rules (consent, no respondent id)', () => {
    const helper = { channel: 'email' as const, value: ' hulp@example.nl ', consent: true, declined: false };
    const c = contactOf(helper, ctx, 'meehelpen');
    expect(c?.purpose).toBe('meehelpen');
    expect(c?.value).toBe('hulp@example.nl');
    expect(JSON.stringify(c)).not.toContain(ctx.respondentId);
    expect(contactOf({ ...helper, consent: false }, ctx, 'meehelpen')).toBeNull();
    // The helper's contact never rides along with the answers.
    const { contact } = answersToRecords(answers({ themeIds: ['jeugd'], helper }), ctx);
    expect(contact).toBeNull();
    // A contact from an older file, without a purpose, was one for feedback.
    const { purpose: _p, ...old } = c!;
    const parsed = contactSchema.parse({ ...old, ...meta, consentedOn: ctx.today });
    expect('purpose' in parsed && parsed.purpose).toBe('terugkoppeling');
  });
});

describe('idle handling and timings', () => {
  const t = DEFAULT_KIOSK_TIMINGS;
  it('asks after 90 s, counts down 20 s, then expires', () => {
    expect(t.idleMs).toBe(90_000);
    expect(t.countdownMs).toBe(20_000);
    expect(t.thanksMs).toBe(30_000);
    expect(idlePhase(89_999, 0, t)).toEqual({ phase: 'active' });
    expect(idlePhase(90_000, 0, t)).toEqual({ phase: 'asking', secondsLeft: 20 });
    expect(idlePhase(100_500, 0, t)).toEqual({ phase: 'asking', secondsLeft: 10 });
    expect(idlePhase(110_000, 0, t)).toEqual({ phase: 'expired' });
  });

  it('overrides only shorten (never below 0.5 s), and ignore junk', () => {
    expect(effectiveTimings({ idleMs: 3000, countdownMs: 999_999, lockMs: 1 })).toEqual({
      ...t,
      idleMs: 3000,
      lockMs: 500,
    });
    expect(effectiveTimings('x')).toEqual(t);
    expect(effectiveTimings({ idleMs: 'soon' })).toEqual(t);
  });

  it('a saved in-progress answer comes back after a reload, unless its resident walked away', () => {
    const s = { ...freshSession(ctx.respondentId, 1000), dirty: true, step: 'words' as const };
    expect(restorableSession(s, 1000 + 60_000, t)?.step).toBe('words');
    expect(restorableSession(s, 1000 + 110_000, t)).toBeNull();
    expect(restorableSession({ nonsense: true }, 1000, t)).toBeNull();
  });
});

describe('sms contact (issue 16.11)', () => {
  it('accepts Dutch mobile numbers in every common writing, stored as +316…', async () => {
    const { normaliseMobile, isDutchMobile } = await import('../../src/domain/contact');
    for (const typed of [
      '06-12345678',
      '06 1234 5678',
      '0612345678',
      '+31 6 12345678',
      '+31 (0)6 12345678',
      '0031612345678',
      '06.12.34.56.78',
    ])
      expect(normaliseMobile(typed), typed).toBe('+31612345678');
    expect(isDutchMobile('06 12 34 56 78')).toBe(true);
  });
  it('refuses Dutch landlines and broken numbers, accepts a foreign number with its country code', async () => {
    const { normaliseMobile, isDutchMobile } = await import('../../src/domain/contact');
    for (const bad of [
      '043-3504000',
      '+31 43 350 4000',
      '0612345',
      '061234567890',
      '6123456789',
      'zes twaalf',
      '',
    ])
      expect(normaliseMobile(bad), bad).toBeNull();
    expect(normaliseMobile('+32 470 12 34 56')).toBe('+32470123456');
    expect(normaliseMobile('0049 151 23456789')).toBe('+4915123456789');
    expect(isDutchMobile('+32 470 12 34 56')).toBe(false);
  });
  it('a kiosk contact by sms passes the check only with a mobile number', () => {
    expect(
      checkContact({ channel: 'sms', value: '043-3504000', consent: true, declined: false }).status,
    ).toBe('invalid');
    expect(checkContact({ channel: 'sms', value: '06 1234 5678', consent: true, declined: false })).toEqual({
      status: 'ok',
      channel: 'sms',
      value: '+31612345678',
    });
  });
});
