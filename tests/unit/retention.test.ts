import { describe, expect, it } from 'vitest';
import type { LiveContact } from '../../src/domain/contact';
import type { Feedback } from '../../src/domain/feedback';
import type { Meeting } from '../../src/domain/meeting';
import { contactRetention, findContacts } from '../../src/domain/retention';

const meeting = { id: 'm1', buurtId: 'heer', deleted: false } as unknown as Meeting;
const contact = (over: Partial<LiveContact> = {}) =>
  ({
    id: 'c1',
    meetingId: 'm1',
    channel: 'email',
    value: 'a@example.nl',
    consentedOn: '2026-03-04',
    deleted: false,
    ...over,
  }) as LiveContact;
const feedback = (date: string, buurtId = 'heer') =>
  ({ id: date, date, buurtId, deleted: false }) as unknown as Feedback;
const ctx = (today: string, fb: Feedback[] = []) => ({
  meetingsById: new Map([['m1', meeting]]),
  itemsById: new Map(),
  buurtIds: ['heer', 'wyck'],
  feedback: fb,
  settings: { contactWeeksAfterFeedback: 4, contactMaxMonths: 12 },
  today,
});

describe('retention of contacts', () => {
  it('without feedback: due at the longest period after consent', () => {
    expect(contactRetention(contact(), ctx('2027-03-03'))).toMatchObject({
      dueOn: '2027-03-04',
      reason: 'longest',
      due: false,
    });
    expect(contactRetention(contact(), ctx('2027-03-04')).due).toBe(true);
  });

  it('the weeks start at the first feedback to its buurt on or after consent', () => {
    const fb = [
      feedback('2026-03-01'),
      feedback('2026-05-10', 'wyck'),
      feedback('2026-06-01'),
      feedback('2026-07-01'),
    ];
    expect(contactRetention(contact(), ctx('2026-06-28', fb))).toMatchObject({
      dueOn: '2026-06-29',
      reason: 'feedback',
      feedbackOn: '2026-06-01',
      due: false,
    });
    expect(contactRetention(contact(), ctx('2026-06-29', fb)).due).toBe(true);
  });

  it('feedback planned for a later day does not count yet', () => {
    expect(contactRetention(contact(), ctx('2026-04-01', [feedback('2026-05-01')])).reason).toBe('longest');
  });
});

describe('an erasure request', () => {
  const list = [
    contact({ id: 'e', value: 'Jan.Jansen@example.nl' }),
    contact({ id: 'p', channel: 'phone', value: '0612345678' }),
    contact({ id: 'q', channel: 'phone', value: '+31612345678' }),
  ];
  it('finds an address in any case, a number however it is written', () => {
    expect(findContacts(list, ' jan.jansen@EXAMPLE.nl ').map((c: LiveContact) => c.id)).toEqual(['e']);
    expect(findContacts(list, '06-12 34 56 78').map((c: LiveContact) => c.id)).toEqual(['p', 'q']);
    expect(findContacts(list, '')).toEqual([]);
    expect(findContacts(list, '12')).toEqual([]);
  });
});
