import type { contacts as nl } from '../nl/contacts';

/** Contacts for feedback: retention, erasure, the mailing list (GDPR). */
export const contacts: Record<keyof typeof nl, string> = {
  'contacts.back': 'Back to export',
  'contacts.link': 'Contacts for feedback: keeping and erasing',
  'contacts.title': 'Contacts for feedback',
  'contacts.intro':
    'Residents who left an e-mail address or phone number in the kiosk want to hear what was done with their input. A contact is kept until {weeks} weeks after their buurt received feedback, and never longer than {months} months after consent. Then you erase it here. The erasure travels to every tablet with the next export, without the address or number.',
  'contacts.dueTitle': 'Erase now',
  'contacts.noneDue': 'No contact has passed its retention period.',
  'contacts.eraseDue': 'Erase these contacts ({n})',
  'contacts.erased': 'Erased: {n}. Export this tablet so the erasure reaches the other tablets too.',
  'contacts.full': 'The device is full. Nothing was erased. Free up space and try again.',
  'contacts.failed': 'Erasing did not work. Nothing was erased. Try again.',
  'contacts.findTitle': 'Someone asks to erase their data',
  'contacts.findLabel': 'E-mail address or phone number',
  'contacts.findHelp':
    'Type the address or number as the resident gives it. Spaces and dashes in a number do not matter.',
  'contacts.find': 'Search',
  'contacts.foundN': 'Found: {n}.',
  'contacts.notFound': 'No contact found with this address or number.',
  'contacts.eraseFound': 'Erase what was found ({n})',
  'contacts.mailingTitle': 'List for the feedback',
  'contacts.mailingHelp':
    'A CSV file with the contacts ({n}) to let residents know what was done with their input. This file is apart from every analysis: it holds no answers. Do not keep it longer than needed.',
  'contacts.mailingCsv': 'Download contacts (CSV)',
  'contacts.allTitle': 'All contacts ({n})',
  'contacts.none': 'There are no contacts on this tablet.',
  'contacts.col.value': 'E-mail or phone',
  'contacts.col.buurt': 'Buurt',
  'contacts.col.consentedOn': 'Consent on',
  'contacts.col.dueOn': 'Erase from',
  'contacts.col.why': 'Why this date',
  'contacts.why.feedback': 'feedback to the buurt on {day}',
  'contacts.why.longest': 'longest retention period',
};
