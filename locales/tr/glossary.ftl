# Sözlük: devletin mektuplarındaki resmî Hollandaca kelimeler.
# Bu dosyada `glossary-X` kelimenin Türkçe çevirisidir; uygulama Hollandaca
# kelimeyi (nl dosyasından) yanına koyar.

glossary-title = Sözlük
glossary-intro = Devletin mektuplarında bu Hollandaca kelimeler geçer. Burada ne anlama geldiklerini okursun.
glossary-dutch-term = Hollandacası: { $term }

glossary-bsn = vatandaş hizmet numarası
glossary-bsn-explanation = Devletteki kişisel numaran. Pasaportunda veya kimlik kartında yazar. Bu numarayı sadece onu sorma hakkı olan kuruluşlara ver.
glossary-digid = DigiD girişi
glossary-digid-explanation = Devletin web siteleri için giriş bilgin; örneğin Mijn toeslagen ve Belastingdienst için.
glossary-machtiging = yetki
glossary-machtiging-explanation = Senin için işleri düzenlemesi için başka birine verdiğin izin; örneğin vergi beyannamen için.
glossary-beschikking = karar yazısı
glossary-beschikking-explanation = Senin hakkında bir karar içeren mektup; örneğin yardım alıp almadığın ve ne kadar aldığın.
glossary-bezwaar = itiraz
glossary-bezwaar-explanation = Bir karara katılmıyor musun? O zaman itiraz edebilirsin. Bunu genelde mektubun tarihinden sonraki 6 hafta içinde yap.
glossary-ingebrekestelling = gecikme ihtarı
glossary-ingebrekestelling-explanation = Bir kuruluşa, bir kararı geciktirdiğini söylediğin mektup. Bundan sonra kuruluş 2 hafta içinde karar vermelidir; yoksa sana para ödemek zorunda kalabilir.
glossary-zorgtoeslag = sağlık sigortası yardımı
glossary-zorgtoeslag-explanation = Gelirin çok yüksek değilse, devletin sağlık sigortan için verdiği para.
glossary-huurtoeslag = kira yardımı
glossary-huurtoeslag-explanation = Gelirin çok yüksek değilse, devletin kiran için verdiği para.
glossary-kinderbijslag = çocuk parası
glossary-kinderbijslag-explanation = SVB'nin, 18 yaşına kadar çocuklarının masrafları için verdiği para. Gelirine bağlı değildir.
glossary-kindgebonden-budget = çocuk bütçesi
glossary-kindgebonden-budget-explanation = 18 yaşına kadar çocukları olan ve geliri çok yüksek olmayan ebeveynler için ek para.
glossary-kinderopvangtoeslag = çocuk bakım yardımı
glossary-kinderopvangtoeslag-explanation = Çalışıyor veya okuyorsan, devletin çocuk bakımı masrafları için verdiği para.
glossary-toeslagpartner = yardım ortağı
glossary-toeslagpartner-explanation = Bir yardımı birlikte aldığın kişi. Onun geliri de hesaba katılır.
glossary-aow = devlet emekli maaşı
glossary-aow-explanation = Devletin verdiği emekli maaşı. Bunu AOW yaşından itibaren SVB'den alırsın.
glossary-ww = işsizlik ödeneği
glossary-ww-explanation = İşini kaybettiğinde ve kurallara uyduğunda UWV'den aldığın ödenek.
glossary-bijstand = sosyal yardım
glossary-bijstand-explanation = Geçinmek için yeterli paran yoksa ve başka bir ödenek alamıyorsan, belediyenin verdiği para.
glossary-wmo = sosyal destek
glossary-wmo-explanation = Evde yaşamaya devam edebilmen için belediyenin verdiği yardım; örneğin ev işlerinde yardım veya evde bir düzenleme.
glossary-wlz = uzun süreli bakım
glossary-wlz-explanation = Her zaman yakında bakıma veya gözetime ihtiyacı olan insanlar için bakım; örneğin bir bakımevinde. Bunu alıp almayacağına CIZ karar verir.
glossary-brp = nüfus kaydı
glossary-brp-explanation = Belediyenin, orada yaşayan herkesin bilgilerini tuttuğu liste: adın, adresin ve doğum tarihin.
glossary-geboorteakte = doğum belgesi
glossary-geboorteakte-explanation = Doğumunun resmî kanıtı. Doğum bildirildiğinde (aangifte) belediye bu belgeyi hazırlar.
glossary-levensbewijs = yaşam belgesi
glossary-levensbewijs-explanation = Hâlâ hayatta olduğunu gösteren bir form. Yurt dışında yaşıyorsan ve devlet emekli maaşı (AOW) veya başka bir ödenek alıyorsan, SVB bu formu ister.
glossary-erfbelasting = veraset vergisi
glossary-erfbelasting-explanation = Miras olarak aldığın şeyler için ödenen vergi. Beyanname vermen gerekiyorsa, Belastingdienst sana bir beyanname gönderir.
glossary-verklaring-van-erfrecht = mirasçılık belgesi
glossary-verklaring-van-erfrecht-explanation = Noterden alınan ve mirasçıların kim olduğunu gösteren belge. Bankalar bunu sık sık ister.
glossary-curator = vasi
glossary-curator-explanation = Hâkimin, işlerini kendisi düzenleyemeyen bir kişinin tüm işlerini düzenlemek için atadığı kişi.
glossary-bewindvoerder = mali yönetici
glossary-bewindvoerder-explanation = Hâkimin, başka birinin parasını ve eşyalarını yönetmek için atadığı kişi.
glossary-mentor = kişisel temsilci
glossary-mentor-explanation = Hâkimin, başka birinin bakımıyla ilgili kararlar vermek için atadığı kişi.
