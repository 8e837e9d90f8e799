# Bir görev neden planında var (veya yok).

why-everyone = Bu, bu olayda herkes için geçerlidir.
why-atw-extended = Genel Süreler Yasası (Algemene termijnenwet) olmasaydı, bu tarih { $date } olurdu. Bu yasa, süre içinde bir hafta sonu veya resmî tatil varsa sana ek süre verir.
why-residence-nl = Hollanda'da yaşıyorsun.
why-residence-abroad = Yurt dışında yaşıyorsun.
why-partner-yes = Partnerin var.
why-partner-no = Partnerin yok.
why-children-yes = Çocukların var.
why-children-no = Çocukların yok.
why-employment = Bu, çalışma durumuna uyuyor.
why-min-age = O zaman { $age } yaşında veya daha büyüksün.
why-max-age = O zaman { $age } yaşında veya daha küçüksün.
why-not-residence-nl = Bu sadece Hollanda'da yaşıyorsan geçerlidir.
why-not-residence-abroad = Bu sadece yurt dışında yaşıyorsan geçerlidir.
why-not-partner-yes = Bu sadece partnerin varsa geçerlidir.
why-not-partner-no = Bu sadece partnerin yoksa geçerlidir.
why-not-children-yes = Bu sadece çocukların varsa geçerlidir.
why-not-children-no = Bu sadece çocukların yoksa geçerlidir.
why-not-employment = Bu, çalışma durumun için geçerli değildir.
why-not-min-age = Bu ancak { $age } yaş ve üzeri için geçerlidir.
why-not-max-age = Bu sadece { $age } yaş ve altı için geçerlidir.
why-check-residence-nl = Hollanda'da mı yaşıyorsun? O zaman bu senin için geçerlidir.
why-check-residence-abroad = Yurt dışında mı yaşıyorsun? O zaman bu senin için geçerlidir.
why-check-partner-yes = Partnerin var mı? O zaman bu senin için geçerlidir.
why-check-partner-no = Partnerin yok mu? O zaman bu senin için geçerlidir.
why-check-children-yes = Çocukların var mı? O zaman bu senin için geçerlidir.
why-check-children-no = Çocukların yok mu? O zaman bu senin için geçerlidir.
why-check-employment = Bunun çalışma durumuna uyup uymadığına bak.
why-check-min-age = Bu { $age } yaş ve üzeri için geçerlidir.
why-check-max-age = Bu { $age } yaş ve altı için geçerlidir.

## Yaklaşanlar

signal-turning-18-me = 18 yaşına giriyorsun
signal-turning-18-child = Çocuğun 18 yaşına giriyor
signal-turning-18-named-child = Çocuğun { $name } 18 yaşına giriyor
signal-retirement-me = Devlet emekli maaşın (AOW) başlıyor
signal-document-expires = Süresi yakında doluyor: { $title }
signal-document-expired = Süresi doldu: { $title }

## Dosyalar (takvim)

export-provider = Kurum:
export-window = Dönem:
export-cases-title = başvuruların
export-announcements-title = mahallenle ilgili duyurular
export-case-decision = "{ $title }" hakkındaki karar için son gün
export-sources = Kuralın kaynağı:

## Bildirimler

notification-body = Tarih: { $date }. Neyi düzenlemen gerektiğini görmek için Wegwijs'i aç.

## Yazdırılabilir liste (PDF)

