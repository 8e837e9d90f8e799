# Wegwijs: tekstonan di e app i di e liña di òrdu (nivel di idioma B1, lektor ta "bo").

app-name = Wegwijs
app-tagline = Bo guia serka gobièrnu
skip-to-content = Bai direkto na e kontenido
loading = Un momentu, Wegwijs ta kargando…

## Idioma

language-label = Idioma
language-nl = Nederlands
language-en = English
# Kada idioma ku su mes nòmber, meskos den tur archivo.
language-fy = Frysk
language-pap = Papiamentu
language-tr = Türkçe
language-ar = العربية
language-pl = Polski
language-uk = Українська
translation-unreviewed = E tradukshon aki a wòrdu hasí ku yudansa di un kompiuter. Ainda niun hende ku ta papia e idioma aki komo idioma materno no a kontrolá e tradukshon.
translation-unreviewed-short = Tradukshon ainda no kontrolá
translation-show-dutch = Mustra e teksto hulandes
translation-showing-dutch = Awor bo ta mira e teksto hulandes.
translation-back = Bèk na { $language }
glossary-link = Lista di palabra: palabranan hulandes for di kartanan di gobièrnu
language-changed = E idioma awor ta Papiamentu.

## Promé biaha

welcome-title = Bon bini na Wegwijs
welcome-intro = Tin biaha hopi kos ta kambia den bo bida. Bo ta haña un yu, bo ta bai muda òf bo ta stop di traha. Wegwijs ta mustra bo kiko bo mester regla e ora ei, na ki instansia i ki ora.
welcome-privacy = Bo datonan ta keda riba e aparato aki. Wegwijs no ta manda nan ningun kaminda.
welcome-setup-title = Tokante bo
welcome-setup-intro = Yena algun dato. E ora ei Wegwijs sa ki reglanan ta konta pa bo. Bo por kambia nan semper mas lat.
welcome-submit = Warda i sigui

## Formulario di perfil

field-name = Nòmber
field-name-hint = Manera bo ke pa nan yama bo.
field-birth-date = Fecha di nasementu
field-birth-date-hint = Por ehempel: 14 3 1990
field-birth-day = Dia
field-birth-month = Luna
field-birth-year = Aña
field-residence-where = Unda bo ta biba?
field-residence-nl = Den Hulanda
field-residence-abroad = Den eksterior
field-residence-country = Pais kaminda bo ta biba
field-residence-country-hint = Bo ta biba den eksterior? Anto skohe e pais kaminda bo ta biba awor.
field-residence-country-choose = Skohe un pais
field-municipality = Munisipio
field-municipality-hint = E munisipio kaminda bo ta inskribí.
field-situation = Bo situashon
field-situation-intro = E preguntanan aki no ta obligatorio. Ku e kontestanan, Wegwijs ta hasi bo plan mas personal.
field-partner = Bo tin un partner?
field-partner-hint = Un partner ta bo esposo òf esposa, bo partner registrá, òf un hende ku kende bo ta biba huntu.
field-partner-yes = Sí
field-partner-no = Nò
field-partner-unsaid = Mi ta preferá di no bisa
field-employment = Kiko bo ta hasi?
field-employment-unsaid = Mi ta preferá di no bisa
employment-employed = Mi ta traha pa un dunadó di trabou
employment-self-employed = Mi tin mi mes negoshi òf mi ta traha komo independiente ({ NL("zzp'er") })
employment-unemployed = Mi no tin trabou i mi ta buska trabou
employment-retired = Mi ta pensioná
employment-student = Mi ta studia
employment-none = Mi no tin trabou pagá
field-bsn = Number di servisio pa siudadano (BSN)
field-children-on-people = Bo yunan i otro hende ku bo ta kuida, bo ta pone nan na Hende, ku nan nòmber. E ora ei Wegwijs ta mustra na tempu kiko ta kambia pa nan, por ehempel ora bo yu kumpli 18 aña.
field-children-people-link = Bai na Hende
profile-save = Warda
profile-saved = Bo datonan a wòrdu wardá.
required = obligatorio

## Mensahenan di eror den formulario

error-summary-title = Kontrolá bo datonan
error-summary-intro = { $count ->
    [one] Nos a haña { $count } eror.
   *[other] Nos a haña { $count } eror.
} Loke bo a yena kaba, ta keda.

## Navegashon

nav-label = Menu prinsipal
nav-menu = Menu
nav-home = Inisio
nav-life-events = Susesonan
nav-documents = Dokumentonan
nav-people = Hende
nav-status = Asuntunan pendiente
nav-settings = Konfigurashon

## Inisio

home-title = Halo { $name }
home-intro = Kiko bo ke regla awe?
home-signals-title = Pronto
home-signal-plan = Mira kiko bo mester regla
home-profile-title = Bo datonan
home-profile-edit = Kambia datonan
home-lives-in-nl = { $municipality }, Hulanda

## Partinan ku ta bini ainda

