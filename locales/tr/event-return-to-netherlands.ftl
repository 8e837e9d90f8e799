# Wegwijs: Hollanda'ya geri dönmek (dil seviyesi B1, okuyucuya "sen" diye hitap edilir).

event-return-to-netherlands-title = Hollanda'ya geri dönmek
event-return-to-netherlands-summary = Bir süre yurt dışında yaşadıktan sonra yeniden Hollanda'da yaşamaya geliyorsun. Bunu belediyede, bir sağlık sigortası şirketinde, Dienst Toeslagen'de ve Belastingdienst'te düzenlersin.
event-return-to-netherlands-date = Hollanda'ya vardığın gün

task-return-to-netherlands-register-gemeente-title = Yeni belediyene kaydol
task-return-to-netherlands-register-gemeente-body = Önümüzdeki 6 ayın en az 4 ayında Hollanda'da mı yaşayacaksın? O zaman yaşayacağın belediyeye bizzat kaydolursun. Randevu al; partnerin ve çocukların da seninle gelir. Pasaportunu veya kimlik kartını, kira sözleşmesi gibi adresini gösteren bir belgeyi ve yurt dışında değişen şeylerin resmî belgelerini (örneğin bir evlilik veya bir çocuğun doğumu) yanında götür.

task-return-to-netherlands-health-insurance-title = Hollanda'da sağlık sigortası yaptır
task-return-to-netherlands-health-insurance-body = Yeniden Hollanda'da yaşıyorsan, Hollanda'da bir sağlık sigortan olmalıdır. Bir sağlık sigortası şirketi, seni temel sigorta için kabul etmek zorundadır. Zamanında yaptırırsan, sigorta, sigortalı olmak zorunda olduğun gün başlar.

task-return-to-netherlands-healthcare-allowance-title = Sağlık sigortası yardımı ({ NL("zorgtoeslag") }) için başvur
task-return-to-netherlands-healthcare-allowance-body = Hollanda'da sağlık sigortan var ve gelirin çok yüksek değil mi? O zaman sağlık sigortası yardımı ({ NL("zorgtoeslag") }) alabilirsin. Buna DigiD ile Mijn toeslagen'de başvur. Ne kadar erken başvurursan, parayı o kadar erken alırsın.

task-return-to-netherlands-digid-title = DigiD hesabını kontrol et
task-return-to-netherlands-digid-body = Yurt dışındayken zaten bir DigiD hesabın varsa, onu kullanmaya devam edebilirsin. DigiD hesabın yoksa veya artık çalışmıyorsa, belediyeye kaydolduktan sonra yeni bir DigiD için başvur. DigiD ile Belastingdienst, SVB ve belediyenle olan işlerini çevrimiçi düzenlersin.

task-return-to-netherlands-tax-return-title = Geri döndüğün yıl için vergi beyannamesi ver
task-return-to-netherlands-tax-return-body = Hollanda'ya geldiğin yıl için özel bir beyanname verirsin: M beyannamesi (M-aangifte). Bunu Mijn Belastingdienst'te çevrimiçi veya kâğıt bir formla yapabilirsin. Beyannamede gelmeden önceki ve sonraki süreyi ayrı ayrı doldurursun.

task-return-to-netherlands-child-benefit-title = Çocuklarını SVB'ye bildir
task-return-to-netherlands-child-benefit-body = Çocuklarınla birlikte Hollanda'da yaşamaya mı geliyorsun? O zaman çocuklarını SVB'ye kendin bildir. Yoksa çocuk parasına ({ NL("kinderbijslag") }) başvuramazsın. Bunu 4 hafta içinde yap.
