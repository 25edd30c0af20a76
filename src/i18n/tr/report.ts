import type { ReportKey } from '../nl/report';
import type { Entry } from '../translator';

/**
 * "Wat we hoorden" for residents, Turkish (polite "siz"). A noun after a number stays singular in
 * Turkish ("3 toplantı"); names get no suffix ("{buurt} mahallesi"), so any name reads right.
 * Drafted from the Dutch source; to be checked by a native speaker before wide use.
 */
export const trReport: Record<ReportKey, Entry> = {
  'report.title': 'Duyduklarımız',
  'report.subtitleBuurt': '({buurt} mahallesi)',
  'report.subtitleMeeting': '{buurt}, {where}, {date}',
  'report.thanks': 'Sohbete katıldığınız için teşekkür ederiz!',
  'report.heard': {
    one: 'Sakinlerle {meetings} konuştuk. Sakinlerin söylediklerinden 1 şeyi not ettik.',
    other: 'Sakinlerle {meetings} konuştuk. Sakinlerin söylediklerinden {n} şeyi not ettik.',
  },
  'report.meetings': { one: '1 toplantıda', other: '{n} toplantıda' },
  'report.heardKiosk': {
    one: '1 sakin tablette kendisi bir şey doldurdu.',
    other: '{n} sakin tablette kendileri bir şey doldurdu.',
  },
  'report.attended': { one: 'Toplam 1 kişi geldi.', other: 'Toplam {n} kişi geldi.' },
  'report.attendedFew': 'Toplam {k} kişiden az kişi geldi.',
  'report.raised': 'Sakinlerin önemli bulduğu konular',
  'report.themeCount': { one: '1 kez söylendi', other: '{n} kez söylendi' },
  'report.nothingYet': 'Burada henüz bir şey yazmadık.',
  'report.quotes': 'Sakinlerin söyledikleri',
  'report.agenda': 'Bununla ne yapıyoruz?',
  'report.agendaIntro': 'Mahalleniz için sosyal gündemde şunlar var:',
  'report.noItems': 'Gündemde henüz madde yok. Şu anda bunun üzerinde çalışıyoruz.',
  'report.years': 'Yıllar: {from} – {to}',
  'report.year': 'Yıl: {year}',
  'report.who': 'Kim yapıyor: {who}',
  'report.done': 'Ne yapıldı ({date}):',
  'report.heardHere': {
    one: 'Bu madde, mahallenizdeki sakinlerin söylediği 1 şeyle ilgili.',
    other: 'Bu madde, mahallenizdeki sakinlerin söylediği {n} şeyle ilgili.',
  },
  'report.state.voorgesteld': 'Bu bir öneri. Henüz seçmedik.',
  'report.state.gekozen': 'Bunu yapacağız.',
  'report.state.in-uitvoering': 'Şu anda bunun üzerinde çalışıyoruz.',
  'report.state.gerealiseerd': 'Bu tamamlandı.',
  'report.state.niet-haalbaar': 'Bu mümkün değil. Neden değil:',
  'report.next': 'Şimdi ne olacak?',
  'report.nextMeeting': 'Siz de gelin: {date}, {where}.',
  'report.noMeeting': 'Mahallenizdeki bir sonraki toplantının tarihi henüz belli değil.',
  'report.hearAgain': 'Bizden ne zaman tekrar haber alacaksınız?',
  'report.hearAgainBy': 'En geç {date} tarihinde işlerin nasıl gittiğini size bildireceğiz.',
  'report.footer': '{process} · hazırlanma tarihi: {date}',
  'report.dots': 'Sakinlerin en önemli bulduğu maddeler',
  'report.dotsIntro': {
    one: 'Sakinler en önemli buldukları maddelere nokta koydu. 1 kişi katıldı.',
    other: 'Sakinler en önemli buldukları maddelere nokta koydu. {n} kişi katıldı.',
  },
  'report.dotsIntroFew': 'Sakinler en önemli buldukları maddelere nokta koydu. {k} kişiden az kişi katıldı.',
  'report.dotsCount': { one: '1 nokta', other: '{n} nokta' },
  'report.dotsHere': '{buurt}: {n}',
  'report.dotsSmall':
    '{buurt} mahallesinden {k} kişiden az kişi katıldı. Bu yüzden burada mahalle başına sayı vermiyoruz.',
};