life-events-title = Susesonan den bo bida
life-events-intro = Haña un yu, bira 18 aña, muda, bai ku penshun: skohe kiko ta pasa den bo bida. E ora ei bo ta haña un solo plan ku tur loke bo mester regla, na tur instansia, ku e fechanan ku ta konta pa bo. Na kada tarea ta skirbí di unda e regla ta bini.
documents-title = Dokumentonan
documents-intro = Warda bo pasaporte, akta di nasementu ({ NL("geboorteakte") }), kontrakt di hür i kartanan di gobièrnu na un manera sigur riba e aparato aki. Nan ta wòrdu wardá enkriptá. Wegwijs ta spièrta bo promé ku un dokumento ta vense.
people-title = Hende
people-intro = Regla asuntu pa un otro hende, por ehempel pa bo yu òf pa un mayor ku mester di yudansa. Bo ta mira semper pa ken bo ta hasi algu, i tur kos ta wòrdu registrá.
status-title = Asuntunan pendiente
status-intro = Mira kon bo petishonnan na gobièrnu ta para, i lesa mensahenan ofisial tokante bo bario.
cases-title-for = Petishonnan di { $name }
cases-intro = Tene kuenta di loke bo a pidi: un pèrmit, un subsidio, yudansa di munisipio. Wegwijs ta mustra ki ora e organisashon mester disidí, i despues di un desishon, te ki ora bo por hasi objekshon ({ NL("bezwaar") }).
cases-list-title = Bo petishonnan
cases-none = Bo no a agregá niun petishon ainda.
cases-reference = referensia { $reference }
cases-submitted = risibí riba { $date }
cases-decision-due = E organisashon mester disidí lo mas tardá riba { $date }.
cases-decided = Desishon mandá riba { $date }.
cases-objection-due = Bo por hasi objekshon ({ NL("bezwaar") }) te ku { $date }.
cases-moved = (Pasá pa e siguiente dia di trabou, pasobra di un fin di siman òf dia di fiesta.)
cases-add-step = Skirbi kiko a pasa
cases-record-decision = Skirbi e desishon
cases-remove = Eliminá
cases-remove-confirm = Sí, eliminá esaki ku tur e pasonan
cases-objection-check = Mira den e karta: einan ta skirbí si bo por hasi objekshon ({ NL("bezwaar") }), serka ken, i si tin un otro plaso ta konta.
cases-decision-check = E plaso ta para miéntras e organisashon ta warda riba papelnan di bo, i e plaso mag wòrdu mas largu un biaha.
cases-step-status = Kiko a pasa?
cases-step-status-hint = Por ehempel: "Nan a pidi mas papel".
cases-step-date = Riba ki dia?
cases-step-date-hint = Laga bashí pa awe.
cases-step-note = Nota (por keda bashí)
cases-decision-date = Fecha di e karta ku e desishon
cases-decision-date-hint = E fecha riba e karta, òf e dia ku e desishon a yega den bo Berichtenbox. No e dia ku bo a lesa e karta.
cases-save = Warda
cases-cancel = Kanselá
cases-add-title = Agregá petishon
cases-add-intro = Mayoria organisashon no por manda bo petishonnan na Wegwijs ainda. Skirbi nan aki.
cases-provider = Organisashon
cases-provider-hint = Por ehempel: Gemeente Utrecht, SVB, Belastingdienst.
cases-what = Kiko bo a pidi?
cases-what-hint = Ku bo mes palabranan.
cases-submitted-label = Fecha ku e organisashon a risibí e petishon
cases-submitted-hint = Por ehempel 30 10 2026. Hopi biaha e fecha ta riba e konfirmashon.
cases-reference-label = Referensia (por keda bashí)
cases-reference-hint = E number riba kartanan tokante e petishon ({ NL("zaaknummer") }).
cases-weeks = Plaso di desishon den siman (por keda bashí)
cases-weeks-hint = Laga bashí pa 8 siman: e plaso normal. Algun lei ta duna un otro plaso.
cases-add-submit = Agregá petishon
cases-added = "{ $title }" a wòrdu agregá.
cases-step-saved = Wardá na "{ $title }".
cases-decision-saved = E desishon na "{ $title }" a wòrdu wardá.
cases-letter = Karta ku e desishon: { $title }
cases-letter-link = Skohe e karta ku e desishon
cases-letter-change = Skohe un otro karta
cases-letter-choose = E karta ku e desishon
cases-letter-choose-hint = Skohe e karta for di bo dokumentonan. E no ta aki ainda? Anto agreg’é promé na Dokumentonan.
cases-letter-no-documents = Bo no a warda niun dokumento ainda. Agrega e karta promé na Dokumentonan.
cases-letter-none = Niun karta
cases-letter-saved = E karta ta kopla na "{ $title }".
cases-letter-unlinked = No tin karta kopla na "{ $title }" mas.
cases-removed = "{ $title }" a wòrdu eliminá.
cases-sources-title = Organisashonnan ku ta mustra bo petishonnan
cases-sources-intro = Algun munisipio i organisashon ta mustra bo petishonnan via un konekshon (e standard ZGW). Wegwijs ta buska nan ku bo BSN i ta warda nan riba e aparato aki: un biaha pa dia ora Wegwijs ta habrí, i ora bo primi Aktualisá.
cases-sources-none = Bo no a konektá niun organisashon ainda.
cases-source-synced = Último aktualisashon: { $date }
cases-source-never = Ainda no a aktualisá.
cases-sync = Aktualisá
cases-syncing = Ta buska…
cases-synced = Aktualisá. Nobo òf a sigui: { $count }.
cases-sync-failed = No tur kos a wòrdu aktualisá. Aki bou bo ta mira kiko a bai robes. Bo ta mira e petishonnan di e último biaha.
cases-source-disconnect = Deskonektá
cases-source-disconnect-confirm = Sí, deskonektá i kita e petishonnan di e organisashon aki
cases-source-disconnected = "{ $name }" a wòrdu deskonektá.
cases-connect-title = Konektá organisashon
cases-connect-intro = E organisashon ta duna bo e adrès di e konekshon, i un client-id i un sekreto. E sekreto ta bai den e kadena di yabi di bo kompiuter, no den e archivonan di Wegwijs.
cases-connect-name = Nòmber
cases-connect-name-hint = Por ehempel: Gemeente Arnhem.
cases-connect-url = Adrès di e Zaken API
cases-connect-url-hint = Ta kuminsá ku https://
cases-connect-auth = Kon Wegwijs ta mustra ken bo ta?
cases-connect-auth-jwt = Ku un client-id i sekreto di e organisashon
cases-connect-auth-login = Ku mi login (na Konfigurashon)
cases-connect-client = Client-id
cases-connect-secret = Sekreto
cases-connect-secret-hint = Bo no ta mira e sekreto ora bo ta skirbi.
cases-connect-submit = Konektá
cases-connected = "{ $name }" a wòrdu konektá. Primi Aktualisá pa buska bo petishonnan.
cases-from-source = Di { $name }, via e konekshon.
cases-step-todo = ainda no
cases-closed-on = Kla riba { $date }.
cases-result = Resultado: { $result }
cases-calendar = Pone e último dianan den bo agenda
cases-overdue = Lat: e organisashon mester a disidí kaba. Bo por manda e organisashon un aviso formal di atraso ({ NL("ingebrekestelling") }) por eskrito. Si e organisashon ainda no disidí denter di dos siman despues, kisas e mester paga bo un suma (Awb, artíkulo 4:17).
cases-bsn-used = E organisashonnan ta buska e petishonnan di { $name } ku BSN { $bsn }.
cases-bsn-missing = Pa buska e petishonnan di { $name }, nan mester di e BSN.
cases-bsn-add = Yena BSN
cases-bsn-change = Kambia BSN
cases-bsn-label = BSN di { $name }
cases-bsn-hint = Nuebe sifra. E ta riba e pasaporte, e karchi di identidat òf e lisensia di manehá. Laga bashí pa kita e BSN.
cases-bsn-saved = E BSN a wòrdu wardá.

