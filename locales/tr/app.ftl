# Wegwijs: uygulamanın ve komut satırının metinleri (dil seviyesi B1, okuyucuya "sen" diye hitap edilir).

app-name = Wegwijs
app-tagline = Devletle işlerinde yol göstericin
skip-to-content = Doğrudan içeriğe git
loading = Biraz bekle, Wegwijs yükleniyor…

## Dil

language-label = Dil
language-nl = Nederlands
language-en = English
# Her dil kendi adıyla yazılır; bu adlar her dosyada aynıdır.
language-fy = Frysk
language-pap = Papiamentu
language-tr = Türkçe
language-ar = العربية
language-pl = Polski
language-uk = Українська
translation-unreviewed = Bu çeviri bir bilgisayarın yardımıyla yapıldı. Bu dili ana dili olarak konuşan hiç kimse onu henüz kontrol etmedi.
translation-unreviewed-short = Çeviri henüz kontrol edilmedi
translation-show-dutch = Hollandaca metni göster
translation-showing-dutch = Şu an Hollandaca metni görüyorsun.
translation-back = Geri dön: { $language }
glossary-link = Sözlük: devletin mektuplarındaki Hollandaca kelimeler
language-changed = Dil artık Türkçe.

## İlk açılış

welcome-title = Wegwijs'e hoş geldin
welcome-intro = Bazen hayatında çok şey değişir. Çocuğun olur, taşınırsın ya da çalışmayı bırakırsın. Wegwijs o zaman neyi, hangi kurumda ve ne zaman düzenlemen gerektiğini gösterir.
welcome-privacy = Bilgilerin bu cihazda kalır. Wegwijs onları hiçbir yere göndermez.
welcome-setup-title = Senin hakkında
welcome-setup-intro = Birkaç bilgi doldur. O zaman Wegwijs hangi kuralların senin için geçerli olduğunu bilir. Bu bilgileri daha sonra her zaman değiştirebilirsin.
welcome-submit = Kaydet ve devam et

## Profil formu

field-name = Ad
field-name-hint = Sana nasıl hitap edilmesini istiyorsan öyle yaz.
field-birth-date = Doğum tarihi
field-birth-date-hint = Örneğin: 14 3 1990
field-birth-day = Gün
field-birth-month = Ay
field-birth-year = Yıl
field-residence-where = Nerede yaşıyorsun?
field-residence-nl = Hollanda'da
field-residence-abroad = Yurt dışında
field-residence-country = Yaşadığın ülke
field-residence-country-hint = Yurt dışında mı yaşıyorsun? O zaman şu an yaşadığın ülkeyi seç.
field-residence-country-choose = Bir ülke seç
field-municipality = Belediye
field-municipality-hint = Kayıtlı olduğun belediye.
field-situation = Durumun
field-situation-intro = Bu sorular zorunlu değil. Wegwijs, cevaplarınla planını sana daha uygun hâle getirir.
field-partner = Partnerin var mı?
field-partner-hint = Partner; eşin, kayıtlı partnerin veya birlikte yaşadığın kişidir.
field-partner-yes = Evet
field-partner-no = Hayır
field-partner-unsaid = Söylememeyi tercih ederim
field-employment = Ne iş yapıyorsun?
field-employment-unsaid = Söylememeyi tercih ederim
employment-employed = Bir işverenin yanında maaşlı çalışıyorum
employment-self-employed = Kendi şirketim var veya serbest çalışıyorum ({ NL("zzp'er") })
employment-unemployed = İşim yok ve iş arıyorum
employment-retired = Emekliyim
employment-student = Öğrenciyim
employment-none = Ücretli bir işim yok
field-bsn = Vatandaş hizmet numarası (BSN)
field-children-on-people = Çocuklarını ve baktığın diğer kişileri, adlarıyla birlikte Kişiler bölümüne ekle. O zaman Wegwijs, onlar için neyin değiştiğini zamanında gösterir; örneğin çocuğun 18 yaşına girdiğinde.
field-children-people-link = Kişiler bölümüne git
profile-save = Kaydet
profile-saved = Bilgilerin kaydedildi.
required = zorunlu

## Formlardaki hata mesajları

error-summary-title = Bilgilerini kontrol et
error-summary-intro = { $count ->
    [one] { $count } hata
   *[other] { $count } hata
} bulundu. Daha önce doldurduğun bilgiler silinmez.

## Gezinme

nav-label = Ana menü
nav-menu = Menü
nav-home = Ana sayfa
nav-life-events = Olaylar
nav-documents = Belgeler
nav-people = Kişiler
nav-status = Devam eden işler
nav-settings = Ayarlar

## Ana sayfa

home-title = Merhaba { $name }
home-intro = Bugün ne düzenlemek istiyorsun?
home-signals-title = Yakında
home-signal-plan = Neyi düzenlemen gerektiğine bak
home-profile-title = Bilgilerin
home-profile-edit = Bilgileri değiştir
home-lives-in-nl = { $municipality }, Hollanda

## Henüz gelecek bölümler

