# Wegwijs: yurt dışına taşınmak (dil seviyesi B1, okuyucuya "sen" diye hitap edilir).

event-emigration-title = Yurt dışına taşınmak
event-emigration-summary = Yurt dışında yaşayacaksın. Birçok şeyi gitmeden önce düzenlemelisin, çünkü yurt dışından bunlar daha zordur.
event-emigration-date = Gittiğin gün

task-emigration-report-departure-title = Gidişini belediyeye bildir
task-emigration-report-departure-body = 1 yıl içinde 8 ay veya daha uzun süre yurt dışında yaşayacaksan, gidişini belediyene bildir. Adresindeki herkes seninle birlikte taşınıyorsa, bunu DigiD ile çevrimiçi yapabilirsin; yoksa randevu alıp gişeye gidersin. Kaydın, bildirdiğin gün silinir. Kaydının silindiğini gösteren bir belgeye ihtiyacın varsa, gişeye git: belediye bu belgeyi sadece kaydın silindiği gün verir.

task-emigration-digid-title = Gitmeden önce DigiD hesabını düzenle
task-emigration-digid-body = DigiD ile yurt dışından da Hollanda devletiyle olan işlerini düzenlersin. Henüz DigiD hesabın yoksa, kaydını sildirmeden önce başvur, çünkü yurt dışından bu daha zordur. DigiD uygulamasını da yükle. Telefon numaran değişecekse, eski numaranı iptal etmeden önce yeni numaranı bildir.

task-emigration-health-insurance-title = Sigortana ne olacağını sağlık sigortası şirketine sor
task-emigration-health-insurance-body = Yurt dışında yaşarsan, Hollanda'daki sağlık sigortan genelde sona erer. Gidişini sağlık sigortası şirketine tercihen 2 ay önceden bildir. Hollanda'dan hâlâ bir emeklilik maaşı veya ödenek alıyor musun? O zaman CAK ile ilgili görevi de oku. Yoksa yeni ülkende kendin bir sağlık sigortası yaptır.
task-emigration-cak-s1-title = Yurt dışındaki sağlık bakımın için CAK kurumuna kaydol
task-emigration-cak-s1-body = Devlet emekli maaşı (AOW), başka bir yasal emeklilik maaşı veya Hollanda'dan bir ödenek alıyor musun? Ve bir AB veya AEA (Avrupa Ekonomik Alanı) ülkesinde, İsviçre'de veya başka bir anlaşmalı ülkede mi yaşayacaksın? O zaman CAK üzerinden sigortalanman gerekir. Bu durumda sigortanı kendin seçemezsin. CAK kurumundan bir S1 formu iste. Bu formla yeni ülkende bir sağlık sigortası şirketine kaydolursun. CAK kurumuna bir katkı payı ödersin.

task-emigration-stop-allowances-title = Sağlık sigortası yardımını ({ NL("zorgtoeslag") }) durdur
task-emigration-stop-allowances-body = Hollanda'da sağlık sigortan yoksa, artık sağlık sigortası yardımı ({ NL("zorgtoeslag") }) hakkın da yoktur. Sağlık sigortası yardımını Mijn toeslagen'de durdur; yoksa sonra parayı geri ödemek zorunda kalırsın. Başka yardımlar alıyorsan, bunlara hâlâ hakkın olup olmadığına Mijn toeslagen'de bak.

task-emigration-register-to-vote-title = Yurt dışından oy vermek için kaydol
task-emigration-register-to-vote-body = Yurt dışından oy vermeye devam etmek mi istiyorsun? O zaman Den Haag belediyesine, Hollanda dışında yaşayan seçmen olarak 1 kez kaydol. Formu doldur, imzala ve pasaportunun veya kimlik kartının bir kopyasıyla birlikte gönder. 17 yaşından itibaren kaydolabilirsin; oy vermek 18 yaşından itibaren mümkündür.

task-emigration-passport-abroad-title = Pasaportunu yurt dışında yenile
task-emigration-passport-abroad-body = Gitmeden önce pasaportunun veya kimlik kartının süresinin ne zaman dolduğuna bak. Yurt dışında yenisi için çoğu Hollanda büyükelçiliğine ve konsolosluğuna başvurursun; her zaman randevuyla. Bunu Schiphol'de veya Hollanda'daki bazı belediyelerde de yapabilirsin. Yeni belgeni 3 ay içinde teslim al.

task-emigration-voluntary-aow-title = Devlet emekli maaşı (AOW) için gönüllü sigorta yaptırıp yaptırmayacağına karar ver
task-emigration-voluntary-aow-body = Yurt dışında yaşarsan, genelde artık devlet emekli maaşı (AOW) hakkı biriktirmezsin. İleride alacağın AOW o zaman daha düşük olur. SVB'de AOW için gönüllü sigorta yaptırabilirsin, ama bunun için prim ödersin. Buna gidişinden 2 ay önceden itibaren başvurabilirsin. Yurt dışında 1 yıl geçtikten sonra bu artık mümkün değildir.

task-emigration-tax-return-title = Gittiğin yıl için vergi beyannamesi ver
task-emigration-tax-return-body = Yurt dışına taşındığın yıl için özel bir beyanname verirsin: M beyannamesi (M-aangifte). Bunu Mijn Belastingdienst'te çevrimiçi veya kâğıt bir formla yapabilirsin. Beyannamede gitmeden önceki ve sonraki süreyi ayrı ayrı doldurursun.