## Susesonan i bo plan

life-events-choose = Skohe kiko ta pasa
life-events-search = Buska un suseso
life-events-count = { $count ->
    [one] { $count } suseso
   *[other] { $count } suseso
}
plan-date-hint = Por ehempel: 27 11 2026. Bo no sa e fecha eksakto ainda? Anto yena e fecha ku bo ta spera.
plan-make = Traha mi plan
plan-title = Bo plan: { $event }, { $date }
plan-group-before = Promé ku { $date }
plan-group-on-the-day = Riba { $date }
plan-group-after = Despues di { $date }
plan-group-undated = Sin fecha fiho
plan-due = Lo mas tardá { $date }
plan-due-abroad = Esaki ta un fecha hulandes. Na { $place } bo tin te { $date }, { $time } or.
plan-where-to-go = E embahada òf konsulado hulandes pa { $country }:
plan-window = Di { $from } te ku { $to }
plan-from = For di { $date }
plan-no-date = No tin fecha fiho
plan-provider = Serka: { $provider }
plan-check = Mira si esaki ta konta pa bo.
plan-bring = Hiba ku bo:
plan-channels = Kon:
plan-why = Pakiko esaki ta den bo plan:
plan-sources = Kaminda e regla ta skirbí:
plan-empty = Pa bo no tin nada pa regla den e suseso aki.
plan-show-left-out = { $count ->
    [one] Mustra tambe { $count } tarea ku no ta konta pa bo
   *[other] Mustra tambe { $count } tarea ku no ta konta pa bo
}
plan-left-out-title = No ta konta pa bo
plan-keep = Warda e plan aki
plan-kept = Bo plan a wòrdu wardá. Marka loke bo a hasi kaba.
plan-done = Kla
plan-overdue = Lat
plan-note = Bo nota
plan-note-save = Warda nota
plan-note-saved = Bo nota a wòrdu wardá.
plan-delete = Eliminá plan
plan-deleted = E plan a wòrdu eliminá.
kept-plans-title = Bo plannan
kept-plan-open = { $open ->
    [one] ainda { $open } tarea
   *[other] ainda { $open } tarea
}
kept-plan-overdue = { $overdue ->
    [one] { $overdue } lat
   *[other] { $overdue } lat
}
plan-export-ics = Pone den bo agenda
plan-export-done = E archivo pa bo agenda a wòrdu wardá.
plan-export-pdf = Lista pa imprimí (PDF)
plan-pdf-done = E lista pa imprimí a wòrdu wardá.
plan-print = Imprimí

## Konfigurashon

