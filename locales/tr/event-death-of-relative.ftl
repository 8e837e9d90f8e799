# Wegwijs: bir yakının ölümü (dil seviyesi B1, okuyucuya "sen" diye hitap edilir).

event-death-of-relative-title = Bir yakının ölümü
event-death-of-relative-summary = Sana yakın biri hayatını kaybetti. Bunları düzenlemen gerekir ya da cenaze hizmetleri şirketine düzenletebilirsin.
event-death-of-relative-date = Ölüm tarihi

task-death-of-relative-register-death-title = Ölümü belediyeye bildir
task-death-of-relative-register-death-body = Ölüm bildirimi ({ NL("aangifte") }), kişinin öldüğü belediyede yapılmalıdır. Bunu genelde cenaze hizmetleri şirketi senin için yapar. Kendin yaparsan, kimlik belgeni ve doktorun ölüm belgesini yanında götür. Sonra belediye gömme veya yakma (kremasyon) için izin verir.

task-death-of-relative-funeral-title = Gömme veya yakma işlemini düzenle
task-death-of-relative-funeral-body = Gömme veya yakma, ölümden en erken 36 saat sonra yapılabilir. En geç ölüm gününden sonraki 6. iş gününde yapılmalıdır. Daha fazla zaman mı gerekiyor, örneğin yurt dışından gelecek aile üyeleri için? O zaman cenaze hizmetleri şirketi belediyeden erteleme ister.

task-death-of-relative-survivor-benefit-title = Geride kalanlar ödeneği ({ NL("nabestaandenuitkering") }) için başvur
task-death-of-relative-survivor-benefit-body = Partnerin mi öldü ve henüz devlet emekli maaşı (AOW) almıyor musun? O zaman 18 yaşından küçük bir çocuğun varsa veya en az %45 çalışamaz durumdaysan bir ödenek alabilirsin. Evliydiyseniz veya kayıtlı partnerdiyseniz, SVB sana 2 hafta içinde bir mektup gönderir. Evlenmeden birlikte yaşadıysanız, SVB'ye kendin başvurursun.

task-death-of-relative-survivor-mandate-title = Geride kalanlar yetkisi ({ NL("nabestaandenmachtiging") }) için başvur
task-death-of-relative-survivor-mandate-body = Geride kalanlar yetkisiyle ({ NL("nabestaandenmachtiging") }) ölen kişinin vergi ve yardım işlerini çevrimiçi düzenlersin. Bunun için kendi DigiD hesabınla giriş yaparsın. Mirasçılar veya vasiyeti yerine getiren kişi ({ NL("executeur") }) bu yetki için başvurabilir. Bazen noterden bir mirasçılık belgesine ({ NL("verklaring van erfrecht") }) ihtiyacın olur.

task-death-of-relative-inheritance-tax-title = Veraset vergisi ({ NL("erfbelasting") }) beyannamesi ver
task-death-of-relative-inheritance-tax-body = Muafiyet tutarından fazla miras alırsan, veraset vergisi ({ NL("erfbelasting") }) beyannamesi vermen gerekir. Belastingdienst veraset vergisi ödemen gerektiğini düşünürse, mirasçılardan biri bir mektup alır. Kişi 1 Ocak 2026'da veya daha sonra mı öldü? O zaman beyanname için 20 ayın var. 2025'te veya daha önce olan bir ölümde bu süre 8 aydı. Tarih mektupta da yazar.

task-death-of-relative-income-tax-deceased-title = Ölen kişi için gelir vergisi beyannamesi ver
task-death-of-relative-income-tax-deceased-body = Ölüm yılı için mirasçıların yine bir gelir vergisi beyannamesi vermesi gerekir. Belastingdienst bunun için kâğıt bir F formu ({ NL("F-formulier") }) gönderir. Sadece gerekli bölümleri doldur. Beyannamenin hangi tarihe kadar gelmesi gerektiği mektupta yazar.

task-death-of-relative-accept-inheritance-title = Mirası kabul edip etmeyeceğine karar ver
task-death-of-relative-accept-inheritance-body = Bir mirası kabul edebilir veya reddedebilirsin. Ya da sınırlı kabulü ({ NL("beneficiair aanvaarden") }) seçebilirsin. Sınırlı kabul şu demektir: borçları sadece miras olarak aldığın şeylerle ödersin. Borç olup olmadığını bilmiyor musun? O zaman sınırlı kabulü seç. Bunu mahkemede bir beyanla veya bir noter aracılığıyla yaparsın.

task-death-of-relative-certificate-of-inheritance-title = Mirasçılık belgesi ({ NL("verklaring van erfrecht") }) iste
task-death-of-relative-certificate-of-inheritance-body = Mirasçılık belgesi ({ NL("verklaring van erfrecht") }), mirasçıların kim olduğunu gösterir. Banka, hesaplarla bir şey yapmana izin vermeden önce çoğu zaman bu belgeyi ister. Belgeyi bir noter hazırlar.

task-death-of-relative-orphans-benefit-title = Yetim ödeneği ({ NL("wezenuitkering") }) için başvur
task-death-of-relative-orphans-benefit-body = Bir çocuğun iki ebeveyni de öldü mü? O zaman çocuk 21 yaşına kadar SVB'den yetim ödeneği ({ NL("wezenuitkering") }) alabilir. 16 yaşından itibaren çocuğun okula gitmesi veya öğrenim görmesi gerekir. 18 yaşından küçük bir çocuk için ödeneğe, çocuğa bakan kişi başvurur.
