# Wegwijs: evlenmek veya kayıtlı partnerlik (dil seviyesi B1, okuyucuya "sen" diye hitap edilir).

event-marriage-title = Evlenmek veya kayıtlı partner olmak
event-marriage-summary = Evleniyorsun ya da kayıtlı partnerlik kuruyorsun. Bunu zamanında belediyeye bildir. Soyadını ve yardımlarını da düşün.
event-marriage-date = Evlilik tarihi

task-marriage-give-notice-title = Evliliğini veya partnerliğini belediyeye bildir
task-marriage-give-notice-body = Partnerinle birlikte, evleneceğiniz belediyeye evlilik veya partnerlik niyetinizi bildir. 2 ile 4 arasında tanığın adını da bildir. Yurt dışında mı doğdun ya da orada mı yaşadın? O zaman belediyeyle birkaç ay daha erken iletişime geç.

task-marriage-name-use-title = Hangi soyadını kullanacağını seç
task-marriage-name-use-body = Evlendikten sonra partnerinin soyadını kullanabilirsin: kendi adından önce, kendi adından sonra ya da kendi adının yerine. Resmi soyadın değişmez. Seçimini yaşadığın belediyeye bildir. Bankana ve sigorta şirketlerine kendin haber verirsin.

task-marriage-allowances-title = Yardımlarını kontrol et
task-marriage-allowances-body = Evlendikten sonra birbirinizin yardım ortağı ({ NL("toeslagpartner") }) olursunuz. Bu, düğünden sonraki ayın ilk gününden itibaren geçerlidir. O zaman yardımlar için gelirleriniz birlikte sayılır. Bilgilerini Mijn toeslagen'de güncelle. Böylece sonra para geri ödemek zorunda kalmazsın.

task-marriage-prenuptial-agreement-title = Evlilik sözleşmesi ({ NL("huwelijkse voorwaarden") }) isteyip istemediğine karar ver
task-marriage-prenuptial-agreement-body = Hiçbir anlaşma yapmadan evlenirsen, evlilik sırasında edindikleriniz ikinizin ortak malı olur. Önceden sahip olduğun şeyler ve miras ya da hediye olarak aldığın şeyler senin kalır. Başka bir şey mi istiyorsunuz? O zaman evlenmeden önce bir noterde evlilik sözleşmesi ({ NL("huwelijkse voorwaarden") }) yaptır.