settings-title = Konfigurashon
settings-language-title = Idioma
settings-profile-title = Bo datonan
settings-notifications-title = Notifikashonnan
settings-notifications-label = Mustra un notifikashon ora algu ta bini
settings-notifications-hint = Por ehempel ora bo yu ta kasi kumpli 18 aña òf bo penshun di estado (AOW) ta kasi kuminsá. E notifikashon ta bini di bo mes kompiuter; nada no ta bai via internet.
settings-notifications-on = Notifikashonnan ta sendé.
settings-notifications-off = Notifikashonnan ta pagá.
settings-data-title = Unda bo datonan ta
settings-data-intro = Wegwijs ta warda bo datonan solamente riba e aparato aki, den e mapa aki:

## Yudansa

footer-help = Bo tin mester di yudansa? Den hopi biblioteka tin un punto di informashon di gobièrnu digital (Informatiepunt Digitale Overheid). Einan nan ta yuda bo grátis.

## Liña di òrdu

cli-no-profile = Ainda no tin dato. Yena nan ku: wegwijs profile set --name … --birth-date AAAA-LL-DD --country NL --municipality …
cli-profile-saved = Bo datonan a wòrdu wardá.
cli-error = Eror
cli-no-keyring = No tin kadena di yabi riba e aparato aki.
cli-prompt-passphrase = Frase di kontraseña:
cli-prompt-new-passphrase = Skohe un frase di kontraseña pa protehá bo datonan (por lo ménos 8 karakter):
cli-prompt-backup-passphrase = Frase di kontraseña pa e kopia di seguridat:
cli-prompt-recovery-key = Yabi di rekuperashon:
cli-recovery-key = Bo yabi di rekuperashon: { $key }
    Skirbi e yabi i warda e yabi na un lugá sigur. Ku e yabi aki bo ta habri bo datonan riba un aparato nobo. Bo ta mira e yabi solamente e biaha aki.
cli-vault-added = Agregá: { $title } ({ $id })
cli-vault-without-text = { $title }: wardá, pero no por a lesa e teksto. Buska ta haña e dokumento solamente riba título i etiket.
cli-vault-none = No a haña niun dokumento.
cli-vault-document = { $id }  { $title } ({ $kind })
cli-vault-document-expires = { $id }  { $title } ({ $kind }), válido te { $expires }
cli-vault-saved = Wardá komo { $path }.
cli-vault-removed = E dokumento a wòrdu eliminá.
cli-vault-verified = { $documents } dokumento kontrolá, { $ok } ta na òrdu.
cli-vault-damaged = Dañá: { $id }
cli-vault-backup = Kopia di seguridat skirbí ku { $documents } dokumento.
cli-vault-restored = { $restored } dokumento poné bèk; { $skipped } tabata einan kaba.
cli-vault-restore-not-allowed = { $count } dokumento di otro hende no a wòrdu poné bèk: niun representashon no ta permití bo agregá nan dokumentonan. Registrá un representashon i despues pone e kopia di seguridat bèk atrobe.
cli-vault-restore-log-behind = E kopia di seguridat aki ta di e instalashon aki, i e buki di registro aden tin liñanan ku ta falta aki: un kopia mas bieu di bo datonan a wòrdu poné bèk. Esei ta skirbí awor den e buki di registro.
cli-vault-recovered = Bo datonan ta habrí atrobe riba e aparato aki.
unlock-window-title = Habri bo datonan
unlock-choose-title = Protehá bo datonan ku un frase di kontraseña
unlock-choose-intro = Wegwijs ta warda bo datonan enkriptá riba e aparato aki. E aparato aki no tin kadena di yabi pa warda e yabi na un manera sigur. P'esei, skohe un frase di kontraseña. Bo ta skirbi e frase kada biaha ku bo habri Wegwijs.
unlock-enter-title = Yena bo frase di kontraseña
unlock-enter-intro = Bo datonan ta enkriptá. Yena bo frase di kontraseña pa habri nan.
unlock-recover-title = Habri bo datonan ku bo yabi di rekuperashon
unlock-recover-intro = E yabi di bo datonan no ta riba e aparato aki. Skirbi e yabi di rekuperashon ku bo a anotá ora bo a kuminsá usa Wegwijs.
unlock-passphrase = Frase di kontraseña
unlock-new-passphrase = Frase di kontraseña nobo
unlock-new-passphrase-hint = Por lo ménos 8 karakter. Un frase kòrtiku ta fásil pa kòrda i difísil pa adiviná.
unlock-repeat = Skirbi e frase di kontraseña un biaha mas
unlock-repeat-differs = E dos frasenan di kontraseña no ta meskos.
unlock-recovery-key = Yabi di rekuperashon
unlock-recovery-key-hint = 32 lèter i sifra, por ehempel ABCD-EFGH-… Lèter grandi i rayanan no ta importá.
unlock-submit = Habri
unlock-choose-submit = Protehá i habri
unlock-forgot = Mi a lubidá mi frase di kontraseña
recovery-key-title = Skirbi bo yabi di rekuperashon
recovery-key-intro = Ku e yabi aki bo ta habri bo datonan riba un aparato nobo, òf si e yabi riba e aparato aki a pèrdè.
recovery-key-keep = Warda e yabi riba papel na un lugá sigur. No kompartí e yabi ku niun hende. Bo ta mira e yabi solamente e biaha aki.
recovery-key-print = Imprimí
recovery-key-done = Mi a skirbi e yabi
documents-add-title = Agregá dokumentonan
documents-add-intro = Skohe ki tipo di dokumento bo ta agregá. Bo por agregá vários archivo na mes momentu.
documents-kind = Tipo di dokumento
documents-doc-title = Título
documents-doc-title-hint = Laga bashí pa usa e nòmber di e archivo.
documents-expires = Válido te
documents-expires-hint = Laga bashí si e dokumento no ta vense. Por ehempel: 14 3 2031.
documents-tags = Etiketnan
documents-tags-hint = Palabranan pa haña e dokumento, ku koma entre nan. Por ehempel: kas, hür.
documents-choose-files = Skohe archivonan…
documents-add-dropped = { $count ->
        [one] Agregá e archivo ku bo a pone aki
       *[other] Agregá e { $count } archivonan ku bo a pone aki
    }
