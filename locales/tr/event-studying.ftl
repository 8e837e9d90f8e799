# Wegwijs: öğrenime başlamak (dil seviyesi B1, okuyucuya "sen" diye hitap edilir).

event-studying-title = Öğrenime başlamak
event-studying-summary = Meslek okuluna ({ NL("mbo") }), yüksekokula ({ NL("hbo") }) veya üniversiteye gidiyorsun. Bunu DUO'da ve Dienst Toeslagen'de düzenlersin.
event-studying-date = Öğreniminin ilk günü

task-studying-student-finance-title = DUO'ya öğrenim kredisi için başvur
task-studying-student-finance-body = Öğrenim kredisine ({ NL("studiefinanciering") }) Mijn DUO'da başvur; DigiD ile giriş yaparsın. Sınavı geçip geçmediğini veya kabul edilip edilmediğini henüz bilmiyorsan da başvur. Bir şey değişirse, bunu en kısa sürede DUO'ya bildir. Meslek okuluna ({ NL("mbo") }) gidiyorsan, öğrenim kredisini 18 yaşından itibaren alırsın.

task-studying-student-travel-product-title = Öğrenci seyahat hakkını düzenle
task-studying-student-travel-product-body = Öğrenci seyahat hakkıyla ({ NL("studentenreisproduct") }) toplu taşımada ücretsiz veya indirimli seyahat edersin. Buna öğrenim kredinle birlikte başvurursun. DUO senin için bir hafta içi aboneliği hazırlar; hafta sonu aboneliğine geçebilirsin. Seyahat hakkını kişisel OV-chipkaart'ına bağla ve bir yükleme makinesinde karta yükle.

task-studying-healthcare-allowance-title = Sağlık sigortası yardımı ({ NL("zorgtoeslag") }) için başvur
task-studying-healthcare-allowance-body = 18 yaşından itibaren kendi sağlık sigortan olur ve primini kendin ödersin. Gelirin düşükse sağlık sigortası yardımı ({ NL("zorgtoeslag") }) alabilirsin. Buna DigiD ile Mijn toeslagen'de başvur. Ne kadar erken başvurursan, parayı o kadar erken alırsın.

task-studying-rent-allowance-title = Kira yardımı ({ NL("huurtoeslag") }) alıp alamayacağına bak
task-studying-rent-allowance-body = Tek başına mı yaşamaya başlıyorsun? Kira yardımını ({ NL("huurtoeslag") }) sadece bağımsız bir ev için alırsın: kendi giriş kapısı, mutfağı, tuvaleti ve duşu olan bir ev. Mutfağı veya tuvaleti ortak olan bir oda için genelde kira yardımı alamazsın. Deneme hesabı yap ve Mijn toeslagen'de başvur.