life-events-title = Hayatındaki olaylar
life-events-intro = Çocuk sahibi olmak, 18 yaşına girmek, taşınmak, emekli olmak: hayatında ne olduğunu seç. O zaman düzenlemen gereken her şeyi, tüm kurumları ve senin için geçerli tarihleri içeren tek bir plan alırsın. Her görevde, kuralın nereden geldiği yazar.
documents-title = Belgeler
documents-intro = Pasaportunu, doğum belgeni ({ NL("geboorteakte") }), kira sözleşmeni ve devletten gelen mektupları bu cihazda güvenle sakla. Bunlar şifrelenerek kaydedilir. Bir belgenin süresi dolmadan önce Wegwijs seni uyarır.
people-title = Kişiler
people-intro = Başka biri için işleri düzenle; örneğin çocuğun için veya yardıma ihtiyacı olan annen ya da baban için. Kimin için bir şey yaptığını her zaman görürsün ve her şey kayda geçirilir.
status-title = Devam eden işler
status-intro = Devlete yaptığın başvuruların durumunu gör ve mahallenle ilgili resmî duyuruları oku.
cases-title-for = { $name } için başvurular
cases-intro = Neye başvurduğunu takip et: bir izin, bir yardım, belediyeden destek. Wegwijs, kuruluşun ne zamana kadar karar vermesi gerektiğini ve karardan sonra ne zamana kadar itiraz ({ NL("bezwaar") }) edebileceğini gösterir.
cases-list-title = Başvuruların
cases-none = Henüz bir başvuru eklemedin.
cases-reference = referans no { $reference }
cases-submitted = alındığı tarih: { $date }
cases-decision-due = Kuruluş en geç { $date } tarihinde karar vermelidir.
cases-decided = Karar { $date } tarihinde gönderildi.
cases-objection-due = { $date } tarihine kadar (o gün dahil) itiraz ({ NL("bezwaar") }) edebilirsin.
cases-moved = (Hafta sonu veya resmî tatil nedeniyle bir sonraki iş gününe kaydırıldı.)
cases-add-step = Ne olduğunu yaz
cases-record-decision = Kararı yaz
cases-remove = Sil
cases-remove-confirm = Evet, tüm adımlarıyla birlikte sil
cases-objection-check = Mektuba bak: itiraz ({ NL("bezwaar") }) edip edemeyeceğin, kime itiraz edeceğin ve başka bir süre geçerli olup olmadığı orada yazar.
cases-decision-check = Kuruluş senden belge beklediği sürece süre durur. Süre bir kez uzatılabilir.
cases-step-status = Ne oldu?
cases-step-status-hint = Örneğin: "Daha fazla belge istediler".
cases-step-date = Hangi gün?
cases-step-date-hint = Bugün için boş bırak.
cases-step-note = Not (boş bırakılabilir)
cases-decision-date = Kararın yazılı olduğu mektubun tarihi
cases-decision-date-hint = Mektuptaki tarih veya kararın Berichtenbox'ına geldiği gün. Kararı okuduğun gün değil.
cases-save = Kaydet
cases-cancel = İptal
cases-add-title = Başvuru ekle
cases-add-intro = Çoğu kuruluş başvurularını henüz Wegwijs'e gönderemiyor. Onları buraya yaz.
cases-provider = Kuruluş
cases-provider-hint = Örneğin: Gemeente Utrecht, SVB, Belastingdienst.
cases-what = Neye başvurdun?
cases-what-hint = Kendi kelimelerinle.
cases-submitted-label = Kuruluşun başvuruyu aldığı tarih
cases-submitted-hint = Örneğin 30 10 2026. Bu tarih çoğu zaman onay yazısında yazar.
cases-reference-label = Referans numarası (boş bırakılabilir)
cases-reference-hint = Bu konudaki mektuplarda yazan numara ({ NL("zaaknummer") }).
cases-weeks = Hafta olarak karar süresi (boş bırakılabilir)
cases-weeks-hint = 8 hafta için boş bırak: bu normal süredir. Bazı yasalar başka bir süre verir.
cases-add-submit = Başvuru ekle
cases-added = "{ $title }" eklendi.
cases-step-saved = "{ $title }" başvurusuna kaydedildi.
cases-decision-saved = "{ $title }" için karar kaydedildi.
cases-letter = Karar mektubu: { $title }
cases-letter-link = Karar mektubunu seç
cases-letter-change = Başka bir mektup seç
cases-letter-choose = Karar mektubu
cases-letter-choose-hint = Mektubu belgelerinden seç. Henüz orada değil mi? O zaman önce Belgeler bölümüne ekle.
cases-letter-no-documents = Henüz hiç belge kaydetmedin. Mektubu önce Belgeler bölümüne ekle.
cases-letter-none = Mektup yok
cases-letter-saved = Mektup "{ $title }" ile bağlandı.
cases-letter-unlinked = "{ $title }" ile artık bağlı bir mektup yok.
cases-removed = "{ $title }" silindi.
cases-sources-title = Başvurularını gösteren kuruluşlar
cases-sources-intro = Bazı belediyeler ve kuruluşlar başvurularını bir bağlantı üzerinden (ZGW standardı) gösterir. Wegwijs bunları BSN numaranla alır ve bu cihazda saklar: Wegwijs açıkken günde bir kez ve Yenile düğmesine bastığında.
cases-sources-none = Henüz hiçbir kuruluşu bağlamadın.
cases-source-synced = Son güncelleme: { $date }
cases-source-never = Henüz güncellenmedi.
cases-sync = Yenile
cases-syncing = Alınıyor…
cases-synced = Güncellendi. Yeni veya ilerleyen: { $count }.
cases-sync-failed = Her şey güncellenmedi. Neyin yanlış gittiği aşağıda yazıyor. Son seferki başvuruları görüyorsun.
cases-source-disconnect = Bağlantıyı kes
cases-source-disconnect-confirm = Evet, bağlantıyı kes ve bu kuruluşun başvurularını kaldır
cases-source-disconnected = "{ $name }" bağlantısı kesildi.
cases-connect-title = Kuruluş bağla
cases-connect-intro = Kuruluş sana bağlantının adresini, bir client-id ve bir gizli anahtar verir. Gizli anahtar Wegwijs'in dosyalarına değil, bilgisayarının anahtarlığına kaydedilir.
cases-connect-name = Ad
cases-connect-name-hint = Örneğin: Gemeente Arnhem.
cases-connect-url = Zaken API adresi
cases-connect-url-hint = https:// ile başlar
cases-connect-auth = Wegwijs kim olduğunu nasıl gösterir?
cases-connect-auth-jwt = Kuruluştan alınan bir client-id ve gizli anahtarla
cases-connect-auth-login = Kendi girişimle (Ayarlar bölümünde)
cases-connect-client = Client-id
cases-connect-secret = Gizli anahtar
cases-connect-secret-hint = Yazarken onu görmezsin.
cases-connect-submit = Bağla
cases-connected = "{ $name }" bağlandı. Başvurularını almak için Yenile düğmesine bas.
cases-from-source = Kaynak: { $name }, bağlantı üzerinden.
cases-step-todo = henüz değil
cases-closed-on = { $date } tarihinde sonuçlandı.
cases-result = Sonuç: { $result }
cases-calendar = Son günleri takvimine ekle
cases-overdue = Gecikti: kuruluşun çoktan karar vermiş olması gerekiyordu. Kuruluşa yazılı bir gecikme ihtarı ({ NL("ingebrekestelling") }) gönderebilirsin. Kuruluş bundan sonra iki hafta içinde yine karar vermezse, sana bir miktar para ödemek zorunda kalabilir (Awb, madde 4:17).
cases-bsn-used = Kuruluşlar, { $name } için başvuruları { $bsn } numaralı BSN ile arar.
cases-bsn-missing = { $name } için başvuruları almak üzere BSN numarası gereklidir.
cases-bsn-add = BSN numarasını gir
cases-bsn-change = BSN numarasını değiştir
cases-bsn-label = { $name } için BSN numarası
cases-bsn-hint = Dokuz rakam. Pasaportta, kimlik kartında veya sürücü belgesinde yazar. Silmek için boş bırak.
cases-bsn-saved = BSN numarası kaydedildi.