documents-drop-hint = Bo por hala archivonan tambe riba e bentana aki.
documents-dropped = { $count ->
        [one] { $count } archivo ta kla pa agregá.
       *[other] { $count } archivo ta kla pa agregá.
    }
documents-added = { $count ->
        [one] { $count } dokumento agregá.
       *[other] { $count } dokumento agregá.
    }
documents-without-text = { $count ->
        [one] No por a lesa e teksto. P'esei buska ta haña e dokumento solamente riba título i etiket.
       *[other] No por a lesa e teksto di { $count } dokumento. P'esei buska ta haña nan solamente riba título i etiket.
    }
documents-not-added = No agregá
documents-list-title = Bo dokumentonan
documents-search = Buska
documents-search-hint = Buska den título, etiket i e teksto di archivonan di pdf i di teksto.
documents-count = { $count ->
        [0] No tin dokumento.
        [one] { $count } dokumento.
       *[other] { $count } dokumento.
    }
documents-expiry-valid = Válido te { $date }
documents-expiry-soon = Ta vense pronto: { $date }
documents-expiry-expired = A vense riba { $date }
documents-export = Warda kopia
documents-exported = Un kopia di { $title } a wòrdu wardá.
documents-delete = Eliminá
documents-delete-confirm = Bo ta sigur ku bo ke eliminá? Primi un biaha mas
documents-removed = { $title } a wòrdu eliminá.
documents-verify = Kontrolá tur dokumento
documents-verify-ok = { $count ->
        [one] E dokumento ta na òrdu.
       *[other] Tur { $count } dokumento ta na òrdu.
    }
documents-verify-damaged = { $count ->
        [one] { $count } dokumento ta dañá. Pone e dokumento bèk for di un kopia di seguridat.
       *[other] { $count } dokumento ta dañá. Pone nan bèk for di un kopia di seguridat.
    }
