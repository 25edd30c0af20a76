import type { nlKiosk } from '../nl/kiosk';
import type { Entry } from '../translator';

/**
 * Polish for residents (a large group in Maastricht). Simple sentences; the direct form that
 * Polish public services use on screens ("Wybierz", "Ty"), which reads easier than "Pan/Pani"
 * everywhere. Counts follow Polish plural rules (one / few / many / other) through Intl.PluralRules.
 * Drafted from the Dutch source; to be checked by a native speaker before wide use (notes/kiosk.ts).
 */
export const plKiosk: Record<keyof typeof nlKiosk, Entry> = {
  'resident.lang.label': 'Wybierz język',
  'resident.welcome.title': 'Powiedz, co myślisz o swojej okolicy',
  'resident.welcome.intro': 'Chcemy wiedzieć, co myślisz. To zajmie około 5 minut.',
  'resident.welcome.question': {
    one: 'Nasze pytanie do Ciebie',
    few: 'Nasze pytania do Ciebie',
    many: 'Nasze pytania do Ciebie',
    other: 'Nasze pytania do Ciebie',
  },
  'resident.welcome.askedBy': 'Kto pyta?',
  'resident.welcome.level': 'Co się stanie z Twoimi odpowiedziami?',
  'resident.welcome.anonymous':
    'Nie musisz podawać imienia ani nazwiska. Następna osoba nie zobaczy Twoich odpowiedzi.',
  'resident.welcome.start': 'Zaczynamy',
  'resident.level.informeren': 'Dowiadujesz się, co planuje gmina. Decyzję podejmuje gmina.',
  'resident.level.raadplegen':
    'Gmina pyta Cię o zdanie. Decyzję podejmuje gmina i informuje Cię, co się stało z Twoim zdaniem.',
  'resident.level.meepraten':
    'Bierzesz udział w rozmowie. Decyzję podejmuje gmina i informuje Cię, co się stało z Twoimi słowami.',
  'resident.level.adviseren':
    'Doradzasz. Gmina bierze Twoją radę pod uwagę i wyjaśnia, jeśli robi coś innego.',
  'resident.level.coproduceren': 'Tworzysz plany razem z gminą.',
  'resident.level.meebeslissen': 'Współdecydujesz o tym, co się stanie.',
  'resident.progress': 'Krok {n} z {total}',
  'resident.next': 'Dalej',
  'resident.back': 'Wstecz',
  'resident.optional': 'To nie jest obowiązkowe. Możesz to pominąć.',
  'resident.themes.title': 'Co jest dla Ciebie ważne?',
  'resident.themes.help': 'Wybierz tematy, które są dla Ciebie ważne. Możesz wybrać kilka.',
  'resident.assess.title': 'Jest dobrze czy trzeba to zmienić?',
  'resident.assess.help': 'Odpowiedz dla każdego wybranego tematu.',
  'resident.assess.good': 'Jest dobrze',
  'resident.assess.change': 'Trzeba zmienić',
  'resident.words.title': 'Powiedz to własnymi słowami',
  'resident.words.idea': 'Masz pomysł dla okolicy?',
  'resident.words.privacy': 'Nie wpisuj imion, nazwisk ani adresów.',
  'resident.about.why':
    'Dlaczego o to pytamy? Żeby wiedzieć, czy słyszymy wszystkich mieszkańców, także tych, którzy rzadko biorą udział. Nie pytamy o Twoje imię.',
  'resident.about.noAnswer': 'Wolę nie mówić',
  'resident.buurt.title': 'W której okolicy mieszkasz?',
  'resident.buurt.other': 'W innej okolicy',
  'resident.age.title': 'Ile masz lat?',
  'resident.age.0-17': 'Mniej niż 18 lat',
  'resident.age.18-24': 'Od 18 do 24 lat',
  'resident.age.25-44': 'Od 25 do 44 lat',
  'resident.age.45-64': 'Od 45 do 64 lat',
  'resident.age.65-74': 'Od 65 do 74 lat',
  'resident.age.75+': '75 lat lub więcej',
  'resident.groups.title': 'Czy któreś z tych zdań pasuje do Ciebie?',
  'resident.groups.help': 'Możesz wybrać kilka.',
  'resident.groups.none': 'Nie, żadne z nich',
  'resident.contact.title': 'Chcesz się dowiedzieć, co się stanie z odpowiedziami?',
  'resident.contact.help':
    'Wtedy wyślemy Ci później wiadomość. Twój e-mail lub numer telefonu przechowujemy osobno, nie razem z Twoimi odpowiedziami.',
  'resident.contact.how': 'Jak chcesz otrzymać wiadomość?',
  'resident.contact.email': 'E-mailem',
  'resident.contact.phone': 'SMS-em',
  'resident.contact.no': 'Nie, dziękuję',
  'resident.contact.emailLabel': 'Twój adres e-mail',
  'resident.contact.phoneLabel': 'Twój numer telefonu',
  'resident.contact.consent':
    'Tak, gmina może wysłać mi wiadomość o tym, co się stało z odpowiedziami. Potem gmina usunie mój adres e-mail lub numer telefonu.',
  'resident.contact.errMissing': 'Wpisz adres e-mail lub numer telefonu. Albo wybierz: Nie, dziękuję.',
  'resident.contact.errEmail': 'Ten adres e-mail jest niepoprawny. Sprawdź go. Albo wybierz: Nie, dziękuję.',
  'resident.contact.errPhone':
    'Ten numer telefonu jest niepoprawny. Sprawdź go. Albo wybierz: Nie, dziękuję.',
  'resident.contact.errConsent': 'Zaznacz pole, jeśli chcesz dostać wiadomość. Albo wybierz: Nie, dziękuję.',
  'resident.thanks.title': 'Dziękujemy!',
  'resident.thanks.text': 'Twoje odpowiedzi zostały zapisane.',
  'resident.thanks.restart': {
    one: 'Za 1 sekundę tablet zacznie od nowa dla następnej osoby.',
    few: 'Za {n} sekundy tablet zacznie od nowa dla następnej osoby.',
    many: 'Za {n} sekund tablet zacznie od nowa dla następnej osoby.',
    other: 'Za {n} sekundy tablet zacznie od nowa dla następnej osoby.',
  },
  'resident.thanks.now': 'To wszystko',
  'resident.idle.title': 'Czy nadal tu jesteś?',
  'resident.idle.text': {
    one: 'Jeśli nic nie zrobisz, za 1 sekundę usuniemy Twoje odpowiedzi.',
    few: 'Jeśli nic nie zrobisz, za {n} sekundy usuniemy Twoje odpowiedzi.',
    many: 'Jeśli nic nie zrobisz, za {n} sekund usuniemy Twoje odpowiedzi.',
    other: 'Jeśli nic nie zrobisz, za {n} sekundy usuniemy Twoje odpowiedzi.',
  },
  'resident.idle.continue': 'Tak, chcę kontynuować',
  'resident.idle.stop': 'Nie, zakończ i usuń',
  'resident.tools.label': 'Czytanie i widzenie',
  'resident.tools.size': 'Wielkość tekstu',
  'resident.tools.size1': 'Zwykły tekst',
  'resident.tools.size2': 'Duży tekst',
  'resident.tools.size3': 'Bardzo duży tekst',
  'resident.tools.contrast': 'Wysoki kontrast',
  'resident.tools.read': 'Czytaj na głos',
  'resident.tools.stopRead': 'Przestań czytać',
  'resident.welcome.about': 'O czym jest ta rozmowa, a o czym nie?',
  'resident.done': 'Gotowe',
  'resident.saveFailed':
    'Nie udało się zapisać. Twoje odpowiedzi nadal tu są. Poproś o pomoc osobę prowadzącą.',
  'resident.words.empty': 'Najpierw wybierz temat albo coś napisz. Potem możesz nacisnąć Gotowe.',
  'resident.words.toThemes': 'Do tematów',
  'resident.more.title': 'Chcesz powiedzieć nam coś więcej?',
  'resident.more.text': 'Na przykład w której okolicy mieszkasz. Każde pytanie możesz pominąć.',
  'resident.more.yes': 'Tak, powiem więcej',
  'resident.rate.title': 'Jak Ci się to podobało?',
  'resident.rate.goed': 'Dobrze',
  'resident.rate.gaat-wel': 'Może być',
  'resident.rate.niet-goed': 'Niedobrze',
  'resident.rate.thanks': 'Dziękujemy. To pomaga nam robić to lepiej.',
  'resident.help.title': 'Chcesz pomóc?',
  'resident.help.text': 'Na przykład przy zajęciach w Twojej okolicy. Wtedy skontaktujemy się z Tobą.',
  'resident.help.yes': 'Tak, chcę pomóc',
  'resident.help.thanks': 'Dziękujemy! Skontaktujemy się z Tobą.',
  'resident.help.formTitle': 'Jak możemy się z Tobą skontaktować?',
  'resident.help.formText':
    'Twój e-mail lub numer telefonu przechowujemy osobno, nie razem z Twoimi odpowiedziami.',
  'resident.help.consent':
    'Tak, gmina może się ze mną skontaktować w sprawie pomocy. Później gmina usunie mój adres e-mail lub numer telefonu.',
};