## Olaylar ve planın

life-events-choose = Ne olduğunu seç
life-events-search = Bir olay ara
life-events-count = { $count ->
    [one] { $count } olay
   *[other] { $count } olay
}
plan-date-hint = Örneğin: 27 11 2026. Tarihi henüz tam bilmiyor musun? O zaman beklediğin tarihi yaz.
plan-make = Planımı oluştur
plan-title = Planın: { $event }, { $date }
plan-group-before = { $date } öncesi
plan-group-on-the-day = { $date } günü
plan-group-after = { $date } sonrası
plan-group-undated = Sabit bir tarihi olmayanlar
plan-due = En geç { $date }
plan-due-abroad = Bu bir Hollanda tarihidir. { $place } saatiyle { $date }, saat { $time }’a kadar vaktin var.
plan-where-to-go = { $country } için Hollanda büyükelçiliği veya konsolosluğu:
plan-window = { $from } ile { $to } arası (iki gün de dahil)
plan-from = { $date } tarihinden itibaren
plan-no-date = Sabit tarih yok
plan-provider = Kurum: { $provider }
plan-check = Bunun senin için geçerli olup olmadığına bak.
plan-bring = Yanında götür:
plan-channels = Nasıl:
plan-why = Bu neden planında var:
plan-sources = Kuralın kaynağı:
plan-empty = Bu olayda senin için düzenlenecek bir şey yok.
plan-show-left-out = { $count ->
    [one] Senin için geçerli olmayan { $count } görevi de göster
   *[other] Senin için geçerli olmayan { $count } görevi de göster
}
plan-left-out-title = Senin için geçerli değil
plan-keep = Bu planı sakla
plan-kept = Planın saklandı. Yaptıklarını işaretle.
plan-done = Yapıldı
plan-overdue = Gecikti
plan-note = Notun
plan-note-save = Notu kaydet
plan-note-saved = Notun kaydedildi.
plan-delete = Planı sil
plan-deleted = Plan silindi.
kept-plans-title = Planların
kept-plan-open = { $open ->
    [one] { $open } görev kaldı
   *[other] { $open } görev kaldı
}
kept-plan-overdue = { $overdue ->
    [one] { $overdue } tanesi gecikti
   *[other] { $overdue } tanesi gecikti
}
plan-export-ics = Takvimine ekle
plan-export-done = Takvimin için dosya kaydedildi.
plan-export-pdf = Yazdırılabilir liste (PDF)
plan-pdf-done = Yazdırılabilir liste kaydedildi.
plan-print = Yazdır

## Ayarlar