size-bytes = { $n } byte
size-kb = { $n } kB
size-mb = { $n } MB
home-signal-documents = Bai na bo dokumentonan
home-signal-case = Mira e petishon
home-signal-announcements = Mira e mensahenan
plan-held-valid = Den bo dokumentonan: { $title } (ainda válido e ora ei)
plan-held-invalid = Den bo dokumentonan: { $title }, pero e ora ei e no ta válido mas. Renobá e dokumento promé.
documents-edit = Kambia
documents-save = Warda
documents-cancel = Kanselá
documents-saved = E datonan di { $title } a wòrdu wardá.
cli-person-added = { $name } agregá (id { $id }).
cli-cases-none = Ainda no tin petishon. Agregá un ku: wegwijs cases add
cli-case-removed = Petishon { $id } eliminá.
cli-case-decision-due = E organisashon mester disidí lo mas tardá riba { $date }.
cli-case-objection-due = Último dia pa objekshon ({ NL("bezwaar") }): { $date }.
cli-case-letter = Karta ku e desishon: { $title } (dokumento { $id }).
cli-sources-none = Ainda no tin organisashon konektá. Konektá un ku: wegwijs cases source add
cli-source-removed = { $name } deskonektá. E sekreto i e petishonnan di e organisashon aki a wòrdu eliminá.
cli-source-synced = Último aktualisashon: { $at }
cli-source-never-synced = Ainda no a aktualisá.
cli-prompt-zgw-secret = Sekreto ku e organisashon a duna bo (no ta wòrdu mustrá):
cli-sync-ok = { $name }: aktualisá.
cli-sync-failed = { $name }: { $error }
cli-sync-changed = Petishonnan ku ta nobo òf ku a sigui: { $count }
cli-cases-calendar-written = E archivo pa bo agenda a wòrdu wardá.
cli-representation-granted = Representashon { $id } registrá.
cli-representation-revoked = Representashon { $id } retirá.
cli-audit-ok = E buki di registro tin { $entries } liña; e kadena ta kompleto.
cli-audit-broken = E buki di registro tin { $entries } liña; e kadena ta KIBRÁ: un liña a wòrdu kambiá, eliminá òf poné na otro lugá.
people-list-title = Bo hogar
people-you = abo
people-born = nase riba { $date }
people-relation = Relashon ku bo
people-add-title = Agregá un hende
people-add-submit = Agregá
people-added = { $name } a wòrdu agregá.
people-rename = Kambia e nòmber di { $name }
people-rename-label = Nòmber nobo pa { $name }
people-rename-save = Warda nòmber
people-rename-cancel = Kanselá
people-renamed = E nòmber awor ta { $name }.
relation-child = yu
relation-partner = partner
relation-parent = mayor
relation-other = otro
reps-title = Ken ta aktua pa ken
reps-none = Ainda niun hende no ta aktua pa un otro hende.
reps-line = { $representative } ta aktua pa { $subject }
reps-view-only = solamente mira
reps-ends-on = Te { $date }
reps-ended-on = A terminá riba { $date }
reps-revoked-on = Retirá riba { $date }
reps-no-end = Sin fecha final
reps-act-for = Aktua pa { $name }
reps-revoke = Retirá
reps-revoke-confirm = Bo ta sigur ku bo ke retirá? Primi un biaha mas
people-granted = E representashon pa { $name } a wòrdu registrá.
people-revoked = E representashon pa { $name } a wòrdu retirá.
grant-title = Registrá un representashon
grant-representative = Ken ta aktua?
grant-subject = Pa ken?
grant-basis = Riba ki base?
grant-scopes = Pa ki asuntu?
grant-scopes-hint = No marka nada pa tur loke e base ta permití. Un outorisashon ({ NL("machtiging") }) mester di por lo ménos un: solamente loke e persona mes ta skohe.
grant-until = Te
grant-until-hint = Laga bashí si no tin fecha final. Outoridat di mayor i tutela ta stop outomátikamente na 18 aña.
grant-view-only = Solamente mira: no kambia, no warda kopia, no eliminá
grant-submit = Registrá
basis-ouderlijk-gezag = Outoridat di mayor
basis-ouderlijk-gezag-explain = un mayor ta regla tur kos pa un yu ménos di 18 aña. E ta stop outomátikamente riba e dia ku e yu kumpli 18 aña.
basis-voogdij = Tutela
basis-voogdij-explain = manera outoridat di mayor, pa un hende ku no ta e mayor. E ta stop na 18 aña.
basis-curatele = Kuratela
basis-curatele-explain = hues a disidí ku un kurador ({ NL("curator") }) ta regla asuntunan di plaka i asuntunan personal.
basis-beschermingsbewind = Administrashon protektivo
basis-beschermingsbewind-explain = hues a disidí ku un administradó ({ NL("bewindvoerder") }) ta regla solamente asuntunan di plaka.
basis-mentorschap = Mentoria
basis-mentorschap-explain = hues a disidí ku un guia legal ({ NL("mentor") }) ta regla solamente asuntunan di kuido.
basis-machtiging = Outorisashon
basis-machtiging-explain = e persona mes ta laga otro hende yuda e persona, pa e asuntunan i e periodo ku e mes ta skohe.
scope-documents = dokumentonan
scope-guidance = plannan i plasonan
scope-finance = plaka
scope-care = kuido
acting-banner = Awor bo ta aktua pa { $name }
acting-details = { $basis }, te { $date }
acting-details-no-end = { $basis }
acting-stop = Stop di aktua pa { $name }
documents-acting-title = Dokumentonan di { $name }
audit-title = Ken a hasi kiko pa ken
audit-intro = Tur loke ta wòrdu hasí pa un otro hende ta skirbí aki. Niun hende no por kambia esaki sin ku ta ripará.
audit-none = Ainda no tin nada registrá.
audit-line = { $actor } pa { $subject }:
audit-action-representation-grant = a registrá un representashon
audit-action-representation-revoke = a retirá un representashon
audit-action-documents-view = a mira dokumentonan
audit-action-documents-change = a agregá òf kambia un dokumento
audit-action-documents-export = a warda un kopia di un dokumento
audit-action-documents-delete = a eliminá un dokumento
audit-action-guidance-view = a mira plannan
audit-action-audit-mismatch = a mira ku tabata falta liñanan for di e buki di registro
audit-verify = Kontrolá e buki di registro
audit-ok = E buki di registro ta kompleto ({ $count } liña).
audit-broken = Un hende a manipulá e buki di registro. Pidi yudansa.
lock-now = Bloká
unlock-open-title = Wegwijs ta bloká
unlock-open-intro = Miéntras Wegwijs ta bloká, bo no ta mira nada di bo. Habri Wegwijs atrobe ora bo ta kla.
lock-warning-title = Wegwijs ta bai bloká pronto
lock-warning-text = Bo no a usa Wegwijs pa un ratu. Den 1 minüt e ta bloká. Loke bo no a warda ainda, bo ta pèrdè e anto.
lock-warning-keep-open = Laga e habri

settings-accessibility-title = Aksesibilidat
settings-accessibility-intro = Wegwijs mester ta fásil pa usa pa tur hende, tambe ku un pantaya chikí, lèter grandi òf un programa ku ta lesa duru. Nos mes a chek e app kontra e eksigensianan di aksesibilidat (WCAG 2.1, nivel AA). Un kontrol independiente no a tuma lugá ainda.
settings-accessibility-known = Esaki no ta traha bon ainda:
settings-accessibility-known-pdf = E lista pa imprimí (PDF) ainda no ta traha bon ku un programa ku ta lesa na bos haltu.
settings-accessibility-untested = Ainda no a tèst: usa Wegwijs ku un programa ku ta lesa na bos haltu, i riba Windows, macOS i telefòn.

