# Wegwijs: şirket kurmak (dil seviyesi B1, okuyucuya "sen" diye hitap edilir).

event-starting-business-title = Şirket kurmak
event-starting-business-summary = Kendi şirketini kuruyorsun. KVK'ya kaydolursun. Belastingdienst bilgilerini o zaman kendiliğinden alır.
event-starting-business-date = Şirketinin başlangıç tarihi

task-starting-business-check-trade-name-title = İyi bir şirket adı seç
task-starting-business-check-trade-name-body = KVK'nın Naamchecker aracıyla, adının Ticaret Sicili'nde (Handelsregister) olup olmadığına bak. Adın var olan bir şirkete veya markaya benzememeli. Adın yanlış bir izlenim de vermemeli; örneğin tek başına çalışıyorsan "& Partners" gibi. Şirketini kaydettirdiğinde KVK adını kayda geçirir.

task-starting-business-register-kvk-title = Şirketini KVK'ya kaydettir
task-starting-business-register-kvk-body = Kayıt formunu DigiD ile çevrimiçi doldur. Sonra bir KVK ofisinden randevu al ve kimlik belgeni yanında götür. Şirket adresin ev adresin değil mi? O zaman kira sözleşmeni veya bir izin belgesini de götür.

task-starting-business-vat-numbers-title = KDV numaralarının gelip gelmediğini kontrol et
task-starting-business-vat-numbers-body = KVK kaydını Belastingdienst'e iletir. Belastingdienst sana posta ile KDV kimlik numaranı (btw-identificatienummer) ve ciro vergisi numaranı ({ NL("omzetbelastingnummer") }) gönderir. KDV kimlik numarasını faturalarına ve web sitene yazarsın. Hiçbir şey gelmediyse BelastingTelefoon'u ara.

task-starting-business-small-business-scheme-title = Küçük işletme düzenlemesini ({ NL("kleineondernemersregeling") }) isteyip istemediğine karar ver
task-starting-business-small-business-scheme-body = Yılda 20.000 eurodan fazla ciro beklemiyor musun? O zaman küçük işletme düzenlemesiyle ({ NL("kleineondernemersregeling") }, KOR) müşterilerinden KDV almazsın ve KDV beyannamesi vermezsin. Bunun için Belastingdienst'e kaydol. Bunu, düzenlemenin başlaması gereken tarihten en az 4 hafta önce yapmalısın.