settings-title = Ayarlar
settings-language-title = Dil
settings-profile-title = Bilgilerin
settings-notifications-title = Bildirimler
settings-notifications-label = Yaklaşan bir şey olduğunda bildirim göster
settings-notifications-hint = Örneğin çocuğun 18 yaşına girmek üzereyken veya devlet emekli maaşın (AOW) başlamak üzereyken. Bildirim kendi bilgisayarından gelir; internet üzerinden hiçbir şey gönderilmez.
settings-notifications-on = Bildirimler açık.
settings-notifications-off = Bildirimler kapalı.
settings-data-title = Bilgilerin nerede duruyor
settings-data-intro = Wegwijs bilgilerini sadece bu cihazda, şu klasörde saklar:

## Yardım

footer-help = Yardım mı lazım? Birçok kütüphanede bir Informatiepunt Digitale Overheid (dijital devlet bilgi noktası) vardır. Orada sana ücretsiz yardım ederler.

## Komut satırı

cli-no-profile = Henüz bilgi yok. Bilgilerini şu komutla gir: wegwijs profile set --name … --birth-date YYYY-AA-GG --country NL --municipality …
cli-profile-saved = Bilgilerin kaydedildi.
cli-error = Hata
cli-no-keyring = Bu cihazda anahtarlık yok.
cli-prompt-passphrase = Parola:
cli-prompt-new-passphrase = Bilgilerini korumak için bir parola seç (en az 8 karakter):
cli-prompt-backup-passphrase = Yedek için parola:
cli-prompt-recovery-key = Kurtarma anahtarı:
cli-recovery-key = Kurtarma anahtarın: { $key }
    Onu bir yere yaz ve güvenli bir yerde sakla. Bu anahtarla bilgilerini yeni bir cihazda açarsın. Onu sadece bu bir kez görürsün.
cli-vault-added = Eklendi: { $title } ({ $id })
cli-vault-without-text = { $title }: saklandı, ama metni okunamadı. Arama onu sadece başlık ve etiketlerle bulur.
cli-vault-none = Hiç belge bulunamadı.
cli-vault-document = { $id }  { $title } ({ $kind })
cli-vault-document-expires = { $id }  { $title } ({ $kind }), son geçerlilik: { $expires }
cli-vault-saved = Kaydedildi: { $path }
cli-vault-removed = Belge silindi.
cli-vault-verified = { $documents } belge kontrol edildi, { $ok } tanesi sağlam.
cli-vault-damaged = Hasarlı: { $id }
cli-vault-backup = Yedek yazıldı, içindeki belge sayısı: { $documents }.
cli-vault-restored = { $restored } belge geri yüklendi; { $skipped } tanesi zaten vardı.
cli-vault-restore-not-allowed = Başkalarına ait { $count } belge geri yüklenmedi: hiçbir temsil yetkisi, onların belgelerini eklemene izin vermiyor. Bir temsil yetkisi kaydet ve sonra yedeği yeniden geri yükle.
cli-vault-restore-log-behind = Bu yedek bu kurulumdan alınmış ve içindeki kayıt defterinde, burada eksik olan satırlar var: bilgilerinin daha eski bir kopyası geri yüklendi. Bu durum artık kayıt defterinde yazıyor.
cli-vault-recovered = Bilgilerin bu cihazda yeniden açık.
unlock-window-title = Bilgilerini aç
unlock-choose-title = Bilgilerini bir parolayla koru
unlock-choose-intro = Wegwijs bilgilerini bu cihazda şifreli olarak saklar. Bu cihazda, anahtarı güvenle saklamak için bir anahtarlık yok. Bu yüzden bir parola seç. Parolayı Wegwijs'i her açışında yazarsın.
unlock-enter-title = Parolanı gir
unlock-enter-intro = Bilgilerin şifreli. Onları açmak için parolanı gir.
unlock-recover-title = Bilgilerini kurtarma anahtarınla aç
unlock-recover-intro = Bilgilerinin anahtarı bu cihazda yok. Wegwijs'i kullanmaya başladığında bir yere yazdığın kurtarma anahtarını gir.
unlock-passphrase = Parola
unlock-new-passphrase = Yeni parola
unlock-new-passphrase-hint = En az 8 karakter. Kısa bir cümleyi hatırlamak kolay, tahmin etmek zordur.
unlock-repeat = Parolayı bir kez daha yaz
unlock-repeat-differs = İki parola aynı değil.
unlock-recovery-key = Kurtarma anahtarı
unlock-recovery-key-hint = 32 harf ve rakam, örneğin ABCD-EFGH-… Büyük harfler ve tireler fark etmez.
unlock-submit = Aç
unlock-choose-submit = Koru ve aç
unlock-forgot = Parolamı unuttum
recovery-key-title = Kurtarma anahtarını bir yere yaz
recovery-key-intro = Bu anahtarla bilgilerini yeni bir cihazda açarsın; bu cihazdaki anahtar kaybolursa da.
recovery-key-keep = Onu kâğıda yazıp güvenli bir yerde sakla. Kimseyle paylaşma. Onu sadece bu bir kez görürsün.
recovery-key-print = Yazdır
recovery-key-done = Bir yere yazdım
documents-add-title = Belge ekle
documents-add-intro = Ne tür belgeler eklediğini seç. Aynı anda birden fazla dosya ekleyebilirsin.
documents-kind = Belge türü
documents-doc-title = Başlık
documents-doc-title-hint = Dosya adını kullanmak için boş bırak.
documents-expires = Son geçerlilik tarihi
documents-expires-hint = Belgenin süresi dolmuyorsa boş bırak. Örneğin: 14 3 2031.
documents-tags = Etiketler
documents-tags-hint = Belgeyi bulmak için kelimeler; aralarına virgül koy. Örneğin: ev, kira.
documents-choose-files = Dosya seç…
documents-add-dropped = { $count ->
        [one] Bırakılan dosyayı ekle
       *[other] Bırakılan { $count } dosyayı ekle
    }