settings-text-size-title = Tamaño di teksto
settings-text-size = Kon grandi bo ke tur kos riba e pantaya?
settings-text-size-hint = Teksto, boton i plachi ta bira mas grandi huntu, pa nada no kai riba otro. Te ora bo skohe, Wegwijs ta sigui e tamaño di teksto di bo kompiuter.
settings-text-size-saved = E tamaño di teksto ta awor { $size }.
settings-time-zone-title = Zona di ora
settings-time-zone-hint = Un fecha límite ta un fecha hulandes. Bo ta biba den otro zona di ora? Anto na kada fecha bo ta mira tambe te ki ora bo tin unda bo ta.
settings-time-zone = Bo zona di ora
settings-time-zone-device = Esun di e aparato aki
settings-time-zone-current = Awor: { $zone }
settings-time-zone-saved = Bo zona di ora ta awor { $zone }.

settings-auto-lock-title = Bloká
settings-auto-lock = Bloká Wegwijs si e no a wòrdu usá den
settings-auto-lock-never = Nunka
settings-auto-lock-minutes = { $count ->
        [one] { $count } minüt
       *[other] { $count } minüt
    }
settings-auto-lock-saved = Wardá.
documents-issued = Fecha di emishon
documents-issued-hint = Si bo sa e fecha. Por ehempel: 14 3 2021.
documents-events = Pa ki susesonan?
documents-events-hint = No ta obligatorio. Tene Ctrl (òf Cmd) primí pa skohe mas di un.
cli-login-open = Drenta den bo browser. Si e browser no habri, bai na e adrès aki: { $url }
cli-login-service = Servisio di login: { $issuer }
cli-login-signed-in = Drentá komo { $name }.
cli-login-signed-out = No drentá.
cli-login-acting-for = Bo ta aktua pa persona { $id } (konfirmá pa e servisio di login).
cli-login-unlinked = Segun e servisio di login, bo ta aktua pa un otro hende. Bisa ken e persona ei ta ku: wegwijs login link PERSOON_ID
cli-logged-out = Salí, tambe serka e servisio di login.
cli-logged-out-here = Salí riba e aparato aki. No por a yega e servisio di login.
cli-representation-verified = konfirmá
cli-representation-upcoming = ta kuminsá mas lat
login-title = Drenta serka un servisio di login
login-intro = Bo por drenta serka un servisio di login pa gobièrnu, manera DigiD via un intermediario. Si einan bo ta aktua pa un otro hende, por ehempel ku un outorisashon ({ NL("machtiging") }) di DigiD, Wegwijs ta registrá esei komo representashon konfirmá. Loke bo ta usa pa drenta ta keda den e kadena di yabi di bo kompiuter.
login-signed-in = Drentá komo { $name } desde { $date }.
login-signed-out = Bo no ta drentá.
login-not-kept = E kompiuter aki no tin kadena di yabi, pues e login no ta wòrdu wardá. Pero bo por usa e login awor.
login-acting-for = E servisio di login ta konfirmá ku bo ta aktua pa { $name }.
login-unlinked = Segun e servisio di login, bo ta aktua pa un otro hende. Ken ta e persona ei?
login-unlinked-add-first = Promé, agregá e persona aki na Hende i despues bini bèk aki.
login-link-scopes-hint = E servisio di login no ta bisa pa ki asuntu. Skohe loke boso a palabrá; por lo ménos un.
login-link-person = E persona aki ta
login-link-submit = Konektá
login-linked = Konektá. Awor bo ta aktua pa { $name }, konfirmá pa e servisio di login.
login-start = Drenta
login-again = Drenta atrobe
login-waiting = Drenta den e bentana di browser ku a habri. Wegwijs ta warda te ora bo bolbe.
login-cancel = Stop di warda
login-check = Kontrolá login
login-still-valid = Bo login ainda ta válido.
login-logout = Sali
login-logged-out = Bo a sali, tambe serka e servisio di login.
login-logged-out-here = Bo a sali riba e aparato aki. No por a yega e servisio di login.
login-done = Bo a drenta komo { $name }.
login-settings-title = Konfigurashon di e servisio di login
login-issuer = Adrès di e servisio di login
login-issuer-hint = Por ehempel https://login.example.nl. Bo ta haña e adrès di e organisashon ku ta maneha e servisio di login.
login-client-id = Client-id
login-client-id-hint = E nòmber ku e servisio di login a duna Wegwijs.
login-settings-save = Warda konfigurashon
login-settings-saved = E konfigurashon a wòrdu wardá.
reps-verified = Konfirmá pa e servisio di login
grant-evidence = Prueba (no ta obligatorio)
grant-evidence-hint = Un dokumento den bo kaha fuerte ku ta mustra esaki, manera un desishon di hues òf un outorisashon ({ NL("machtiging") }) firmá.
grant-evidence-none = Niun dokumento
audit-filter = Mustra loke a wòrdu hasí pa
audit-filter-everyone = Tur hende
audit-print = Imprimí e resumen aki
home-signals-title-for = Pronto pa { $name }
life-events-acting = E plannan aki ta pa { $name }, basá riba e fecha di nasementu. Nan no ta wòrdu wardá den bo mes lista.
login-browser-done = Wegwijs tin e kontesta di e servisio di login. Bo por sera e bentana aki i bai bèk na Wegwijs.

