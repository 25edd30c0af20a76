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
    'Heading above the question of the municipality (the question itself is translated under its own key).',
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
  'resident.toReview': 'Button shown after changing an answer from the overview: go back to the overview.',
  'resident.optional': 'Says that the question may be skipped (with the Next button).',
  'resident.themes.title':
    'Heading of the screen where residents pick topics (with pictograms) that matter to them.',
  'resident.themes.help': 'Explains that several topics may be chosen.',
  'resident.assess.title': 'Heading: for each chosen topic, is it going well or does it need to change?',
  'resident.assess.help': 'Short instruction: answer for each topic you chose.',
  'resident.assess.good': 'Button: this topic is going well in the neighbourhood. Two or three words.',
  'resident.assess.change': 'Button: this topic needs to change / improve. Two or three words.',
  'resident.words.title': 'Heading of the screen with three optional text boxes.',
  'resident.words.works': 'Label of the text box: what is going well in your neighbourhood?',
  'resident.words.missing': 'Label of the text box: what is missing in your neighbourhood?',
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
    'Question: do you belong to one or more of these groups (e.g. young people, carers)? Self-identification; be neutral and respectful.',
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
  'resident.review.title': 'Heading of the overview screen before sending: are your answers right?',
  'resident.review.help': 'Instruction: check your answers; to change one, choose the Change button.',
  'resident.review.change': 'Button next to each part of the overview: change this answer.',
  'resident.review.themes': 'Heading in the overview: chosen topics.',
  'resident.review.words': 'Heading in the overview: what you wrote in your own words.',
  'resident.review.about': 'Heading in the overview: about you (buurt, age, groups).',
  'resident.review.contact': 'Heading in the overview: whether a message is sent back later.',
  'resident.review.skipped': 'Shown instead of an answer that was skipped.',
  'resident.review.noContact': 'Shown when the resident does not want a message.',
  'resident.review.send': 'Big button: send the answers. One word.',
  'resident.review.empty': 'Shown when nothing was chosen or written yet, so there is nothing to send.',
  'resident.review.toThemes': 'Button back to the topics screen.',
  'resident.review.failed':
    'Error after sending failed: answers are still there; ask the facilitator for help.',
  'resident.thanks.title': 'Heading after sending: thank you!',
  'resident.thanks.text': 'Answers are saved; the resident may hand the tablet back.',
  'resident.thanks.restart':
    'The tablet starts again for the next person after {n} seconds. Plural forms by CLDR category of your language.',
  'resident.thanks.now': 'Button: start again right now (for the next person).',
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
};