documents-drop-hint = Dosyaları bu pencereye sürükleyerek de ekleyebilirsin.
documents-dropped = { $count ->
        [one] { $count } dosya eklenmeye hazır.
       *[other] { $count } dosya eklenmeye hazır.
    }
documents-added = { $count ->
        [one] { $count } belge eklendi.
       *[other] { $count } belge eklendi.
    }
documents-without-text = { $count ->
        [one] Metin okunamadı. Bu yüzden arama, belgeyi sadece başlık ve etiketlerle bulur.
       *[other] { $count } belgenin metni okunamadı. Bu yüzden arama, bu belgeleri sadece başlık ve etiketlerle bulur.
    }
documents-not-added = Eklenmedi
documents-list-title = Belgelerin
documents-search = Ara
documents-search-hint = Başlıklarda, etiketlerde ve pdf ile metin dosyalarının içeriğinde ara.
documents-count = { $count ->
        [0] Belge yok.
        [one] { $count } belge.
       *[other] { $count } belge.
    }
documents-expiry-valid = Son geçerlilik: { $date }
documents-expiry-soon = Süresi yakında doluyor: { $date }
documents-expiry-expired = Süresi doldu: { $date }
documents-export = Kopyasını kaydet
documents-exported = Bir kopya kaydedildi: { $title }
documents-delete = Sil
documents-delete-confirm = Gerçekten silinsin mi? Bir kez daha bas
documents-removed = Silindi: { $title }
documents-verify = Tüm belgeleri kontrol et
documents-verify-ok = { $count ->
        [one] Belge sağlam.
       *[other] { $count } belgenin hepsi sağlam.
    }
documents-verify-damaged = { $count ->
        [one] { $count } belge hasarlı. Onu bir yedekten geri yükle.
       *[other] { $count } belge hasarlı. Onları bir yedekten geri yükle.
    }
