# Wegwijs: 18 yaşına girmek (dil seviyesi B1, okuyucuya "sen" diye hitap edilir).

event-turning-18-title = 18 yaşına girmek
event-turning-18-summary = 18 yaşına girdiğinde yasaya göre yetişkin olursun. O zaman daha çok şeyi kendin düzenlersin: sağlık sigortanı, yardımlarını ve devletle olan işlerini.
event-turning-18-date = 18. doğum gününün tarihi

task-turning-18-digid-title = DigiD için başvur
task-turning-18-digid-body = DigiD ile devletle olan işlerini çevrimiçi düzenlersin; örneğin yardımları ve öğrenim kredisini. Buna digid.nl adresinde BSN numaran ve adresinle başvur. Posta ile bir etkinleştirme kodu alırsın. Sonra devletten gelen postaları MijnOverheid'deki Berichtenbox'ta alırsın.

task-turning-18-health-insurance-title = Sağlık sigortanı kendin öde
task-turning-18-health-insurance-body = 18. doğum gününden sonraki aydan itibaren sağlık sigortanın primini kendin ödersin. O zaman bir de zorunlu katılım payın ({ NL("eigen risico") }) olur. Anne babanın poliçesinde kalabilir veya kendin bir sigorta seçebilirsin. Bunu zamanında sağlık sigortası şirketinle düzenle.

task-turning-18-healthcare-allowance-title = Sağlık sigortası yardımı ({ NL("zorgtoeslag") }) için başvur
task-turning-18-healthcare-allowance-body = Sağlık sigortası yardımı ({ NL("zorgtoeslag") }), devletin sağlık sigortan için verdiği paradır. Bu yardım, anne babanın gelirine değil, kendi gelirine bağlıdır. Buna DigiD ile Mijn toeslagen'de başvur. Yılın ilerleyen aylarında da geriye dönük olarak başvurabilirsin.

task-turning-18-child-benefit-ends-title = Çocuk parası ({ NL("kinderbijslag") }) sona erer
task-turning-18-child-benefit-ends-body = Anne baban, 18 yaşına girdiğin çeyreğin (3 aylık dönemin) sonuna kadar çocuk parası ({ NL("kinderbijslag") }) alır. 18 yaşına bir çeyreğin ilk gününde mi giriyorsun (1 Ocak, 1 Nisan, 1 Temmuz veya 1 Ekim)? O zaman çocuk parası bir önceki çeyreğin sonunda durur. Anne babanın bunun için bir şey yapması gerekmez. SVB onlara bir mektup gönderir. Hâlâ okula gidiyorsan, belki DUO'dan bir destek parası alabilirsin.

task-turning-18-student-finance-title = DUO'ya öğrenim kredisi için başvur
task-turning-18-student-finance-body = Meslek okuluna ({ NL("mbo") }), yüksekokula ({ NL("hbo") }) veya üniversiteye mi gideceksin? O zaman öğrenim kredisi ({ NL("studiefinanciering") }) alabilirsin. Buna DigiD ile Mijn DUO'da başvur. Bunu öğrenimin başlamadan yaklaşık 3 ay önce yap.

task-turning-18-voting-title = Oy verebilirsin
task-turning-18-voting-body = 18 yaşından itibaren seçimlerde oy verebilirsin. Her seçim için belediyeden bir oy kartı ({ NL("stempas") }) alırsın. Bu kartı kimlik belgenle birlikte oy verme yerine ({ NL("stembureau") }) götür.

task-turning-18-donor-register-title = Seçimini Donör Kaydı'na yazdır
task-turning-18-donor-register-body = 18. doğum gününden sonra Donör Kaydı'ndan (Donorregister) bir mektup alırsın. Ölümünden sonra organlarını ve dokularını bağışlamak isteyip istemediğini seç. Hiçbir şey doldurmazsan, adının yanında şu yazar: organ bağışına itiraz yok ({ NL("geen bezwaar") }). Seçimini her zaman değiştirebilirsin.

task-turning-18-legal-representation-title = Kısıtlılık, mali yönetim veya kişisel temsil düzenle
task-turning-18-legal-representation-body = Para veya bakım hakkında kendin karar vermek senin için zor mu, örneğin bir engel yüzünden? O zaman anne baban sulh hâkiminden ({ NL("kantonrechter") }) kısıtlılık ({ NL("curatele") }), mali yönetim ({ NL("bewind") }) veya kişisel temsil ({ NL("mentorschap") }) isteyebilir. Çünkü anne babanın velayeti 18. doğum gününde sona erer. Formu mahkemeye en geç 3 ay önceden göndermeleri tavsiye edilir.

task-turning-18-mandate-title = Anne babanın yardımını istiyorsan, onlara yetki ({ NL("machtiging") }) ver
task-turning-18-mandate-body = 18. doğum gününden itibaren anne baban artık senin yerine kolayca iş düzenleyemez. Yine de yardım mı istiyorsun, örneğin vergi beyannamen veya yardımların için? O zaman babana veya annene machtigen.digid.nl adresinde DigiD Machtigen ile bir yetki ({ NL("machtiging") }) ver. Neyi ve ne kadar süreyle yapabileceklerini sen seçersin. Onlar kendi DigiD hesaplarıyla giriş yapar. Kendi DigiD hesabını asla kimseye verme. Yetkiyi her zaman durdurabilirsin.

task-turning-18-child-budget-ends-title = Çocuk bütçesi ({ NL("kindgebonden budget") }) değişir
task-turning-18-child-budget-ends-body = Anne baban çocuk bütçesi ({ NL("kindgebonden budget") }) alıyor mu? O zaman 18. doğum gününden sonraki aydan itibaren artık hesaba katılmazsın. En küçük çocuk sensen, çocuk bütçesi durur. Anne babanın bunun için bir şey yapması gerekmez.