pdf-made-for = { $name } için { $date } tarihinde Wegwijs ile hazırlandı.
pdf-made-on = { $date } tarihinde Wegwijs ile hazırlandı.
pdf-intro = Bir işi düzenlediğinde kutuya işaret koy. Yardım isterken bu listeyi yanında götür.
pdf-help-title = Yardım mı lazım?
pdf-help = Birçok kütüphanede bir Informatiepunt Digitale Overheid (dijital devlet bilgi noktası) vardır. Orada sana ücretsiz yardım ederler; örneğin DigiD konusunda veya internetten yapılan bir başvuruda. Bu listeyi ve kimlik belgeni yanında götür. Informatiepunt'un nerede ve ne zaman açık olduğunu yakınındaki kütüphaneye sor.
pdf-questions-title = Sorabileceğiniz sorular
pdf-question-first = Önce ne yapmalıyım ve hangi tarihe kadar?
pdf-question-papers = Hangi belgeleri getirmem veya göndermem gerekiyor?
pdf-question-digid = DigiD ile giriş yapmama yardım edebilir misiniz?
pdf-question-someone-else = Bunu benim için başka biri halledebilir mi? Bunu nasıl yaparım?
pdf-question-disagree = Bir karara katılmıyorsam ne yapabilirim?
pdf-contacts-title = Kurumlara nasıl ulaşırsınız
pdf-contact-phone = Telefon: { $phone }
pdf-contact-abroad = Yurt dışından telefon: { $phone }
pdf-contact-site = Web sitesi: { $site }. Çalışma saatleri de orada yazıyor.
pdf-contact-gemeente = 14'ü ve ardından belediyenizin alan kodunu arayın. Amsterdam'da bu 14 020'dir.
pdf-contact-letter = Telefon numarası mektuplarında veya web sitelerinde yazıyor.
pdf-page = Sayfa
pdf-glossary-title = Devletin mektuplarındaki kelimeler
# Yazıyla yazılmış tarih: { $month }, month-1..12 arasından biridir; tarih içinde kullanılan biçimde.
date-long = { $day } { $month } { $year }
month-1 = Ocak
month-2 = Şubat
month-3 = Mart
month-4 = Nisan
month-5 = Mayıs
month-6 = Haziran
month-7 = Temmuz
month-8 = Ağustos
month-9 = Eylül
month-10 = Ekim
month-11 = Kasım
month-12 = Aralık
signal-authority-ends = { $name } üzerindeki velayetin sona eriyor: { $name } 18 yaşına giriyor
signal-objection-due = "{ $title }" hakkındaki karara itiraz ({ NL("bezwaar") }) için son gün
signal-announcements-new = { $count ->
    [one] Adresinin yakınında { $count } yeni duyuru
   *[other] Adresinin yakınında { $count } yeni duyuru
}
signal-announcement-respond-by = "{ $title }" hakkında görüş bildirmek için son gün
signal-case-status = "{ $title }" ile ilgili yenilik: { $status }
signal-turning-18-other = { $name } 18 yaşına giriyor
signal-retirement-other = { $name } için devlet emekli maaşı (AOW) başlıyor
why-below-aow-age-yes = O zaman henüz devlet emekli maaşı (AOW) yaşına gelmemiş olursun.
why-below-aow-age-no = O zaman devlet emekli maaşı (AOW) yaşına gelmiş olursun.
why-dutch-yes = Hollanda vatandaşısın.
why-dutch-no = Hollanda vatandaşı değilsin.
why-gave-birth-yes = Doğum yapan sensin.
why-gave-birth-no = Doğum yapan sen değilsin. Sen partnersin.
why-not-below-aow-age-yes = Bu sadece henüz devlet emekli maaşı (AOW) yaşına gelmemiş olanlar için geçerlidir.
why-not-below-aow-age-no = Bu sadece devlet emekli maaşı (AOW) yaşına geldiğinden itibaren geçerlidir.
why-not-dutch-yes = Bu sadece Hollanda vatandaşıysan geçerlidir.
why-not-dutch-no = Bu sadece Hollanda vatandaşı değilsen geçerlidir.
why-not-gave-birth-yes = Bu sadece doğum yapan kişi için geçerlidir.
why-not-gave-birth-no = Bu sadece doğum yapan kişinin partneri için geçerlidir.
why-check-below-aow-age-yes = Henüz devlet emekli maaşı (AOW) yaşına gelmemiş mi olacaksın? O zaman bu senin için geçerlidir.
why-check-below-aow-age-no = Devlet emekli maaşı (AOW) yaşına gelmiş mi olacaksın? O zaman bu senin için geçerlidir.
why-check-dutch-yes = Hollanda vatandaşı mısın? O zaman bu senin için geçerlidir.
why-check-dutch-no = Hollanda vatandaşı değil misin? O zaman bu senin için geçerlidir.
why-check-gave-birth-yes = Doğum yapan sen misin? O zaman bu senin için geçerlidir.
why-check-gave-birth-no = Doğum yapan kişinin partneri misin? O zaman bu senin için geçerlidir.
