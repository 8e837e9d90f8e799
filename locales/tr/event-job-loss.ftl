# Wegwijs: işini kaybetmek (dil seviyesi B1, okuyucuya "sen" diye hitap edilir).

event-job-loss-title = İşini kaybetmek
event-job-loss-summary = İşini kaybettin ya da yakında kaybedeceksin. Bunu UWV'de ve Dienst Toeslagen'de düzenlersin.
event-job-loss-date = İşsiz olduğun ilk gün

task-job-loss-apply-ww-title = UWV'ye işsizlik ödeneği (WW) için başvur
task-job-loss-apply-ww-body = İşsizlik ödeneğine (WW) DigiD ile UWV'de çevrimiçi başvur. DigiD hesabın yoksa bir UWV ofisine git ve başvuruyu posta ile yap. Vatandaş hizmet numaranı (BSN), son işvereninin bilgilerini ve maaş bordronu hazır tut. WW'ye, işsiz kalmadan 4 hafta öncesinden itibaren başvurabilirsin.

task-job-loss-ww-decision-title = UWV'nin işsizlik ödeneği (WW) kararını oku
task-job-loss-ww-decision-body = UWV sana işsizlik ödeneği (WW) alıp almayacağını bildirir. WW'ye işsiz olduğun ilk günden sonra başvurduysan, karar daha geç gelebilir. Başvurunu Mijn UWV'de takip edersin. Karara katılmıyorsan, nasıl itiraz ({ NL("bezwaar") }) edeceğin mektupta yazar.

task-job-loss-report-income-title = Yeni gelirini Dienst Toeslagen'e bildir
task-job-loss-report-income-body = Sağlık sigortası yardımı ({ NL("zorgtoeslag") }), kira yardımı ({ NL("huurtoeslag") }) veya çocuk bütçesi ({ NL("kindgebonden budget") }) alıyor musun? O zaman yeni yıllık gelirini Mijn toeslagen'de bildir. Bu yılki maaşını ve işsizlik ödeneğini (WW) topla. Böylece çok fazla veya çok az yardım almazsın.

task-job-loss-apply-allowances-title = Şimdi yardım alıp alamayacağına bak
task-job-loss-apply-allowances-body = Gelirin azaldığı için belki sağlık sigortası yardımı ({ NL("zorgtoeslag") }), kira yardımı ({ NL("huurtoeslag") }) veya çocuk bütçesi ({ NL("kindgebonden budget") }) hakkın vardır. Önce Belastingdienst'in web sitesinde deneme hesabı yap. Sonra yardıma Mijn toeslagen'de başvur. Ne kadar erken başvurursan, parayı o kadar erken alırsın.

task-job-loss-social-assistance-title = İşsizlik ödeneği (WW) almıyorsan, sosyal yardım ({ NL("bijstand") }) için başvur
task-job-loss-social-assistance-body = İşsizlik ödeneği (WW) almıyor musun veya aldığın para geçinmeye yetmiyor mu? O zaman belediyeden sosyal yardım ({ NL("bijstand") }) isteyebilirsin. Yardıma ihtiyacın olan ilk gün werk.nl'de kaydol. Daha önceki bir tarih için yardım almazsın. 27 yaşından küçük müsün? O zaman önce 4 hafta boyunca iş veya eğitim ararsın.
