import type { nlKiosk } from '../nl/kiosk';

/**
 * Notes for translators of the resident kiosk texts (nl/kiosk.ts is the source). General: residents
 * read these alone on a tablet in a community centre; many read little or are new to the language.
 * Use short sentences, everyday words, the polite form (Dutch "u", Turkish "siz"), no jargon.
 * Button texts are verbs or very short. Keep {placeholders} unchanged. Theme labels, buurt names,
 * target groups and the question come from the process configuration; they are translated in the
 * same file under their own keys (src/domain/configText.ts) and fall back to Dutch when missing.
 */
export const kioskNotes: Record<keyof typeof nlKiosk, string> = {
  'resident.lang.label':
    'Label of the row of language buttons on the welcome screen (read by screen readers).',
  'resident.welcome.title': 'Main heading of the welcome screen; invites the resident to give their opinion.',
  'resident.welcome.intro': 'One or two sentences: we want your opinion, it takes about 5 minutes.',
  'resident.welcome.question':
    'Heading above the question(s) of the municipality; n = number of questions (each question is translated under its own key).',
  'resident.welcome.askedBy':
    'Heading above who asks the question (the organisation, from the configuration).',
  'resident.welcome.level': 'Heading above the sentence that says what happens with the answers.',
  'resident.welcome.anonymous': 'Reassurance: no name needed; the next person cannot see your answers.',
  'resident.welcome.start': 'Big button that starts the questions. One word if possible.',
  'resident.level.informeren':
    'Participation level "inform": residents only hear plans. Plain words, no jargon.',
  'resident.level.raadplegen':
    'Participation level "consult": the municipality asks opinions and reports back.',
  'resident.level.meepraten':
    'Participation level "talk along" (the level of this process): residents give input, the municipality decides and reports back.',
  'resident.level.adviseren':
    'Participation level "advise": the municipality explains when it does not follow advice.',
  'resident.level.coproduceren':
    'Participation level "co-produce": residents make plans together with the municipality.',
  'resident.level.meebeslissen':
    'Participation level "co-decide": residents decide together with the municipality.',
  'resident.progress': 'Progress at the top: {n} is the current step, {total} the number of steps.',
  'resident.next': 'Button to the next screen.',
  'resident.back': 'Button to the previous screen.',
  'resident.optional': 'Says that the question may be skipped (with the Next button).',
  'resident.themes.title':
    'Heading of the screen where residents pick topics (with pictograms) that matter to them.',
  'resident.themes.help': 'Explains that several topics may be chosen.',
  'resident.assess.title': 'Heading: for each chosen topic, is it going well or does it need to change?',
  'resident.assess.help': 'Short instruction: answer for each topic you chose.',
  'resident.assess.good': 'Button: this topic is going well in the neighbourhood. Two or three words.',
  'resident.assess.change': 'Button: this topic needs to change / improve. Two or three words.',
  'resident.words.title':
    'Heading of the screen with a text field for every question of the process; writing is optional.',
  'resident.words.idea': 'Label of the text box: do you have an idea?',
  'resident.words.privacy': 'Warning: do not write names or addresses (privacy).',
  'resident.about.why':
    'Why the app asks about buurt, age and groups: to see whether all residents are heard, also those who often do not take part. Answers stay anonymous.',
  'resident.about.noAnswer':
    'Option on every about-you question: "I would rather not say". Must sound neutral, not rude.',
  'resident.buurt.title':
    'Question: which neighbourhood do you live in? (buurt names are under buurt.* keys).',
  'resident.buurt.other': 'Option: I live in a neighbourhood that is not in the list.',
  'resident.age.title': 'Question: how old are you? The answers are age bands.',
  'resident.age.0-17': 'Age band: 17 or younger.',
  'resident.age.18-24': 'Age band: 18 up to and including 24.',
  'resident.age.25-44': 'Age band: 25 up to and including 44.',
  'resident.age.45-64': 'Age band: 45 up to and including 64.',
  'resident.age.65-74': 'Age band: 65 up to and including 74.',
  'resident.age.75+': 'Age band: 75 or older.',
  'resident.groups.title':
    'Heading above sentences residents say about themselves ("I care for someone"). Several may be chosen.',
  'resident.groups.help': 'Several groups may be chosen.',
  'resident.groups.none': 'Option: I belong to none of the listed groups.',
  'resident.contact.title': 'Question: do you want to hear later what happened with the answers?',
  'resident.contact.help':
    'Explains that a message is sent later, and that the e-mail or phone number is kept separately from the answers.',
  'resident.contact.how': 'Question: how do you want to receive the message?',
  'resident.contact.email': 'Option: receive the message by e-mail.',
  'resident.contact.phone': 'Option: receive the message by text message (SMS).',
  'resident.contact.no': 'Option: no message, thank you. Friendly.',
  'resident.contact.emailLabel': 'Label of the e-mail address field.',
  'resident.contact.phoneLabel': 'Label of the phone number field.',
  'resident.contact.consent':
    'Consent checkbox (legal meaning!): the municipality may send one message about what happened, then deletes the details. Translate the meaning exactly; it is stored with the contact.',
  'resident.contact.errMissing': 'Error: the field is empty. Offer the way out: choose "No, thank you".',
  'resident.contact.errEmail': 'Error: the e-mail address is not valid.',
  'resident.contact.errPhone': 'Error: the phone number is not valid.',
  'resident.contact.errConsent': 'Error: the consent box is not ticked.',
  'resident.thanks.title': 'Heading after sending: thank you!',
  'resident.thanks.text': 'Under "Thank you": the answers are saved on this tablet.',
  'resident.thanks.restart':
    'The tablet starts again for the next person after {n} seconds. Plural forms by CLDR category of your language.',
  'resident.thanks.now': 'Button: the resident is done; the tablet starts again for the next resident.',
  'resident.idle.title': 'Question in a pop-up after a long time without touching: are you still there?',
  'resident.idle.text':
    'If you do nothing, your answers are deleted after {n} seconds (counting down to 1). Plural forms by CLDR category of your language.',
  'resident.idle.continue': 'Button: yes, I am still busy and want to continue.',
  'resident.idle.stop': 'Button: no, stop now and delete my answers.',
  'resident.tools.label': 'Label (for screen readers) of the bar with text size, contrast and read aloud.',
  'resident.tools.size': 'Label (for screen readers) of the three text-size buttons A / A+ / A++.',
  'resident.tools.size1': 'Name of the "A" button: normal text size.',
  'resident.tools.size2': 'Name of the "A+" button: larger text.',
  'resident.tools.size3': 'Name of the "A++" button: largest text.',
  'resident.tools.contrast': 'Toggle button: high contrast (white on black). Short.',
  'resident.tools.read': 'Button: the tablet reads the screen aloud. Short.',
  'resident.tools.stopRead': 'Button while reading: stop reading aloud.',
  'resident.welcome.about':
    'Heading above the framing text of the process (what the conversation is about and what it is not about).',
  'resident.done': 'Button that ends a part and saves the answers on the tablet (nothing is sent). One word.',
  'resident.saveFailed':
    'Error when the tablet could not save the answers. Reassure: nothing is lost; ask the host.',
  'resident.words.empty':
    'Shown when nothing is picked or written yet; "Klaar" is the button text resident.done.',
  'resident.words.toThemes': 'Button back to the topics screen.',
  'resident.more.title':
    'Question on the thank-you screen: the answers are saved; more questions follow if the resident wants.',
  'resident.more.text': 'Explains what "more" means; every question is optional.',
  'resident.more.yes': 'Button: go to the extra questions.',
  'resident.rate.title':
    'Question: how did the resident like giving their opinion this way (on the tablet)? One tap.',
  'resident.rate.goed': 'Answer button with a happy face.',
  'resident.rate.gaat-wel': 'Answer button with a neutral face.',
  'resident.rate.niet-goed': 'Answer button with a sad face.',
  'resident.rate.thanks': 'Shown after the resident tapped a face.',
  'resident.help.title':
    'Question on the thank-you screen: does the resident want to help (volunteer) in the neighbourhood?',
  'resident.help.text': 'Explains what helping means.',
  'resident.help.yes': 'Button: the resident wants to help; next screen asks for e-mail or phone.',
  'resident.help.thanks': 'Shown after the resident left a contact to help.',
  'resident.help.formTitle':
    'Heading of the screen where a resident who wants to help leaves e-mail or phone.',
  'resident.help.formText': 'Reassurance: the contact cannot be linked to the answers.',
  'resident.help.consent':
    'Consent text next to the tick box (stored with the contact). Must say: contact about helping, deleted later.',
};
