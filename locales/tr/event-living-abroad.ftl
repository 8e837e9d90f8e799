# Wegwijs: yurt dışında bir yıl (dil seviyesi B1, okuyucuya "sen" diye hitap edilir).

event-living-abroad-title = Yurt dışında yaşamak, her yıl
event-living-abroad-summary = Hollanda dışında yaşıyorsun. Bu işler her yıl ya da zamanı geldiğinde yeniden karşına çıkar.
event-living-abroad-date = Yılın başı (örneğin 1 Ocak)

task-living-abroad-proof-of-life-title = SVB'ye yaşam belgesi ({ NL("levensbewijs") }) gönder
task-living-abroad-proof-of-life-body = SVB'den devlet emekli maaşı (AOW) veya başka bir ödenek alıyor musun? O zaman SVB senden genelde yılda 1 kez yaşam belgesi ({ NL("levensbewijs") }) ister. Bunun için bir mektup alırsın. Yaşam belgesini uygulama ile gönder ya da formu imzalat ve geri gönder. Bunu zamanında yap, yoksa ödeme durur.

task-living-abroad-passport-title = Pasaportunu veya kimlik kartını zamanında yenile
task-living-abroad-passport-body = Yurt dışında yeni bir pasaport almak, Hollanda'dakinden daha uzun sürer. Bu yüzden pasaportunun süresinin ne zaman dolduğuna zamanında bak. Yenisi için bir büyükelçilikte veya konsoloslukta, Hollanda'daki sınır belediyelerinden birinde ya da Schiphol'de başvurursun. Bunun için oraya kendin gitmelisin. Yeni pasaportunu 3 ay içinde teslim al. Sınır belediyeleri şunlardır: Aalten, Bergeijk, Bergen op Zoom, Breda, Den Haag, Echt-Susteren, Enschede, Heerlen, Maastricht, Montferland, Nijmegen, Oldambt, Sluis ve Venlo.

task-living-abroad-voting-title = Yurt dışından oy vermeye devam et
task-living-abroad-voting-body = Hollanda vatandaşı mısın? O zaman yurt dışından oy verebilirsin. Bunun için Den Haag belediyesine 1 kez kaydol. Kaydolurken hangi seçimleri istediğini seç: Temsilciler Meclisi ({ NL("Tweede Kamer") }), Avrupa Parlamentosu ve Senato ({ NL("Eerste Kamer") }) için seçiciler kurulu. Her seçim türü için ayrı kaydolursun. Ondan sonra her seçimde kendiliğinden haber alırsın. Taşındın mı? O zaman yeni adresini Den Haag'a bildir.

task-living-abroad-digid-title = DigiD hesabının çalıştığından emin ol
task-living-abroad-digid-body = DigiD ile Hollanda devletiyle olan birçok işini çevrimiçi düzenlersin. Henüz DigiD hesabın yok mu, ya da hesabın artık çalışmıyor mu? DigiD için yurt dışından da başvurabilirsin. Etkinleştirme kodunu posta ile, bir DigiD gişesinde veya görüntülü bir görüşmede alırsın.

task-living-abroad-tax-return-title = Gerekiyorsa Hollanda'da vergi beyannamesi ver
task-living-abroad-tax-return-body = Hollanda'da emeklilik maaşı veya ev gibi bir gelirin ya da malın var mı? O zaman belki her yıl Hollanda'daki Belastingdienst'e vergi beyannamesi ({ NL("aangifte") }) vermen gerekir. Bir mektup veya beyanname formu mu aldın? O zaman beyanname vermelisin. Son tarih mektupta yazar. Mektup gelmedi mi? O zaman sadece küçük bir tutardan fazla vergi ödemen gerekiyorsa beyanname vermelisin. Geri para mı alacaksın? Bunu, o yıldan sonra 5 yıla kadar isteyebilirsin.

task-living-abroad-cak-title = Değişiklikleri CAK kurumuna bildir
task-living-abroad-cak-body = Hollanda'dan devlet emekli maaşı (AOW), bir emeklilik maaşı veya bir ödenek alıyor musun? Ve bir AB veya AEA (Avrupa Ekonomik Alanı) ülkesinde, İsviçre'de ya da bir anlaşmalı ülkede mi yaşıyorsun? O zaman oradaki sağlık hizmetlerin genelde CAK üzerinden yürür. Bunun için bir katkı payı ödersin. Bu para genelde emeklilik maaşından kesilir. Adresin veya gelirin gibi bir şey mi değişiyor? O zaman bunu CAK kurumuna bildir.