# Un outorisashon pa despues di 18 aña (e outoridat di mayor ta stop; yudansa
# ta sigui solamente si e hóben ke).
grant-from = For di
grant-from-hint = Laga bashí pa kuminsá awe.
reps-starts-on = Ta kuminsá riba { $date }
reps-mandate-offer = { $name } ta kumpli 18 aña riba { $date }. Despues di esei bo mag yuda solamente ku loke { $name } mes ta skohe, ku un outorisashon ({ NL("machtiging") }).
reps-mandate-button = Registrá un outorisashon di { $name }
grant-mandate-intro = Solamente { $name } ta disidí tokante esaki. Palabra huntu ku kiko bo mag sigui yuda, i pa kuantu tempu, i registrá esei aki. { $name } mester duna bo un outorisashon ({ NL("machtiging") }) tambe den DigiD Machtigen, riba machtigen.digid.nl. Sin e outorisashon ei, bo no por regla nada pa { $name } serka gobièrnu.
home-signal-mandate = Registrá un outorisashon pa despues di 18 aña

## Read aloud: the platform's voice reads a plan or a task

read-aloud-plan = Lesa e plan na bos haltu
read-aloud-task = Lesa na bos haltu
read-aloud-stop = Stop di lesa na bos haltu

## Mensahenan tokante bo bario (página Asuntunan pendiente)
neighbourhood-title = Mensahenan tokante bo bario
neighbourhood-intro = Munisipionan, provinsianan i e organisashonnan ku ta kuida awa ({ NL("waterschappen") }) ta publiká mensahenan ofisial. Por ehempel un pèrmit di konstrukshon banda di bo kas, un palu ku ta wòrdu kapá, òf un regla di tráfiko nobo. Wegwijs por buska nan pa bo rònt di bo adrès.
neighbourhood-privacy = Bo adrès ta keda riba e aparato aki. Wegwijs ta manda solamente un punto riba e mapa na e servisio di gobièrnu. Asina Wegwijs ta puntra kiko tin den bario.
neighbourhood-off = Esaki ta pagá. Wegwijs no ta puntra nada te ora bo sende esaki.
neighbourhood-postcode = Kódigo postal
neighbourhood-number = Number di kas
neighbourhood-addition = Lèter òf adishon (si bo tin un)
neighbourhood-find = Buska mi adrès
neighbourhood-found = Esaki ta bo adrès?
neighbourhood-radius = Distansia rònt di bo adrès
neighbourhood-metres = { $metres } meter
neighbourhood-confirm = Sí, buska aki
neighbourhood-change = Nò, kambia esaki
neighbourhood-watching = Wegwijs ta buska denter di { $metres } meter di { $address }.
neighbourhood-check = Mira awor
neighbourhood-checking = Ta mira…
neighbourhood-checked = { $new } nobo, { $total } en total.
neighbourhood-last-checked = Último kontrol: { $date }.
neighbourhood-never-checked = Ainda no a kontrolá.
neighbourhood-last-failed = E último kontrol no a funshoná. Bo ta mira loke a wòrdu hañá promé.
neighbourhood-save-radius = Warda distansia
neighbourhood-disable = Paga i lubidá mi adrès
neighbourhood-disabled = Mensahenan tokante bo bario ta pagá. Bo adrès i loke a wòrdu hañá a wòrdu eliminá.
neighbourhood-list-title = Loke a wòrdu hañá
neighbourhood-none = No a haña niun mensahe rònt di bo adrès.
neighbourhood-filter-kind = Tipo
neighbourhood-filter-all = Tur tipo
neighbourhood-unread-only = Mustra solamente esnan nobo
neighbourhood-shown = { $shown } di { $total } mustrá
neighbourhood-new = Nobo
neighbourhood-distance = { $metres } meter di aki
neighbourhood-distance-unknown = Den bo munisipio
neighbourhood-published = Publiká riba { $date }
neighbourhood-by = Di { $organisation }
neighbourhood-respond-by = Último dia pa reakshoná: { $date }
neighbourhood-open = Lesa e mensahe (e ta habri den bo browser)
neighbourhood-mark-read = Marka komo lesá
neighbourhood-mark-unread = Marka komo nobo
neighbourhood-map-title = Mapa
neighbourhood-map-label = Mapa: bo adrès na meimei, nort na banda ariba, i { $count } mensahe denter di { $metres } meter.
neighbourhood-map-you = Bo adrès
neighbourhood-calendar = Warda e último dianan pa reakshoná pa mi agenda
neighbourhood-calendar-saved = E archivo pa bo agenda a wòrdu wardá.
cli-announcements-enabled = Wegwijs ta buska mensahe denter di { $radius } meter di { $address }.
cli-announcements-disabled = Mensahenan tokante bo bario ta pagá. E adrès i loke a wòrdu hañá a wòrdu eliminá.
cli-announcements-checked = { $new } nobo, { $total } en total.
cli-announcements-off = Mensahenan tokante bo bario ta pagá. Sende nan ku `wegwijs announcements enable`.
cli-announcements-none = No a haña niun mensahe rònt di bo adrès.
cli-announcements-respond-by = Último dia pa reakshoná: { $date }
cli-announcements-read = Mensahe { $id } a wòrdu marká komo lesá.
cli-announcements-calendar-written = E archivo pa bo agenda a wòrdu wardá.
