# Wegwijs: emekli olmak (dil seviyesi B1, okuyucuya "sen" diye hitap edilir).

event-retirement-title = Emekli olmak
event-retirement-summary = Devlet emekli maaşı (AOW) yaşına geliyorsun. Bunu SVB'de ve Dienst Toeslagen'de düzenlersin.
event-retirement-date = Devlet emekli maaşı (AOW) yaşına geldiğin gün

task-retirement-apply-aow-title = SVB'ye devlet emekli maaşı (AOW) için başvur
task-retirement-apply-aow-body = Devlet emekli maaşı (AOW) yaşına gelmeden yaklaşık 4 ile 5 ay önce SVB'den bir mektup alırsın. AOW'ye Mijn SVB'de DigiD ile veya kâğıt bir formla başvurursun. AOW yaşından 3 ay önce hâlâ mektup gelmediyse, SVB ile kendin iletişime geç. Geç başvurursan, SVB genelde sadece 1 yıl geriye dönük ödeme yapar.

task-retirement-apply-aow-abroad-title = Devlet emekli maaşına (AOW) yurt dışından kendin başvur
task-retirement-apply-aow-abroad-body = Hollanda dışında yaşıyorsan, devlet emekli maaşını (AOW) zamanında kendin düşünmelisin. Bir AB ülkesinde veya anlaşmalı bir ülkede AOW'ye genelde yaşadığın ülkenin emeklilik kurumunda başvurursun. Başka bir ülkede yaşıyorsan, SVB ile iletişime geç.

task-retirement-digid-via-svb-title = SVB üzerinden DigiD için başvur
task-retirement-digid-via-svb-body = DigiD ile devlet emekli maaşını (AOW) Mijn SVB'de çevrimiçi düzenlersin. Hollanda dışında mı yaşıyorsun ve yakında AOW alacak mısın? O zaman DigiD için SVB üzerinden başvurursun. Etkinleştirme kodunun olduğu mektup yurt dışındaki adresine gelir. Yani bir gişeye gitmen gerekmez.

task-retirement-proof-of-life-title = SVB'ye yaşam belgesi ({ NL("levensbewijs") }) gönder
task-retirement-proof-of-life-body = Hollanda dışında yaşıyorsan, SVB senden genelde yılda 1 kez yaşam belgesi ({ NL("levensbewijs") }) ister; bazı ülkelerde daha seyrek. O zaman QR kodlu bir mektup alırsın. Yaşam belgesini uygulama ile gönder ya da formu imzalat ve geri gönder. Mektup gelmezse bir şey yapman gerekmez.

task-retirement-report-income-title = Yeni gelirini Dienst Toeslagen'e bildir
task-retirement-report-income-body = Sağlık sigortası yardımı ({ NL("zorgtoeslag") }) veya kira yardımı ({ NL("huurtoeslag") }) alıyor musun? Devlet emekli maaşı (AOW) ve emeklilik maaşıyla gelirin değişir. Yeni yıllık gelirini Mijn toeslagen'de bildir. Böylece çok fazla veya çok az yardım almazsın.
