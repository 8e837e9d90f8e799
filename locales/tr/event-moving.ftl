# Wegwijs: taşınma (dil seviyesi B1, okuyucuya "sen" diye hitap edilir).

event-moving-title = Taşınmak
event-moving-summary = Hollanda içinde taşınıyorsun. Yeni adresini zamanında belediyeye bildir. Böylece birçok kurum adresini kendiliğinden alır.
event-moving-date = Taşınma tarihi

task-moving-report-move-title = Taşınmanı belediyeye bildir
task-moving-report-move-body = Yeni adresini, yaşayacağın yerin belediyesine bildir. Bunu DigiD ile çevrimiçi ya da gişede yapabilirsin. Aile üyelerinin taşınmasını da çoğu zaman hemen birlikte bildirebilirsin. Geç kalırsan, bildirdiğin gün taşınma tarihin olur.

task-moving-address-passed-on-title = Belediye yeni adresini iletir
task-moving-address-passed-on-body = Belediye yeni adresini başka kurumların yanı sıra Belastingdienst'e, SVB'ye, DUO'ya, CAK kurumuna, RDW'ye, emeklilik fonuna ve sağlık sigortası şirketine iletir. Bunun için senin bir şey yapman gerekmez. Bankan ve enerji şirketin gibi şirketler adresini belediyeden almaz. Onlara kendin haber verirsin.

task-moving-rent-allowance-title = Yeni kiranı Toeslagen'e bildir
task-moving-rent-allowance-body = Kira yardımı ({ NL("huurtoeslag") }) alıyor musun? O zaman taşındıktan sonra yeni kiranı Mijn toeslagen'de bildir. Satın aldığın bir eve taşınıyorsan, kira yardımını durdur. Böylece sonra para geri ödemek zorunda kalmazsın.
