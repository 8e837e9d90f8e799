# Wegwijs: çocuk sahibi olmak (dil seviyesi B1, okuyucuya "sen" diye hitap edilir).

event-birth-title = Çocuk sahibi olmak
event-birth-summary = Bebeğin oluyor. Bunu belediyede, sağlık sigortası şirketinde, SVB'de, Toeslagen'de ve işvereninle düzenlersin.
event-birth-date = Çocuğunun doğum tarihi

task-birth-register-birth-title = Doğumu belediyeye bildir
task-birth-register-birth-body = Çocuğunun doğduğu belediyede doğum bildirimi ({ NL("aangifte") }) yap. Son gün hafta sonuna veya resmî tatile denk gelirse, daha fazla zamanın olur. Kendi kimlik belgeni ve annenin kimlik belgesini yanında götür. Çocuğun o zaman bir doğum belgesi ({ NL("geboorteakte") }) ve bir vatandaş hizmet numarası (BSN) alır.

task-birth-health-insurance-title = Çocuğunu sağlık sigortası şirketine kaydettir
task-birth-health-insurance-body = Çocuğunu kendi sağlık sigortası şirketine veya partnerinin şirketine kaydettir. Bunun için çocuğunun BSN numarasına ihtiyacın var. Zamanında yaparsan, çocuğun doğduğu günden itibaren sigortalı olur. 18 yaşından küçük çocuklar için prim ödemezsin.

task-birth-child-benefit-title = SVB'ye çocuk parası ({ NL("kinderbijslag") }) için başvur
task-birth-child-benefit-body = Belediye doğumu SVB'ye bildirir. Yaklaşık 2 ile 4 hafta sonra bir mektup alırsın. Sonra çocuk parasına ({ NL("kinderbijslag") }) SVB'nin web sitesinde DigiD ile başvurursun. Zaten çocuk parası alıyorsan ve çocuğun Hollanda'da doğduysa, bir şey yapman gerekmez. Çocuğun yurt dışında mı doğdu? O zaman doğumu SVB'ye kendin bildir.
task-birth-child-benefit-abroad-title = Doğumu SVB'ye kendin bildir
task-birth-child-benefit-abroad-body = Yurt dışında mı yaşıyorsun? O zaman SVB çocuğunun doğduğunu kendiliğinden öğrenmez. Doğumu, doğum belgesiyle ({ NL("geboorteakte") }) birlikte kendin bildir. Bunu yapmazsan, çocuk parasına ({ NL("kinderbijslag") }) başvuramazsın. Çocuk parası alıp almayacağın, işine ve yaşadığın ülkeye bağlıdır.

task-birth-childcare-allowance-title = Çocuk bakım yardımı ({ NL("kinderopvangtoeslag") }) için başvur
task-birth-childcare-allowance-body = Çocuğun kayıtlı bir çocuk bakım yerine mi gidecek ve sen ve partnerin çalışıyor veya okuyor musunuz? O zaman çocuk bakım yardımı ({ NL("kinderopvangtoeslag") }) alabilirsin. Buna Mijn toeslagen'de, bakımın başladığı aydan sonraki 3 ay içinde başvur. Yoksa paradan olursun.

task-birth-partner-leave-title = Doğum iznini kullan
task-birth-partner-leave-body = Partnerin doğum mu yaptı ve bir işverenin yanında maaşlı mı çalışıyorsun? O zaman 1 hafta doğum izni alırsın: bir haftada çalıştığın saat kadar. İzni ne zaman kullanacağını işverenine en kısa sürede söyle. İşverenin maaşını ödemeye devam eder.

task-birth-extra-partner-leave-title = Ek doğum izni iste
task-birth-extra-partner-leave-body = Bir haftalık doğum izninden sonra 5 haftaya kadar ek izin kullanabilirsin. Bunu işverenine en az 4 hafta önceden yazılı olarak bildir. İşverenin ödenek için UWV'ye başvurur. O zaman günlük maaşının %70'ini alırsın.

task-birth-acknowledge-child-title = Çocuğunu belediyede resmî olarak tanı
task-birth-acknowledge-child-body = Evli değil misiniz ve kayıtlı partner de değil misiniz? O zaman annenin partneri çocuğu resmî olarak tanımalıdır ({ NL("erkenning") }). Bunu doğumdan önce de yapabilirsiniz; bu işinizi kolaylaştırır. Belediyeye ikiniz birlikte, kimlik belgelerinizle gidersiniz. Annenin buna onay vermesi gerekir. 2023'ten beri tanıma ile çocuğunuzun velayetini de birlikte alırsınız.

task-birth-choose-surname-title = Çocuğunun soyadını seç
task-birth-choose-surname-body = Çocuğunun hangi soyadını alacağını birlikte seçebilirsiniz. Bunu doğumdan önce ya da en geç doğumu bildirirken yap. Bunun için ikiniz de belediyeye gidersiniz. İlk çocuğun 2024'te veya daha sonra mı doğdu? O zaman çocuğun çift soyadı da alabilir. Seçimin, sonraki çocukların için de geçerlidir.

task-birth-pregnancy-leave-title = Doğum öncesi ve doğum sonrası iznini düzenle
task-birth-pregnancy-leave-body = En az 16 hafta izin alırsın. İzin, tahmini doğum tarihinden 6 ila 4 hafta önce başlar. Bu izin için parayı UWV öder. Bir işin var mı? O zaman izni, başlamasından en geç 3 hafta önce işvereninden iste. İşverenin para için UWV'ye başvurur. Serbest mi çalışıyorsun? O zaman izninden en geç 2 hafta önce, UWV'ye kendin ZEZ ödeneği için başvur.

task-birth-paid-parental-leave-title = Ücretli ebeveyn iznini kullan
task-birth-paid-parental-leave-body = Bir işverenin yanında maaşlı mı çalışıyorsun? O zaman doğumdan sonraki ilk yıl içinde 9 hafta ücretli ebeveyn izni kullanabilirsin. Bu sürede UWV'den maaşının %70'ini alırsın. İzni ne zaman kullanacağını işvereninle kararlaştır. İşverenin para için UWV'ye başvurur.
