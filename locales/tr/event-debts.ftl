# Wegwijs: borçlar (dil seviyesi B1, okuyucuya "sen" diye hitap edilir).

event-debts-title = Borçlar
event-debts-summary = Kendi başına çözemediğin borçların var. Belediyen sana yardım edebilir. Bunu belediyede, Dienst Toeslagen'de ve Belastingdienst'te düzenlersin.
event-debts-date = Borç yardımı için başvurduğun gün

task-debts-ask-debt-help-title = Belediyenden borç yardımı iste
task-debts-ask-debt-help-body = Yaşadığın belediyeye başvur: bunu genelde çevrimiçi, telefonla veya gişede yapabilirsin. Alacaklılarından gelen mektupları, maaş bordronu veya ödenek mektubunu ve kira sözleşmeni şimdiden topla. Başvuruyu senin yerine başka birinin yapmasını istiyorsan, o kişiye yazılı yetki ({ NL("machtiging") }) verebilirsin.

task-debts-first-meeting-title = Belediyeyle ilk görüşmeyi yap
task-debts-first-meeting-body = Başvurundan sonra belediye 4 hafta içinde seninle ilk görüşmeyi yapmak zorundadır. Evinden çıkarılma tehlikesi mi var ya da gazın, suyun veya elektriğin mi kesilecek? Bunu hemen söyle; o zaman genelde 3 gün içinde yardım alırsın. Görüşmede borçlarını çözmek için neyin gerektiğine birlikte bakarsınız.

task-debts-apply-allowances-title = Yardım hakkın olup olmadığına bak
task-debts-apply-allowances-body = Belki sağlık sigortası yardımı ({ NL("zorgtoeslag") }), kira yardımı ({ NL("huurtoeslag") }) veya çocuk bütçesi ({ NL("kindgebonden budget") }) hakkın var, ama bunu henüz almıyorsun. Belastingdienst'in web sitesinde deneme hesabı yap. Yardıma Mijn toeslagen'de başvur. Ne kadar erken başvurursan, parayı o kadar erken alırsın.

task-debts-tax-payment-arrangement-title = Vergin için erteleme veya ödeme planı iste
task-debts-tax-payment-arrangement-body = Bir vergi borcu mektubunu ({ NL("aanslag") }) zamanında ödeyemiyor musun? O zaman hemen BelastingTelefoon'u ara ya da bir mektup gönder. Belki 4 ay erteleme veya en fazla 12 aylık bir ödeme planı alırsın. Bunu mektuptaki son ödeme tarihinden önce yap. Böylece ek masraflardan kaçınırsın.

task-debts-tax-remission-title = Belediye vergilerinin silinmesini iste
task-debts-tax-remission-body = Gelirin düşük mü, birikimin veya başka malın yok mu? O zaman belediye vergilerini belki hiç ödemen gerekmez ya da sadece bir kısmını ödersin. Belediyene form ve kanıt belgeleriyle vergi silinmesi ({ NL("kwijtschelding") }) için başvur. Bunu vergi borcu mektubunu aldıktan hemen sonra yap.
