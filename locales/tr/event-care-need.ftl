# Wegwijs: bakım ve destek ihtiyacı (dil seviyesi B1, okuyucuya "sen" diye hitap edilir).

event-care-need-title = Evde yardıma veya bakıma ihtiyaç
event-care-need-summary = Evde artık her şeyi kendin yapamıyorsun; örneğin yaşlılık, hastalık veya bir engel yüzünden. Belediye, Sosyal Destek Yasası (Wmo) aracılığıyla yardım edebilir. Bunu belediyede ve CAK kurumunda düzenlersin.
event-care-need-date = Yardım ihtiyacını belediyeye bildirdiğin gün

task-care-need-report-need-title = Yardıma ihtiyacın olduğunu belediyeye bildir
task-care-need-report-need-body = Belediyendeki Sosyal Destek Yasası (Wmo) gişesine veya mahalle ekibine, artık neyi kendin yapamadığını anlat. Örneğin: Artık kendim yemek yapamıyorum veya temizlik yapamıyorum. Bunu genelde telefonla, çevrimiçi, mektupla veya gişede yapabilirsin. Bir aile üyen veya sana bakan bir yakının ({ NL("mantelzorger") }) bu konuda sana yardım edebilir.

task-care-need-personal-plan-title = İstersen kişisel bir plan yaz
task-care-need-personal-plan-body = Kişisel bir planda neye ihtiyacın olduğunu ve nedenini yazarsın. Planı, inceleme başlamadan önce belediyeye verirsin. Plan zorunlu değildir. Plan vermezsen, bunun başvurun için hiçbir sonucu olmaz.

task-care-need-client-support-title = Bir danışan destekçisinden ücretsiz yardım iste
task-care-need-client-support-body = Bir danışan destekçisi ({ NL("cliëntondersteuner") }) sana ücretsiz ve bağımsız olarak yardım eder. Seninle birlikte düşünebilir, formlarda yardım edebilir ve belediyeyle görüşmeye seninle gelebilir. Sana bakan yakının da bu yardımı alabilir. Danışan destekçisini nerede bulacağını belediyene veya mahalle ekibine sor.

task-care-need-investigation-title = Durumun hakkında belediyeyle konuş
task-care-need-investigation-body = Belediye neye ihtiyacın olduğunu inceler; genelde evinde yapılan bir görüşmeyle. Seninle birlikte düşünecek birini davet et; örneğin bir aile üyeni veya sana bakan yakınını. Belediye neyi kendin yapabildiğine, çevrendeki insanların ne yapabileceğine ve belediyenin hangi yardımı verebileceğine bakar. Sonra raporu kâğıt üzerinde alırsın.

task-care-need-apply-title = Yardım için belediyeye başvur
task-care-need-apply-body = İncelemeden sonra yardım için başvurursun; çoğu zaman raporu imzalayıp geri göndererek. Belediyenin önerdiği şeye katılmıyor musun? O zaman yine de başvuru yapabilirsin. Belediye, başvurundan sonra 2 hafta içinde karar verir ve sana kararın yazılı olduğu bir mektup gönderir.

task-care-need-own-contribution-title = Katkı payını CAK kurumuna öde
task-care-need-own-contribution-body = Belediyeden ev işlerinde yardım veya merdiven asansörü gibi bir yardım ya da düzenleme mi alıyorsun? O zaman genelde bir katkı payı ({ NL("eigen bijdrage") }) ödersin. CAK bu tutarı belirler ve sana faturayı gönderir. Ne kadar yardım alırsan al, hane başına ayda en fazla sabit bir tutar ödersin.

task-care-need-wlz-title = CIZ'ye uzun süreli bakım (Wlz) için başvur
task-care-need-wlz-body = Gece gündüz her zaman yakında bakıma mı ihtiyacın var? O zaman bu bakımı belediyeden değil, Uzun Süreli Bakım Yasası ({ NL("Wet langdurige zorg") }, Wlz) üzerinden alırsın. Buna CIZ'ye başvur. Bunu çevrimiçi yapabilirsin ya da bakımını veren kişi veya kurum bunu senin için yapar. Doktorunun teşhisini de gönder. Kararı CIZ verir; sonra bakım ofisi ({ NL("zorgkantoor") }) bakımını düzenler.