size-bytes = { $n } bayt
size-kb = { $n } kB
size-mb = { $n } MB
home-signal-documents = Belgelerine git
home-signal-case = Başvuruya bak
home-signal-announcements = Duyurulara bak
plan-held-valid = Belgelerinde var: { $title } (o tarihte hâlâ geçerli)
plan-held-invalid = Belgelerinde var: { $title }, ama o tarihte artık geçerli değil. Önce yenile.
documents-edit = Değiştir
documents-save = Kaydet
documents-cancel = İptal
documents-saved = Bilgiler kaydedildi: { $title }
cli-person-added = { $name } eklendi (id { $id }).
cli-cases-none = Henüz başvuru yok. Şu komutla bir başvuru ekle: wegwijs cases add
cli-case-removed = Başvuru silindi: { $id }
cli-case-decision-due = Kuruluş en geç { $date } tarihinde karar vermelidir.
cli-case-objection-due = İtiraz ({ NL("bezwaar") }) için son gün: { $date }.
cli-case-letter = Karar mektubu: { $title } (belge { $id }).
cli-sources-none = Henüz bağlı kuruluş yok. Şu komutla bir kuruluş bağla: wegwijs cases source add
cli-source-removed = { $name } bağlantısı kesildi. Bu kuruluşun gizli anahtarı ve başvuruları silindi.
cli-source-synced = Son güncelleme: { $at }
cli-source-never-synced = Henüz güncellenmedi.
cli-prompt-zgw-secret = Kuruluşun sana verdiği gizli anahtar (ekranda gösterilmez):
cli-sync-ok = { $name }: güncellendi.
cli-sync-failed = { $name }: { $error }
cli-sync-changed = Yeni veya ilerlemiş başvurular: { $count }
cli-cases-calendar-written = Takvimin için dosya kaydedildi.
cli-representation-granted = Temsil yetkisi kaydedildi: { $id }
cli-representation-revoked = Temsil yetkisi geri alındı: { $id }
cli-audit-ok = Kayıt defterinde { $entries } satır var; zincir sağlam.
cli-audit-broken = Kayıt defterinde { $entries } satır var; zincir KIRIK: bir satır değiştirilmiş, silinmiş veya yeri değiştirilmiş.
people-list-title = Hane halkın
people-you = sen
people-born = doğum tarihi: { $date }
people-relation = Seninle yakınlığı
people-add-title = Birini ekle
people-add-submit = Ekle
people-added = { $name } eklendi.
people-rename = Adı değiştir: { $name }
people-rename-label = Yeni ad (şu an: { $name })
people-rename-save = Adı kaydet
people-rename-cancel = İptal
people-renamed = Yeni ad: { $name }.
relation-child = çocuk
relation-partner = partner
relation-parent = ebeveyn
relation-other = diğer
reps-title = Kim kimin adına hareket ediyor
reps-none = Henüz kimse başka biri adına hareket etmiyor.
reps-line = { $representative }, { $subject } adına hareket ediyor
reps-view-only = sadece görüntüleme
reps-ends-on = Bitiş: { $date }
reps-ended-on = Sona erdi: { $date }
reps-revoked-on = Geri alındı: { $date }
reps-no-end = Bitiş tarihi yok
reps-act-for = { $name } adına hareket et
reps-revoke = Geri al
reps-revoke-confirm = Gerçekten geri alınsın mı? Bir kez daha bas
people-granted = { $name } için temsil yetkisi kaydedildi.
people-revoked = { $name } için temsil yetkisi geri alındı.
grant-title = Bir temsil yetkisi kaydet
grant-representative = Kim adına hareket ediyor?
grant-subject = Kimin adına?
grant-basis = Hangi dayanakla?
grant-scopes = Hangi konular için?
grant-scopes-hint = Dayanağın izin verdiği her şey için hiçbir şey işaretleme. Bir yetki ({ NL("machtiging") }) için en az bir konu gerekir: sadece kişinin kendisinin seçtiği konular.
grant-until = Bitiş tarihi
grant-until-hint = Bitiş tarihi yoksa boş bırak. Velayet ve vesayet 18 yaşında kendiliğinden sona erer.
grant-view-only = Sadece görüntüleme: değiştirme yok, kopya kaydetme yok, silme yok
grant-submit = Kaydet
basis-ouderlijk-gezag = Velayet
basis-ouderlijk-gezag-explain = bir ebeveyn, 18 yaşından küçük bir çocuk için her şeyi düzenler. 18. doğum gününde kendiliğinden sona erer.
basis-voogdij = Vesayet
basis-voogdij-explain = velayet gibidir, ama ebeveyn olmayan biri içindir. 18 yaşında sona erer.
basis-curatele = Kısıtlılık
basis-curatele-explain = hâkim, para işlerini ve kişisel işleri bir vasinin ({ NL("curator") }) düzenlemesine karar verdi.
basis-beschermingsbewind = Koruyucu mali yönetim
basis-beschermingsbewind-explain = hâkim, sadece para işlerini bir mali yöneticinin ({ NL("bewindvoerder") }) düzenlemesine karar verdi.
basis-mentorschap = Kişisel temsil
basis-mentorschap-explain = hâkim, sadece bakım işlerini bir kişisel temsilcinin ({ NL("mentor") }) düzenlemesine karar verdi.
basis-machtiging = Yetki
basis-machtiging-explain = kişi, kendi seçtiği işler ve süre için kendisine yardım edilmesine izin verir.
scope-documents = belgeler
scope-guidance = planlar ve süreler
scope-finance = para
scope-care = bakım
acting-banner = Şu an { $name } adına hareket ediyorsun
acting-details = { $basis }, bitiş: { $date }
acting-details-no-end = { $basis }
acting-stop = { $name } adına hareket etmeyi bırak
documents-acting-title = Belgeler: { $name }
audit-title = Kim kimin için ne yaptı
audit-intro = Başkası için yapılan her şey burada yazar. Bu kayıt, fark edilmeden değiştirilemez.
audit-none = Henüz hiçbir şey kaydedilmedi.
audit-line = { $actor }, { $subject } için:
audit-action-representation-grant = bir temsil yetkisi kaydetti
audit-action-representation-revoke = bir temsil yetkisini geri aldı
audit-action-documents-view = belgelere baktı
audit-action-documents-change = bir belge ekledi veya değiştirdi
audit-action-documents-export = bir belgenin kopyasını kaydetti
audit-action-documents-delete = bir belgeyi sildi
audit-action-guidance-view = planlara baktı
audit-action-audit-mismatch = kayıt defterinde satırların eksik olduğunu gördü
audit-verify = Kayıt defterini kontrol et
audit-ok = Kayıt defteri sağlam ({ $count } satır).
audit-broken = Kayıt defteriyle oynanmış. Yardım iste.
lock-now = Kilitle
unlock-open-title = Wegwijs kilitli
unlock-open-intro = Wegwijs kilitli olduğu sürece senin hiçbir bilgin görünmez. Hazır olduğunda yeniden aç.
lock-warning-title = Wegwijs birazdan kilitlenecek
lock-warning-text = Bir süredir Wegwijs'i kullanmıyorsun. 1 dakika sonra kilitlenecek. Henüz kaydetmediğin her şey o zaman kaybolur.
lock-warning-keep-open = Açık kalsın

settings-accessibility-title = Erişilebilirlik
settings-accessibility-intro = Wegwijs herkes için kolay kullanılabilir olmalı; küçük ekranda, büyük yazıyla veya ekran okuyucuyla da. Uygulamayı erişilebilirlik şartlarına (WCAG 2.1, AA düzeyi) göre kendimiz denetledik. Bağımsız bir denetim henüz yapılmadı.
settings-accessibility-known = Bunlar henüz iyi çalışmıyor:
settings-accessibility-known-pdf = Yazdırılabilir kontrol listesi (PDF) henüz ekran okuyucuyla iyi çalışmıyor.
settings-accessibility-untested = Henüz test edilmedi: Wegwijs'i ekran okuyucuyla ve Windows, macOS ve telefonlarda kullanmak.

