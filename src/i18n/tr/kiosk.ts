import type { nlKiosk } from '../nl/kiosk';
import type { Entry } from '../translator';

/**
 * Turkish for residents (simple sentences, "siz"). Drafted from the Dutch source; to be checked by
 * a native speaker before wide use (see notes/kiosk.ts).
 */
export const trKiosk: Record<keyof typeof nlKiosk, Entry> = {
  'resident.lang.label': 'Dilinizi seçin',
  'resident.welcome.title': 'Mahalleniz hakkında fikrinizi söyleyin',
  'resident.welcome.intro': 'Ne düşündüğünüzü öğrenmek istiyoruz. Yaklaşık 5 dakika sürer.',
  'resident.welcome.question': { one: 'Size sorumuz', other: 'Size sorularımız' },
  'resident.welcome.askedBy': 'Bunu kim soruyor?',
  'resident.welcome.level': 'Cevabınıza ne olacak?',
  'resident.welcome.anonymous': 'Adınızı vermeniz gerekmez. Sonraki kişi cevaplarınızı görmez.',
  'resident.welcome.start': 'Başla',
  'resident.level.informeren': 'Belediyenin planlarını öğrenirsiniz. Kararı belediye verir.',
  'resident.level.raadplegen':
    'Belediye fikrinizi sorar. Kararı belediye verir ve fikrinize ne olduğunu size bildirir.',
  'resident.level.meepraten':
    'Siz de konuşmaya katılırsınız. Kararı belediye verir ve cevaplarınıza ne olduğunu size bildirir.',
  'resident.level.adviseren':
    'Siz tavsiye verirsiniz. Belediye tavsiyenizi dikkate alır; başka bir şey yaparsa nedenini açıklar.',
  'resident.level.coproduceren': 'Planları belediyeyle birlikte yaparsınız.',
  'resident.level.meebeslissen': 'Ne olacağına birlikte karar verirsiniz.',
  'resident.progress': 'Adım {n} / {total}',
  'resident.next': 'İleri',
  'resident.back': 'Geri',
  'resident.optional': 'Bu zorunlu değil. Geçebilirsiniz.',
  'resident.themes.title': 'Sizin için ne önemli?',
  'resident.themes.help': 'Önemli bulduğunuz konuları seçin. Birden fazla seçebilirsiniz.',
  'resident.assess.title': 'İyi mi gidiyor, yoksa değişmeli mi?',
  'resident.assess.help': 'Seçtiğiniz her konu için söyleyin.',
  'resident.assess.good': 'İyi gidiyor',
  'resident.assess.change': 'Değişmeli',
  'resident.words.title': 'Kendi sözlerinizle söyleyin',
  'resident.words.idea': 'Mahalle için bir fikriniz var mı?',
  'resident.words.privacy': 'İsim veya adres yazmayın.',
  'resident.about.why':
    'Bunu neden soruyoruz? Böylece bütün sakinleri, genelde katılmayan insanları da duyup duymadığımızı biliriz. Kim olduğunuz bilinmez.',
  'resident.about.noAnswer': 'Söylemek istemiyorum',
  'resident.buurt.title': 'Hangi mahallede oturuyorsunuz?',
  'resident.buurt.other': 'Başka bir mahallede',
  'resident.age.title': 'Kaç yaşındasınız?',
  'resident.age.0-17': '18 yaşından küçük',
  'resident.age.18-24': '18–24 yaş',
  'resident.age.25-44': '25–44 yaş',
  'resident.age.45-64': '45–64 yaş',
  'resident.age.65-74': '65–74 yaş',
  'resident.age.75+': '75 yaş ve üstü',
  'resident.groups.title': 'Bu cümlelerden biri size uyuyor mu?',
  'resident.groups.help': 'Birden fazla seçebilirsiniz.',
  'resident.groups.none': 'Hayır, hiçbiri',
  'resident.contact.title': 'Cevaplara ne olduğunu öğrenmek ister misiniz?',
  'resident.contact.help':
    'O zaman size daha sonra bir mesaj göndeririz. E-posta adresinizi veya telefon numaranızı cevaplarınızdan ayrı saklarız.',
  'resident.contact.how': 'Mesajı nasıl almak istersiniz?',
  'resident.contact.email': 'E-posta ile',
  'resident.contact.phone': 'SMS ile',
  'resident.contact.no': 'Hayır, teşekkürler',
  'resident.contact.emailLabel': 'E-posta adresiniz',
  'resident.contact.phoneLabel': 'Telefon numaranız',
  'resident.contact.consent':
    'Evet, belediye cevaplara ne olduğu hakkında bana mesaj gönderebilir. Sonra belediye e-posta adresimi veya telefon numaramı siler.',
  'resident.contact.errMissing':
    'E-posta adresinizi veya telefon numaranızı yazın. Ya da şunu seçin: Hayır, teşekkürler.',
  'resident.contact.errEmail':
    'Bu e-posta adresi doğru değil. Kontrol edin. Ya da şunu seçin: Hayır, teşekkürler.',
  'resident.contact.errPhone':
    'Bu telefon numarası doğru değil. Kontrol edin. Ya da şunu seçin: Hayır, teşekkürler.',
  'resident.contact.errConsent':
    'Mesaj istiyorsanız kutuyu işaretleyin. Ya da şunu seçin: Hayır, teşekkürler.',
  'resident.thanks.title': 'Teşekkür ederiz!',
  'resident.thanks.text': 'Cevaplarınız kaydedildi.',
  'resident.thanks.restart': {
    one: '1 saniye sonra tablet bir sonraki kişi için yeniden başlar.',
    other: '{n} saniye sonra tablet bir sonraki kişi için yeniden başlar.',
  },
  'resident.thanks.now': 'Bitirdim',
  'resident.idle.title': 'Hâlâ devam ediyor musunuz?',
  'resident.idle.text': {
    one: 'Hiçbir şey yapmazsanız cevaplarınızı 1 saniye sonra sileriz.',
    other: 'Hiçbir şey yapmazsanız cevaplarınızı {n} saniye sonra sileriz.',
  },
  'resident.idle.continue': 'Evet, devam ediyorum',
  'resident.idle.stop': 'Hayır, durdur ve sil',
  'resident.tools.label': 'Okuma ve görme',
  'resident.tools.size': 'Yazı boyutu',
  'resident.tools.size1': 'Normal yazı',
  'resident.tools.size2': 'Büyük yazı',
  'resident.tools.size3': 'Çok büyük yazı',
  'resident.tools.contrast': 'Yüksek kontrast',
  'resident.tools.read': 'Sesli oku',
  'resident.tools.stopRead': 'Sesli okumayı durdur',
  'resident.welcome.about': 'Konu nedir, ne değildir?',
  'resident.done': 'Bitti',
  'resident.saveFailed':
    'Kaydetme başarısız oldu. Cevaplarınız hâlâ burada. Lütfen görevliden yardım isteyin.',
  'resident.words.empty': 'Önce bir konu seçin veya bir şey yazın. Sonra "Bitti" düğmesine basabilirsiniz.',
  'resident.words.toThemes': 'Konulara git',
  'resident.more.title': 'Bize biraz daha anlatmak ister misiniz?',
  'resident.more.text': 'Örneğin hangi mahallede oturduğunuz. Her soruyu atlayabilirsiniz.',
  'resident.more.yes': 'Evet, daha fazla anlatırım',
  'resident.rate.title': 'Bunu nasıl buldunuz?',
  'resident.rate.goed': 'İyi',
  'resident.rate.gaat-wel': 'Fena değil',
  'resident.rate.niet-goed': 'İyi değil',
  'resident.rate.thanks': 'Teşekkürler. Böylece daha iyisini yapabiliriz.',
  'resident.help.title': 'Yardım etmek ister misiniz?',
  'resident.help.text': 'Örneğin mahallenizdeki bir etkinlikte. O zaman sizinle iletişime geçeriz.',
  'resident.help.yes': 'Evet, yardım etmek isterim',
  'resident.help.thanks': 'Teşekkürler! Sizinle iletişime geçeceğiz.',
  'resident.help.formTitle': 'Size nasıl ulaşabiliriz?',
  'resident.help.formText': 'E-postanızı veya telefon numaranızı cevaplarınızdan ayrı saklarız.',
  'resident.help.consent':
    'Evet, belediye yardım etmek için benimle iletişime geçebilir. Belediye daha sonra e-posta adresimi veya telefon numaramı siler.',
};
