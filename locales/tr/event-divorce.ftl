# Wegwijs: boşanmak (dil seviyesi B1, okuyucuya "sen" diye hitap edilir).

event-divorce-title = Boşanmak
event-divorce-summary = Hâkim boşanmanıza karar verdi. Boşanmanın resmî olması ve paranla ilgili her şeyin doğru olması için bunları hâlâ düzenlemen gerekiyor.
event-divorce-date = Hâkim kararının kesinleştiği tarih

task-divorce-register-divorce-title = Boşanmayı belediyeye kaydettir
task-divorce-register-divorce-body = Hâkimin kararı, evlendiğin belediyede kayda geçirilmelidir. Ancak o zaman resmî olarak boşanmış olursun. Bunu genelde avukatın yapar. Zamanında yapılmazsa karar geçersiz olur ve dava yeniden başlamak zorundadır.

task-divorce-allowances-title = Boşanmayı Toeslagen'e bildir
task-divorce-allowances-body = Ayrıldığınızı Mijn toeslagen'de, boşanma başvurusunun tarihiyle birlikte bildir. Taşınırsan bunu da belediyeye bildir: gelirleriniz ancak ondan sonra artık birlikte sayılmaz. Bir yardım eski eşinin adına mıydı? O zaman o yardım için kendin başvur.

task-divorce-child-benefit-title = Çocuk parasını ({ NL("kinderbijslag") }) ve çocuk bütçesini ({ NL("kindgebonden budget") }) düzenle
task-divorce-child-benefit-body = Çocuğun yanında yaşadığı ebeveyn, çocuk parasını ({ NL("kinderbijslag") }) alır. Ortak ebeveynseniz, çocuk parasını paylaşabilirsiniz. Çocuklarının bakımındaki değişiklikleri zamanında SVB'ye bildir. Çocuk bütçeni ({ NL("kindgebonden budget") }) de Mijn toeslagen'de kontrol et.

task-divorce-name-use-title = Hangi soyadını kullanacağını seç
task-divorce-name-use-body = Boşandıktan sonra, yeniden evlenene kadar eski eşinin soyadını kullanmaya devam edebilirsin. Yeniden sadece kendi adını mı kullanmak istiyorsun? O zaman bunu yaşadığın belediyeye kendin bildir. Bu kendiliğinden olmaz.

task-divorce-pension-division-title = Boşanmayı emeklilik fonuna bildir
task-divorce-pension-division-body = Boşandıktan sonra eski eşin, evlilik süresince biriktirdiğin emeklilik maaşının yarısını alma hakkına sahiptir. Boşanmayı 2 yıl içinde, devletin formuyla emeklilik fonuna bildir. O zaman fon bu payı doğrudan eski eşine öder. Geç mi kaldın? O zaman bunu aranızda kendiniz düzenlemeniz gerekir.