settings-text-size-title = Metin boyutu
settings-text-size = Ekrandaki her şey ne kadar büyük olsun?
settings-text-size-hint = Metin, düğmeler ve resimler birlikte büyür, böylece hiçbir şey üst üste binmez. Sen seçene kadar Wegwijs bilgisayarının metin boyutunu kullanır.
settings-text-size-saved = Metin boyutu artık { $size }.
settings-time-zone-title = Saat dilimi
settings-time-zone-hint = Son tarih bir Hollanda tarihidir. Başka bir saat diliminde mi yaşıyorsun? O zaman her tarihte, bulunduğun yerde saat kaça kadar vaktin olduğunu da görürsün.
settings-time-zone = Saat dilimin
settings-time-zone-device = Bu cihazınki
settings-time-zone-current = Şu an: { $zone }
settings-time-zone-saved = Saat dilimin artık { $zone }.

settings-auto-lock-title = Kilitleme
settings-auto-lock = Wegwijs şu süre boyunca kullanılmazsa kilitlensin:
settings-auto-lock-never = Hiçbir zaman
settings-auto-lock-minutes = { $count ->
        [one] { $count } dakika
       *[other] { $count } dakika
    }
settings-auto-lock-saved = Kaydedildi.
documents-issued = Veriliş tarihi
documents-issued-hint = Biliyorsan yaz. Örneğin: 14 3 2021.
documents-events = Hangi olaylar için?
documents-events-hint = Zorunlu değil. Birden fazla seçmek için Ctrl (veya Cmd) tuşunu basılı tut.
cli-login-open = Tarayıcında giriş yap. Tarayıcı açılmazsa şu adrese git: { $url }
cli-login-service = Giriş hizmeti: { $issuer }
cli-login-signed-in = Giriş yapıldı: { $name }.
cli-login-signed-out = Giriş yapılmadı.
cli-login-acting-for = Şu kişi adına hareket ediyorsun: { $id } (giriş hizmeti tarafından onaylandı).
cli-login-unlinked = Giriş hizmetine göre başka biri adına hareket ediyorsun. Bunun kim olduğunu şu komutla söyle: wegwijs login link KİŞİ_ID
cli-logged-out = Çıkış yapıldı, giriş hizmetinde de.
cli-logged-out-here = Bu cihazda çıkış yapıldı. Giriş hizmetine ulaşılamadı.
cli-representation-verified = onaylandı
cli-representation-upcoming = daha sonra başlıyor
login-title = Bir giriş hizmetiyle giriş yap
login-intro = Devlet işleri için bir giriş hizmetiyle giriş yapabilirsin; örneğin bir aracı üzerinden DigiD ile. Orada başka biri adına hareket ediyorsan, örneğin bir DigiD yetkisiyle (DigiD-machtiging), Wegwijs bunu onaylanmış bir temsil yetkisi olarak kaydeder. Giriş bilgilerin bilgisayarının anahtarlığında kalır.
login-signed-in = Giriş yapıldı: { $name }, { $date } tarihinden beri.
login-signed-out = Giriş yapmadın.
login-not-kept = Bu bilgisayarda anahtarlık yok, bu yüzden giriş hatırlanmaz. Ama girişi şimdi kullanabilirsin.
login-acting-for = Giriş hizmeti, { $name } adına hareket ettiğini onaylıyor.
login-unlinked = Giriş hizmetine göre başka biri adına hareket ediyorsun. Bu kişi kim?
login-unlinked-add-first = Önce bu kişiyi Kişiler bölümüne ekle, sonra buraya geri dön.
login-link-scopes-hint = Giriş hizmeti hangi konular için olduğunu söylemiyor. Ne konuda anlaştığınızı seç; en az bir konu.
login-link-person = Bu kişi:
login-link-submit = Bağla
login-linked = Bağlandı. Artık { $name } adına hareket ediyorsun; giriş hizmeti bunu onayladı.
login-start = Giriş yap
login-again = Yeniden giriş yap
login-waiting = Açılan tarayıcı penceresinde giriş yap. Wegwijs sen dönene kadar bekler.
login-cancel = Beklemeyi bırak
login-check = Girişi kontrol et
login-still-valid = Girişin hâlâ geçerli.
login-logout = Çıkış yap
login-logged-out = Çıkış yaptın, giriş hizmetinde de.
login-logged-out-here = Bu cihazda çıkış yaptın. Giriş hizmetine ulaşılamadı.
login-done = Giriş yaptın: { $name }.
login-settings-title = Giriş hizmeti ayarları
login-issuer = Giriş hizmetinin adresi
login-issuer-hint = Örneğin https://login.example.nl. Bu adresi, giriş hizmetini yöneten kuruluştan alırsın.
login-client-id = Client-id
login-client-id-hint = Giriş hizmetinin Wegwijs'e verdiği ad.
login-settings-save = Ayarları kaydet
login-settings-saved = Ayarlar kaydedildi.
reps-verified = Giriş hizmeti tarafından onaylandı
grant-evidence = Kanıt (zorunlu değil)
grant-evidence-hint = Kasandaki, bunu gösteren bir belge; örneğin bir hâkim kararı veya imzalı bir yetki belgesi ({ NL("machtiging") }).
grant-evidence-none = Belge yok
audit-filter = Şu kişi için yapılanları göster:
audit-filter-everyone = Herkes
audit-print = Bu özeti yazdır
home-signals-title-for = Yakında: { $name }
life-events-acting = Buradaki planlar, doğum tarihine göre { $name } içindir. Kendi listende saklanmazlar.
login-browser-done = Wegwijs giriş hizmetinin cevabını aldı. Bu pencereyi kapatıp Wegwijs'e dönebilirsin.

# 18 yaşından sonrası için bir yetki (Daan: velayet sona erer; yardım sadece
# gencin istediği kadar devam eder).
grant-from = Başlangıç tarihi
grant-from-hint = Bugün başlamak için boş bırak.
reps-starts-on = Başlangıç: { $date }
reps-mandate-offer = { $name }, { $date } tarihinde 18 yaşına giriyor. Ondan sonra sadece { $name } kendisi seçtiği konularda, bir yetkiyle ({ NL("machtiging") }) yardım edebilirsin.
reps-mandate-button = { $name } tarafından verilen yetkiyi kaydet
grant-mandate-intro = Buna sadece { $name } karar verir. Neyde ve ne kadar süre yardım etmeye devam edebileceğini birlikte kararlaştırın ve bunu burada kaydet. { $name } ayrıca DigiD Machtigen'de, machtigen.digid.nl adresinde sana kendisi yetki ({ NL("machtiging") }) vermelidir. Bu yetki olmadan devlet kurumlarında { $name } için hiçbir şey düzenleyemezsin.
home-signal-mandate = 18 yaş sonrası için bir yetki kaydet

## Read aloud: the platform's voice reads a plan or a task

read-aloud-plan = Planı sesli oku
read-aloud-task = Sesli oku
read-aloud-stop = Sesli okumayı durdur

## Mahallenle ilgili duyurular (Devam eden işler sayfası)
neighbourhood-title = Mahallenle ilgili duyurular
neighbourhood-intro = Belediyeler, eyaletler ve su kurulları ({ NL("waterschappen") }) resmî duyurular yayımlar. Örneğin yan evde bir yapı ruhsatı, kesilecek bir ağaç veya yeni bir trafik kuralı. Wegwijs bu duyuruları senin için adresinin çevresinde arayabilir.
neighbourhood-privacy = Adresin bu cihazda kalır. Wegwijs devletin duyuru hizmetine sadece haritadaki bir noktayı gönderir. Böylece o noktanın yakınında ne olduğunu sorar.
neighbourhood-off = Bu özellik kapalı. Sen açana kadar Wegwijs hiçbir şey sormaz.
neighbourhood-postcode = Posta kodu
neighbourhood-number = Kapı numarası
neighbourhood-addition = Harf veya ek (varsa)
neighbourhood-find = Adresimi bul
neighbourhood-found = Adresin bu mu?
neighbourhood-radius = Adresinin çevresinde ne kadar uzağa bakılsın?
neighbourhood-metres = { $metres } metre
neighbourhood-confirm = Evet, burada ara
neighbourhood-change = Hayır, değiştir
neighbourhood-watching = Wegwijs, { $address } adresinin { $metres } metre çevresinde arıyor.
neighbourhood-check = Şimdi kontrol et
neighbourhood-checking = Kontrol ediliyor…
neighbourhood-checked = { $new } yeni, toplam { $total }.
neighbourhood-last-checked = Son kontrol: { $date }.
neighbourhood-never-checked = Henüz kontrol edilmedi.
neighbourhood-last-failed = Son kontrol başarısız oldu. Daha önce bulunanları görüyorsun.
neighbourhood-save-radius = Mesafeyi kaydet
neighbourhood-disable = Kapat ve adresimi unut
neighbourhood-disabled = Mahallenle ilgili duyurular kapalı. Adresin ve bulunanlar silindi.
neighbourhood-list-title = Bulunanlar
neighbourhood-none = Adresinin yakınında hiç duyuru bulunamadı.
neighbourhood-filter-kind = Tür
neighbourhood-filter-all = Tüm türler
neighbourhood-unread-only = Sadece yenileri göster
neighbourhood-shown = { $total } duyurudan { $shown } tanesi gösteriliyor
neighbourhood-new = Yeni
neighbourhood-distance = { $metres } metre uzakta
neighbourhood-distance-unknown = Belediyende
neighbourhood-published = Yayımlandığı tarih: { $date }
neighbourhood-by = Yayımlayan: { $organisation }
neighbourhood-respond-by = Görüş bildirmek için son gün: { $date }
neighbourhood-open = Duyuruyu oku (tarayıcında açılır)
neighbourhood-mark-read = Okundu olarak işaretle
neighbourhood-mark-unread = Yeni olarak işaretle
neighbourhood-map-title = Harita
neighbourhood-map-label = Harita: adresin ortada, kuzey yukarıda. { $metres } metre içinde { $count } duyuru var.
neighbourhood-map-you = Adresin
neighbourhood-calendar = Görüş bildirmek için son günleri takvimine ekle
neighbourhood-calendar-saved = Takvimin için dosya kaydedildi.
cli-announcements-enabled = Wegwijs, { $address } adresinin { $radius } metre çevresinde duyuru arıyor.
cli-announcements-disabled = Mahallenle ilgili duyurular kapalı. Adres ve bulunanlar silindi.
cli-announcements-checked = { $new } yeni, toplam { $total }.
cli-announcements-off = Mahallenle ilgili duyurular kapalı. Onları `wegwijs announcements enable` komutuyla aç.
cli-announcements-none = Adresinin yakınında hiç duyuru bulunamadı.
cli-announcements-respond-by = Görüş bildirmek için son gün: { $date }
cli-announcements-read = { $id } numaralı duyuru okundu olarak işaretlendi.
cli-announcements-calendar-written = Takvimin için dosya kaydedildi.
