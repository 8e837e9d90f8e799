# Wegwijs: teksten fan de app en de opdrachtrigel (taalnivo B1, de lêzer is "do").

app-name = Wegwijs
app-tagline = Dyn wegwizer by de oerheid
skip-to-content = Gean direkt nei de ynhâld
loading = Efkes geduld, Wegwijs wurdt laden…

## Taal

language-label = Taal
language-nl = Nederlands
language-en = English
# Elke taal mei har eigen namme, itselde yn elk bestân.
language-fy = Frysk
language-pap = Papiamentu
language-tr = Türkçe
language-ar = العربية
language-pl = Polski
language-uk = Українська
translation-unreviewed = Dizze oersetting is makke mei help fan in kompjûter. Nimmen dy't dizze taal as memmetaal praat, hat de oersetting al neisjoen.
translation-unreviewed-short = Oersetting noch net neisjoen
translation-show-dutch = Lit de Nederlânske tekst sjen
translation-showing-dutch = Do sjochst no de Nederlânske tekst.
translation-back = Werom nei { $language }
glossary-link = Wurdlist: Nederlânske wurden út brieven fan de oerheid
language-changed = De taal is no Frysk.

## Earste kear starte

welcome-title = Wolkom by Wegwijs
welcome-intro = Soms feroaret der in protte yn dyn libben. Do krijst in bern, do giest ferhúzjen of do hâldst op mei wurkjen. Wegwijs lit sjen wat do dan regelje moatst, by hokker ynstânsje en wannear.
welcome-privacy = Dyn gegevens bliuwe op dit apparaat. Wegwijs stjoert se nearne hinne.
welcome-setup-title = Oer dy
welcome-setup-intro = Folje in pear gegevens yn. Dan wit Wegwijs hokker regels foar dy jilde. Do kinst se letter altyd feroarje.
welcome-submit = Bewarje en fierder

## Profylformulier

field-name = Namme
field-name-hint = Sa't do neamd wurde wolst.
field-birth-date = Bertedatum
field-birth-date-hint = Bygelyks: 14 3 1990
field-birth-day = Dei
field-birth-month = Moanne
field-birth-year = Jier
field-residence-where = Wêr wennest?
field-residence-nl = Yn Nederlân
field-residence-abroad = Yn it bûtenlân
field-residence-country = Lân dêr't do wennest
field-residence-country-hint = Wennest yn it bûtenlân? Kies dan it lân dêr't do no wennest.
field-residence-country-choose = Kies in lân
field-municipality = Gemeente
field-municipality-hint = De gemeente dêr't do ynskreaun stiest.
field-situation = Dyn situaasje
field-situation-intro = Dizze fragen binne net ferplichte. Mei de antwurden makket Wegwijs dyn plan persoanliker.
field-partner = Hast in partner?
field-partner-hint = In partner is dyn man of frou, dyn registrearre partner, of immen mei wa't do gearwennest.
field-partner-yes = Ja
field-partner-no = Nee
field-partner-unsaid = Sis ik leaver net
field-employment = Wat dochst?
field-employment-unsaid = Sis ik leaver net
employment-employed = Ik wurkje yn leantsjinst
employment-self-employed = Ik haw in eigen bedriuw of wurkje as zzp'er
employment-unemployed = Ik haw gjin wurk en sykje wurk
employment-retired = Ik bin mei pensjoen
employment-student = Ik studearje
employment-none = Ik haw gjin betelle wurk
field-bsn = Boargerservicenûmer (BSN)
field-children-on-people = Dyn bern en oaren foar wa't do soargest, setst by Minsken, mei harren namme. Dan lit Wegwijs op tiid sjen wat der foar harren feroaret, bygelyks as dyn bern 18 wurdt.
field-children-people-link = Nei Minsken
profile-save = Bewarje
profile-saved = Dyn gegevens binne bewarre.
required = ferplichte

## Flatermeldingen by formulieren

error-summary-title = Kontrolearje dyn gegevens
error-summary-intro = Der { $count ->
    [one] is { $count } flater
   *[other] binne { $count } flaters
} fûn. Wat do al ynfolle hast, bliuwt stean.

## Navigaasje

nav-label = Haadmenu
nav-menu = Menu
nav-home = Start
nav-life-events = Barrens
nav-documents = Dokuminten
nav-people = Minsken
nav-status = Rinnende saken
nav-settings = Ynstellings

## Start

home-title = Hoi { $name }
home-intro = Wat wolst hjoed regelje?
home-signals-title = Ynkoarten
home-signal-plan = Besjoch wat do regelje moatst
home-profile-title = Dyn gegevens
home-profile-edit = Gegevens feroarje
home-lives-in-nl = { $municipality }, Nederlân

## Ûnderdielen dy't noch komme

life-events-title = Barrens yn dyn libben
life-events-intro = In bern krije, 18 wurde, ferhúzje, mei pensjoen gean: kies wat der yn dyn libben bart. Do krijst dan ien plan mei alles wat do regelje moatst, by alle ynstânsjes, mei de datums dy't foar dy jilde. By elke taak stiet wêr't de regel weikomt.
documents-title = Dokuminten
documents-intro = Bewarje dyn paspoart, berteakte ({ NL("geboorteakte") }), hierkontrakt en brieven fan de oerheid feilich op dit apparaat. Se wurde fersifere bewarre. Wegwijs warskôget dy foardat in dokumint ferrint.
people-title = Minsken
people-intro = Regelje saken foar immen oars, bygelyks foar dyn bern of foar in âlder dy't help nedich hat. Do sjochst altyd foar wa't do wat dochst, en alles wurdt byhâlden.
status-title = Rinnende saken
status-intro = Sjoch hoe't it stiet mei dyn oanfragen by de oerheid, en lês offisjele berjochten oer dyn buert.
cases-title-for = Oanfragen fan { $name }
cases-intro = Hâld by wat do oanfrege hast: in fergunning, in taslach, help fan de gemeente. Wegwijs lit sjen wannear't de organisaasje beslute moat, en nei in beslút oant wannear't do beswier ({ NL("bezwaar") }) meitsje kinst.
cases-list-title = Dyn oanfragen
cases-none = Do hast noch gjin oanfraach tafoege.
cases-reference = kenmerk { $reference }
cases-submitted = ûntfongen op { $date }
cases-decision-due = De organisaasje moat uterlik { $date } beslute.
cases-decided = Beslút ferstjoerd op { $date }.
cases-objection-due = Do kinst beswier ({ NL("bezwaar") }) meitsje oant en mei { $date }.
cases-moved = (Ferskood nei de folgjende wurkdei, fanwegen in wykein of feestdei.)
cases-add-step = Skriuw op wat der barde
cases-record-decision = Skriuw it beslút op
cases-remove = Fuortsmite
cases-remove-confirm = Ja, smyt it fuort mei alle stappen
cases-objection-check = Sjoch yn de brief: dêr stiet oft do beswier ({ NL("bezwaar") }) meitsje kinst, by wa, en oft der in oare termyn jildt.
cases-decision-check = De termyn stiet stil salang't de organisaasje wachtet op papieren fan dy, en mei ien kear langer wurde.
cases-step-status = Wat barde der?
cases-step-status-hint = Bygelyks: "Se fregen om mear papieren".
cases-step-date = Op hokker dei?
cases-step-date-hint = Lit leech foar hjoed.
cases-step-note = Notysje (mei leech)
cases-decision-date = Datum fan de brief mei it beslút
cases-decision-date-hint = De datum op de brief, of de dei dat it beslút yn dyn Berichtenbox kaam. Net de dei dat do it liest.
cases-save = Bewarje
cases-cancel = Annulearje
cases-add-title = Oanfraach tafoegje
cases-add-intro = De measte organisaasjes kinne dyn oanfragen noch net nei Wegwijs stjoere. Skriuw se hjir op.
cases-provider = Organisaasje
cases-provider-hint = Bygelyks: Gemeente Utrecht, SVB, Belastingdienst.
cases-what = Wat hast oanfrege?
cases-what-hint = Yn dyn eigen wurden.
cases-submitted-label = Datum dat de organisaasje it ûntfong
cases-submitted-hint = Bygelyks 30 10 2026. It stiet faak op de befêstiging.
cases-reference-label = Kenmerk (mei leech)
cases-reference-hint = It nûmer op brieven deroer (saaknûmer).
cases-weeks = Beslúttermyn yn wiken (mei leech)
cases-weeks-hint = Lit leech foar 8 wiken: de gewoane termyn. Guon wetten jouwe in oare termyn.
cases-add-submit = Oanfraach tafoegje
cases-added = "{ $title }" is tafoege.
cases-step-saved = Bewarre by "{ $title }".
cases-decision-saved = It beslút by "{ $title }" is bewarre.
cases-letter = Brief mei it beslút: { $title }
cases-letter-link = Kies de brief mei it beslút
cases-letter-change = Kies in oare brief
cases-letter-choose = De brief mei it beslút
cases-letter-choose-hint = Kies de brief út dyn dokuminten. Stiet er der noch net by? Foegje him dan earst ta by Dokuminten.
cases-letter-no-documents = Do hast noch gjin dokuminten bewarre. Foegje de brief earst ta by Dokuminten.
cases-letter-none = Gjin brief
cases-letter-saved = De brief is keppele oan "{ $title }".
cases-letter-unlinked = Der heart gjin brief mear by "{ $title }".
cases-removed = "{ $title }" is fuortsmiten.
cases-sources-title = Organisaasjes dy't dyn oanfragen sjen litte
cases-sources-intro = Guon gemeenten en organisaasjes litte dyn oanfragen sjen fia in keppeling (de ZGW-standert). Wegwijs hellet se op mei dyn BSN en bewarret se op dit apparaat: ien kear deis as Wegwijs iepen is, en as do op Fernije drukst.
cases-sources-none = Do hast noch gjin organisaasje keppele.
cases-source-synced = Lêst bywurke: { $date }
cases-source-never = Noch net bywurke.
cases-sync = Fernije
cases-syncing = Dwaande mei opheljen…
cases-synced = Bywurke. Nij of fierder gien: { $count }.
cases-sync-failed = Net alles is bywurke. Hjirûnder stiet wat der misgie. Do sjochst de oanfragen fan de lêste kear.
cases-source-disconnect = Ûntkeppelje
cases-source-disconnect-confirm = Ja, ûntkeppelje en helje de oanfragen fan dizze organisaasje fuort
cases-source-disconnected = "{ $name }" is ûntkeppele.
cases-connect-title = Organisaasje keppelje
cases-connect-intro = De organisaasje jout dy it adres fan de keppeling, en in client-id en in geheim. It geheim giet nei de kaaiebos fan dyn kompjûter, net nei de bestannen fan Wegwijs.
cases-connect-name = Namme
cases-connect-name-hint = Bygelyks: Gemeente Arnhem.
cases-connect-url = Adres fan de Zaken API
cases-connect-url-hint = Begjint mei https://
cases-connect-auth = Hoe lit Wegwijs sjen wa't do bist?
cases-connect-auth-jwt = Mei in client-id en geheim fan de organisaasje
cases-connect-auth-login = Mei myn ynlog (by Ynstellings)
cases-connect-client = Client-id
cases-connect-secret = Geheim
cases-connect-secret-hint = Do sjochst it net as do typest.
cases-connect-submit = Keppelje
cases-connected = "{ $name }" is keppele. Druk op Fernije om dyn oanfragen op te heljen.
cases-from-source = Fan { $name }, fia de keppeling.
cases-step-todo = noch net
cases-closed-on = Ôfhannele op { $date }.
cases-result = Útkomst: { $result }
cases-calendar = Set de lêste dagen yn dyn aginda
cases-overdue = Te let: de organisaasje hie al beslute moatten. Do kinst har skriftlik yn gebreke stelle ({ NL("ingebrekestelling") }). Beslút se dan binnen twa wiken noch net, dan kin se dy in bedrach betelje moatte (Awb, artikel 4:17).
cases-bsn-used = De organisaasjes sykje de oanfragen fan { $name } op mei BSN { $bsn }.
cases-bsn-missing = Om de oanfragen fan { $name } op te heljen, is it BSN nedich.
cases-bsn-add = BSN ynfolje
cases-bsn-change = BSN wizigje
cases-bsn-label = BSN fan { $name }
cases-bsn-hint = Njoggen sifers. It stiet op it paspoart, de identiteitskaart of it rydbewiis. Lit leech om it te wiskjen.
cases-bsn-saved = It BSN is bewarre.

## Barrens en dyn plan

life-events-choose = Kies wat der bart
life-events-search = Sykje in barren
life-events-count = { $count ->
    [one] { $count } barren
   *[other] { $count } barrens
}
plan-date-hint = Bygelyks: 27 11 2026. Witst de datum noch net krekt? Folje dan de datum yn dy't do ferwachtest.
plan-make = Meitsje myn plan
plan-title = Dyn plan: { $event }, { $date }
plan-group-before = Foar { $date }
plan-group-on-the-day = Op { $date }
plan-group-after = Nei { $date }
plan-group-undated = Sûnder fêste datum
plan-due = Uterlik { $date }
plan-due-abroad = Dit is in Nederlânske datum. Yn { $place } hast oant { $date }, { $time } oere.
plan-where-to-go = De Nederlânske ambassade of it konsulaat foar { $country }:
plan-window = Fan { $from } oant en mei { $to }
plan-from = Fan { $date } ôf
plan-no-date = Gjin fêste datum
plan-provider = By: { $provider }
plan-check = Sjoch oft dit foar dy jildt.
plan-bring = Nim mei:
plan-channels = Hoe:
plan-why = Wêrom't dit yn dyn plan stiet:
plan-sources = Wêr't de regel stiet:
plan-empty = Foar dy is der by dit barren neat te regeljen.
plan-show-left-out = { $count ->
    [one] Lit ek { $count } taak sjen dy't net foar dy jildt
   *[other] Lit ek { $count } taken sjen dy't net foar dy jilde
}
plan-left-out-title = Jildt net foar dy
plan-keep = Bewarje dit plan
plan-kept = Dyn plan is bewarre. Finkje ôf wat do dien hast.
plan-done = Dien
plan-overdue = Te let
plan-note = Dyn notysje
plan-note-save = Notysje bewarje
plan-note-saved = Dyn notysje is bewarre.
plan-delete = Plan fuortsmite
plan-deleted = It plan is fuortsmiten.
kept-plans-title = Dyn plannen
kept-plan-open = { $open ->
    [one] noch { $open } taak
   *[other] noch { $open } taken
}
kept-plan-overdue = { $overdue ->
    [one] { $overdue } te let
   *[other] { $overdue } te let
}
plan-export-ics = Set yn dyn aginda
plan-export-done = It bestân foar dyn aginda is bewarre.
plan-export-pdf = List om te printsjen (PDF)
plan-pdf-done = De list om te printsjen is bewarre.
plan-print = Printsje

## Ynstellings

settings-title = Ynstellings
settings-language-title = Taal
settings-profile-title = Dyn gegevens
settings-notifications-title = Meldingen
settings-notifications-label = Lit in melding sjen as der wat oankomt
settings-notifications-hint = Bygelyks as dyn bern hast 18 wurdt of dyn âlderdomspensjoen (AOW) hast yngiet. De melding komt fan dyn eigen kompjûter; der giet neat oer it ynternet.
settings-notifications-on = Meldingen steane oan.
settings-notifications-off = Meldingen steane út.
settings-data-title = Wêr't dyn gegevens steane
settings-data-intro = Wegwijs bewarret dyn gegevens allinne op dit apparaat, yn dizze map:

## Help

footer-help = Help nedich? Yn in protte bibleteken sit in Informatiepunt Digitale Overheid. Dêr helpe se dy fergees.

## Opdrachtrigel

cli-no-profile = Der binne noch gjin gegevens. Folje se yn mei: wegwijs profile set --name … --birth-date JJJJ-MM-DD --country NL --municipality …
cli-profile-saved = Dyn gegevens binne bewarre.
cli-error = Flater
cli-no-keyring = Der is gjin kaaiebos op dit apparaat.
cli-prompt-passphrase = Wachtsin:
cli-prompt-new-passphrase = Kies in wachtsin om dyn gegevens te beskermjen (op syn minst 8 tekens):
cli-prompt-backup-passphrase = Wachtsin foar de reservekopy:
cli-prompt-recovery-key = Werstelkaai:
cli-recovery-key = Dyn werstelkaai: { $key }
    Skriuw him op en bewarje him op in feilich plak. Hjirmei iepenest dyn gegevens op in nij apparaat. Do sjochst him allinne dizze iene kear.
cli-vault-added = Tafoege: { $title } ({ $id })
cli-vault-without-text = { $title }: bewarre, mar de tekst koe net lêzen wurde. Sykjen fynt it allinne op titel en labels.
cli-vault-none = Gjin dokuminten fûn.
cli-vault-document = { $id }  { $title } ({ $kind })
cli-vault-document-expires = { $id }  { $title } ({ $kind }), jildich oant { $expires }
cli-vault-saved = Bewarre as { $path }.
cli-vault-removed = It dokumint is fuortsmiten.
cli-vault-verified = { $documents } dokuminten kontrolearre, { $ok } yn oarder.
cli-vault-damaged = Skansearre: { $id }
cli-vault-backup = Reservekopy skreaun mei { $documents } dokuminten.
cli-vault-restored = { $restored } dokuminten weromset; { $skipped } wiene der al.
cli-vault-restore-not-allowed = { $count } dokuminten fan oaren binne net weromset: gjin fertsjintwurdiging lit dy harren dokuminten tafoegje. Lis der ien fêst en set de reservekopy dan opnij werom.
cli-vault-restore-log-behind = Dizze reservekopy is fan dizze ynstallaasje, en it logboek dêryn hat rigels dy't hjir ûntbrekke: der is in âldere kopy fan dyn gegevens weromset. Dat stiet no yn it logboek.
cli-vault-recovered = Dyn gegevens binne wer iepen op dit apparaat.
unlock-window-title = Dyn gegevens iepenje
unlock-choose-title = Beskermje dyn gegevens mei in wachtsin
unlock-choose-intro = Wegwijs bewarret dyn gegevens fersifere op dit apparaat. Dit apparaat hat gjin kaaiebos om de kaai feilich yn te bewarjen. Kies dêrom in wachtsin. Dy typest elke kear as do Wegwijs iepenest.
unlock-enter-title = Folje dyn wachtsin yn
unlock-enter-intro = Dyn gegevens binne fersifere. Folje dyn wachtsin yn om se te iepenjen.
unlock-recover-title = Iepenje dyn gegevens mei dyn werstelkaai
unlock-recover-intro = De kaai fan dyn gegevens stiet net op dit apparaat. Typ de werstelkaai dy't do opskreaust doe't do Wegwijs begûnst te brûken.
unlock-passphrase = Wachtsin
unlock-new-passphrase = Nije wachtsin
unlock-new-passphrase-hint = Op syn minst 8 tekens. In koarte sin is maklik te ûnthâlden en dreech te rieden.
unlock-repeat = Typ de wachtsin noch ien kear
unlock-repeat-differs = De twa wachtsinnen binne net itselde.
unlock-recovery-key = Werstelkaai
unlock-recovery-key-hint = 32 letters en sifers, bygelyks ABCD-EFGH-… Haadletters en streekjes meitsje neat út.
unlock-submit = Iepenje
unlock-choose-submit = Beskermje en iepenje
unlock-forgot = Ik bin myn wachtsin ferjitten
recovery-key-title = Skriuw dyn werstelkaai op
recovery-key-intro = Mei dizze kaai iepenest dyn gegevens op in nij apparaat, of as de kaai op dit apparaat kwyt is.
recovery-key-keep = Bewarje him op papier op in feilich plak. Diel him mei nimmen. Do sjochst him allinne dizze iene kear.
recovery-key-print = Printsje
recovery-key-done = Ik haw him opskreaun
documents-add-title = Dokuminten tafoegje
documents-add-intro = Kies wat foar dokuminten do tafoegest. Do kinst meardere bestannen tagelyk tafoegje.
documents-kind = Soart dokumint
documents-doc-title = Titel
documents-doc-title-hint = Lit leech om de bestânsnamme te brûken.
documents-expires = Jildich oant
documents-expires-hint = Lit leech as it dokumint net ferrint. Bygelyks: 14 3 2031.
documents-tags = Labels
documents-tags-hint = Wurden om it dokumint mei te finen, mei komma's dertusken. Bygelyks: hûs, hier.
documents-choose-files = Bestannen kieze…
documents-add-dropped = { $count ->
        [one] It delsette bestân tafoegje
       *[other] De { $count } delsette bestannen tafoegje
    }
documents-drop-hint = Do kinst ek bestannen nei dit finster slepe.
documents-dropped = { $count ->
        [one] { $count } bestân stiet klear om ta te foegjen.
       *[other] { $count } bestannen steane klear om ta te foegjen.
    }
documents-added = { $count ->
        [one] { $count } dokumint tafoege.
       *[other] { $count } dokuminten tafoege.
    }
documents-without-text = { $count ->
        [one] De tekst koe net lêzen wurde. Sykjen fynt it dokumint dêrom allinne op titel en labels.
       *[other] Fan { $count } dokuminten koe de tekst net lêzen wurde. Sykjen fynt dy dêrom allinne op titel en labels.
    }
documents-not-added = Net tafoege
documents-list-title = Dyn dokuminten
documents-search = Sykje
documents-search-hint = Sykje yn titels, labels en de tekst fan pdf- en tekstbestannen.
documents-count = { $count ->
        [0] Gjin dokuminten.
        [one] { $count } dokumint.
       *[other] { $count } dokuminten.
    }
documents-expiry-valid = Jildich oant { $date }
documents-expiry-soon = Ferrint ynkoarten: { $date }
documents-expiry-expired = Ferrûn op { $date }
documents-export = Kopy bewarje
documents-exported = In kopy fan { $title } is bewarre.
documents-delete = Fuortsmite
documents-delete-confirm = Wier fuortsmite? Druk noch ien kear
documents-removed = { $title } is fuortsmiten.
documents-verify = Alle dokuminten kontrolearje
documents-verify-ok = { $count ->
        [one] It dokumint is yn oarder.
       *[other] Alle { $count } dokuminten binne yn oarder.
    }
documents-verify-damaged = { $count ->
        [one] { $count } dokumint is skansearre. Set it werom út in reservekopy.
       *[other] { $count } dokuminten binne skansearre. Set se werom út in reservekopy.
    }
size-bytes = { $n } bytes
size-kb = { $n } kB
size-mb = { $n } MB
home-signal-documents = Nei dyn dokuminten
home-signal-case = Besjoch de oanfraach
home-signal-announcements = Besjoch de berjochten
plan-held-valid = Yn dyn dokuminten: { $title } (dan noch jildich)
plan-held-invalid = Yn dyn dokuminten: { $title }, mar dat is dan net mear jildich. Fernij it earst.
documents-edit = Wizigje
documents-save = Bewarje
documents-cancel = Annulearje
documents-saved = De gegevens fan { $title } binne bewarre.
cli-person-added = { $name } tafoege (id { $id }).
cli-cases-none = Noch gjin oanfragen. Foegje der ien ta mei: wegwijs cases add
cli-case-removed = Oanfraach { $id } fuortsmiten.
cli-case-decision-due = De organisaasje moat uterlik { $date } beslute.
cli-case-objection-due = Lêste dei foar beswier ({ NL("bezwaar") }): { $date }.
cli-case-letter = Brief mei it beslút: { $title } (dokumint { $id }).
cli-sources-none = Noch gjin organisaasjes keppele. Keppelje der ien mei: wegwijs cases source add
cli-source-removed = { $name } ûntkeppele. It geheim en de oanfragen fan dizze organisaasje binne fuortsmiten.
cli-source-synced = Lêst bywurke: { $at }
cli-source-never-synced = Noch net bywurke.
cli-prompt-zgw-secret = Geheim dat de organisaasje dy joech (wurdt net sjen litten):
cli-sync-ok = { $name }: bywurke.
cli-sync-failed = { $name }: { $error }
cli-sync-changed = Oanfragen dy't nij binne of fierder binne: { $count }
cli-cases-calendar-written = It bestân foar dyn aginda is bewarre.
cli-representation-granted = Fertsjintwurdiging { $id } fêstlein.
cli-representation-revoked = Fertsjintwurdiging { $id } ynlutsen.
cli-audit-ok = It logboek hat { $entries } rigels; de keten is hiel.
cli-audit-broken = It logboek hat { $entries } rigels; de keten is BROKKEN: in rigel is wizige, fuortsmiten of ferpleatst.
people-list-title = Dyn húshâlding
people-you = do
people-born = berne { $date }
people-relation = Relaasje ta dy
people-add-title = Immen tafoegje
people-add-submit = Tafoegje
people-added = { $name } is tafoege.
people-rename = Namme fan { $name } wizigje
people-rename-label = Nije namme foar { $name }
people-rename-save = Namme bewarje
people-rename-cancel = Annulearje
people-renamed = De namme is no { $name }.
relation-child = bern
relation-partner = partner
relation-parent = âlder
relation-other = oars
reps-title = Wa treedt op foar wa
reps-none = Der treedt noch nimmen foar immen op.
reps-line = { $representative } treedt op foar { $subject }
reps-view-only = allinne besjen
reps-ends-on = Oant { $date }
reps-ended-on = Ôfrûn op { $date }
reps-revoked-on = Ynlutsen op { $date }
reps-no-end = Gjin eindatum
reps-act-for = Optrede foar { $name }
reps-revoke = Ynlûke
reps-revoke-confirm = Wier ynlûke? Druk noch ien kear
people-granted = De fertsjintwurdiging foar { $name } is fêstlein.
people-revoked = De fertsjintwurdiging foar { $name } is ynlutsen.
grant-title = In fertsjintwurdiging fêstlizze
grant-representative = Wa treedt op?
grant-subject = Foar wa?
grant-basis = Op hokker grûn?
grant-scopes = Foar hokker saken?
grant-scopes-hint = Finkje neat oan foar alles wat de grûn tastiet. In machtiging hat der op syn minst ien nedich: allinne wat de persoan sels kiest.
grant-until = Oant
grant-until-hint = Lit leech as der gjin eindatum is. Âlderlik gesach en foogdij hâlde fansels op by 18 jier.
grant-view-only = Allinne besjen: net wizigje, gjin kopy bewarje, net fuortsmite
grant-submit = Fêstlizze
basis-ouderlijk-gezag = Âlderlik gesach
basis-ouderlijk-gezag-explain = in âlder regelet alles foar in bern ûnder de 18. It hâldt fansels op op de 18e jierdei.
basis-voogdij = Foogdij
basis-voogdij-explain = lykas âlderlik gesach, foar immen dy't net de âlder is. It hâldt op by 18 jier.
basis-curatele = Kuratele
basis-curatele-explain = de rjochter hat besletten dat in kurator ({ NL("curator") }) jildsaken en persoanlike saken regelet.
basis-beschermingsbewind = Beskermingsbewâld
basis-beschermingsbewind-explain = de rjochter hat besletten dat in bewâldfierder ({ NL("bewindvoerder") }) allinne jildsaken regelet.
basis-mentorschap = Mentorskip
basis-mentorschap-explain = de rjochter hat besletten dat in mentor allinne soarchsaken regelet.
basis-machtiging = Machtiging
basis-machtiging-explain = de persoan lit him of har sels helpe, foar de saken en de perioade dy't hy of sy kiest.
scope-documents = dokuminten
scope-guidance = plannen en termynen
scope-finance = jild
scope-care = soarch
acting-banner = Do treedst no op foar { $name }
acting-details = { $basis }, oant { $date }
acting-details-no-end = { $basis }
acting-stop = Ophâlde mei optreden foar { $name }
documents-acting-title = Dokuminten fan { $name }
audit-title = Wa die wat foar wa
audit-intro = Alles wat foar in oar dien wurdt, stiet hjir. It kin net ûngemurken feroare wurde.
audit-none = Der is noch neat fêstlein.
audit-line = { $actor } foar { $subject }:
audit-action-representation-grant = lei in fertsjintwurdiging fêst
audit-action-representation-revoke = luts in fertsjintwurdiging yn
audit-action-documents-view = seach dokuminten
audit-action-documents-change = foege in dokumint ta of wizige it
audit-action-documents-export = bewarre in kopy fan in dokumint
audit-action-documents-delete = smiet in dokumint fuort
audit-action-guidance-view = seach plannen
audit-action-audit-mismatch = seach dat der rigels út it logboek ûntbrieken
audit-verify = It logboek kontrolearje
audit-ok = It logboek is hiel ({ $count } rigels).
audit-broken = Der is mei it logboek knoeid. Freegje om help.
lock-now = Beskoattelje
unlock-open-title = Wegwijs is beskoattele
unlock-open-intro = Salang't Wegwijs beskoattele is, sjochst neat fan dy. Iepenje it wer as do safier bist.
lock-warning-title = Wegwijs giet hast op slot
lock-warning-text = Do hast Wegwijs in skoft net brûkt. Oer 1 minút giet it op slot. Wat do noch net bewarre hast, bisto dan kwyt.
lock-warning-keep-open = Iepen litte

settings-accessibility-title = Tagonklikens
settings-accessibility-intro = Wegwijs moat foar elkenien goed te brûken wêze, ek mei in lyts skerm, grutte letters of in foarlêsprogramma. Wy hawwe de app sels hifke oan de easken foar tagonklikens (WCAG 2.1, nivo AA). In ûnôfhinklike keuring is noch net dien.
settings-accessibility-known = Dit wurket noch net goed:
settings-accessibility-known-pdf = De list om te printsjen (PDF) wurket noch net goed mei in foarlêsprogramma.
settings-accessibility-untested = Noch net test: Wegwijs brûke mei in foarlêsprogramma, en op Windows, macOS en telefoans.

settings-text-size-title = Tekstgrutte
settings-text-size = Hoe grut wolsto alles op it skerm?
settings-text-size-hint = Tekst, knoppen en plaatsjes wurde tegearre grutter, sadat neat oer inoar falt. Oant do kiest, folget Wegwijs de tekstgrutte fan dyn kompjûter.
settings-text-size-saved = De tekstgrutte is no { $size }.
settings-time-zone-title = Tiidsône
settings-time-zone-hint = In uterste datum is in Nederlânske datum. Wennest yn in oare tiidsône? Dan sjochst by elke datum ek oant hoe let it by dy kin.
settings-time-zone = Dyn tiidsône
settings-time-zone-device = Dy fan dit apparaat
settings-time-zone-current = No: { $zone }
settings-time-zone-saved = Dyn tiidsône is no { $zone }.

settings-auto-lock-title = Beskoattelje
settings-auto-lock = Wegwijs beskoattelje as it net brûkt is yn
settings-auto-lock-never = Nea
settings-auto-lock-minutes = { $count ->
        [one] { $count } minút
       *[other] { $count } minuten
    }
settings-auto-lock-saved = Bewarre.
documents-issued = Datum fan ôfjefte
documents-issued-hint = As do dy witst. Bygelyks: 14 3 2021.
documents-events = Foar hokker barrens?
documents-events-hint = Net ferplichte. Hâld Ctrl (of Cmd) yndrukt om der mear te kiezen.
cli-login-open = Log yn yn dyn browser. Giet dy net iepen, gean dan nei dit adres: { $url }
cli-login-service = Ynlogtsjinst: { $issuer }
cli-login-signed-in = Ynlogd as { $name }.
cli-login-signed-out = Net ynlogd.
cli-login-acting-for = Do hannelest foar persoan { $id } (befêstige troch de ynlogtsjinst).
cli-login-unlinked = Neffens de ynlogtsjinst hannelest do foar immen oars. Sis wa't dat is mei: wegwijs login link PERSOAN_ID
cli-logged-out = Útlogd, ek by de ynlogtsjinst.
cli-logged-out-here = Útlogd op dit apparaat. De ynlogtsjinst wie net te berikken.
cli-representation-verified = befêstige
cli-representation-upcoming = begjint letter
login-title = Ynlogge by in ynlogtsjinst
login-intro = Do kinst ynlogge by in ynlogtsjinst foar de oerheid, lykas DigiD fia in makelder. Hannelest dêr foar immen oars, bygelyks mei in DigiD-machtiging, dan leit Wegwijs dat fêst as befêstige fertsjintwurdiging. Wêrmei't do ynlogst, bliuwt yn de kaaiebos fan dyn kompjûter.
login-signed-in = Ynlogd as { $name } sûnt { $date }.
login-signed-out = Do bist net ynlogd.
login-not-kept = Dizze kompjûter hat gjin kaaiebos, dus de ynlog wurdt net ûnthâlden. Do kinst him no wol brûke.
login-acting-for = De ynlogtsjinst befêstiget dat do hannelest foar { $name }.
login-unlinked = Neffens de ynlogtsjinst hannelest do foar immen oars. Wa is dat?
login-unlinked-add-first = Foegje dizze persoan earst ta by Minsken en kom dan hjir werom.
login-link-scopes-hint = De ynlogtsjinst seit net foar hokker saken. Kies wat ôfpraat is; op syn minst ien.
login-link-person = Dizze persoan is
login-link-submit = Keppelje
login-linked = Keppele. Do hannelest no foar { $name }, befêstige troch de ynlogtsjinst.
login-start = Ynlogge
login-again = Opnij ynlogge
login-waiting = Log yn yn it browserfinster dat iepene is. Wegwijs wachtet oant do werom bist.
login-cancel = Ophâlde mei wachtsjen
login-check = Ynlog kontrolearje
login-still-valid = Dyn ynlog is noch jildich.
login-logout = Útlogge
login-logged-out = Do bist útlogd, ek by de ynlogtsjinst.
login-logged-out-here = Do bist útlogd op dit apparaat. De ynlogtsjinst wie net te berikken.
login-done = Do bist ynlogd as { $name }.
login-settings-title = Ynstellings fan de ynlogtsjinst
login-issuer = Adres fan de ynlogtsjinst
login-issuer-hint = Bygelyks https://login.example.nl. Do krijst it fan de organisaasje dy't de ynlogtsjinst beheart.
login-client-id = Client-id
login-client-id-hint = De namme dy't de ynlogtsjinst oan Wegwijs jûn hat.
login-settings-save = Ynstellings bewarje
login-settings-saved = De ynstellings binne bewarre.
reps-verified = Befêstige troch de ynlogtsjinst
grant-evidence = Bewiis (net ferplichte)
grant-evidence-hint = In dokumint yn dyn kluis dat it sjen lit, lykas in útspraak fan de rjochter of in tekene machtiging.
grant-evidence-none = Gjin dokumint
audit-filter = Lit sjen wat der dien is foar
audit-filter-everyone = Elkenien
audit-print = Dit oersjoch printsje
home-signals-title-for = Ynkoarten foar { $name }
life-events-acting = De plannen hjir binne foar { $name }, op grûn fan de bertedatum. Se wurde net bewarre yn dyn eigen list.
login-browser-done = Wegwijs hat it antwurd fan de ynlogtsjinst. Do kinst dit finster slute en weromgean nei Wegwijs.

# In machtiging foar nei 18 jier (Daan: it âlderlik gesach hâldt op, help giet
# allinne troch foar safier't de jongere dat wol).
grant-from = Fanôf
grant-from-hint = Lit leech om hjoed te begjinnen.
reps-starts-on = Begjint op { $date }
reps-mandate-offer = { $name } wurdt 18 op { $date }. Dêrnei meist allinne noch helpe mei wat { $name } sels kiest, mei in machtiging.
reps-mandate-button = Lis in machtiging fan { $name } fêst
grant-mandate-intro = Allinne { $name } beslút hjiroer. Praat tegearre ôf wêrmei't do helpe bliuwe meist, en hoe lang, en lis dat hjir fêst. { $name } moat dy ek sels machtigje yn DigiD Machtigen, op machtigen.digid.nl. Sûnder dy machtiging kinst by de oerheid neat foar { $name } regelje.
home-signal-mandate = Lis in machtiging fêst foar nei 18 jier

## Read aloud: the platform's voice reads a plan or a task

read-aloud-plan = Lês it plan foar
read-aloud-task = Lês foar
read-aloud-stop = Stopje mei foarlêzen

## Berjochten oer dyn buert (side Rinnende saken)
neighbourhood-title = Berjochten oer dyn buert
neighbourhood-intro = Gemeenten, provinsjes en wetterskippen meitsje offisjele berjochten bekend. Bygelyks in bouwfergunning njonken dyn hûs, in beam dy't kapt wurdt, of in nije ferkearsregel. Wegwijs kin se foar dy sykje om dyn adres hinne.
neighbourhood-privacy = Dyn adres bliuwt op dit apparaat. Wegwijs stjoert allinne in punt op de kaart nei de tsjinst fan de oerheid. Sa freget Wegwijs wat der yn 'e buert is.
neighbourhood-off = Dit stiet út. Wegwijs freget neat oant do it oansetst.
neighbourhood-postcode = Postkoade
neighbourhood-number = Hûsnûmer
neighbourhood-addition = Letter of tafoeging (as do dy hast)
neighbourhood-find = Sykje myn adres
neighbourhood-found = Is dit dyn adres?
neighbourhood-radius = Ôfstân om dyn adres hinne
neighbourhood-metres = { $metres } meter
neighbourhood-confirm = Ja, sykje hjir
neighbourhood-change = Nee, wizigje
neighbourhood-watching = Wegwijs siket binnen { $metres } meter fan { $address }.
neighbourhood-check = No sjen
neighbourhood-checking = Dwaande mei sjen…
neighbourhood-checked = { $new } nij, { $total } yn totaal.
neighbourhood-last-checked = Lêst sjoen: { $date }.
neighbourhood-never-checked = Noch net sjoen.
neighbourhood-last-failed = De lêste kear sjen slagge net. Do sjochst wat der earder fûn is.
neighbourhood-save-radius = Ôfstân bewarje
neighbourhood-disable = Set út en ferjit myn adres
neighbourhood-disabled = Berjochten oer dyn buert steane út. Dyn adres en wat der fûn is, binne wiske.
neighbourhood-list-title = Wat der fûn is
neighbourhood-none = Der binne gjin berjochten fûn om dyn adres hinne.
neighbourhood-filter-kind = Soart
neighbourhood-filter-all = Alle soarten
neighbourhood-unread-only = Lit allinne nije sjen
neighbourhood-shown = { $shown } fan { $total } te sjen
neighbourhood-new = Nij
neighbourhood-distance = { $metres } meter hjirwei
neighbourhood-distance-unknown = Yn dyn gemeente
neighbourhood-published = Bekendmakke op { $date }
neighbourhood-by = Troch { $organisation }
neighbourhood-respond-by = Lêste dei om te reagearjen: { $date }
neighbourhood-open = Lês it berjocht (iepenet yn dyn browser)
neighbourhood-mark-read = Markearje as lêzen
neighbourhood-mark-unread = Markearje as nij
neighbourhood-map-title = Kaart
neighbourhood-map-label = Kaart: dyn adres yn it midden, it noarden boppe, en { $count } berjochten binnen { $metres } meter.
neighbourhood-map-you = Dyn adres
neighbourhood-calendar = Bewarje de lêste dagen om te reagearjen foar myn aginda
neighbourhood-calendar-saved = It bestân foar dyn aginda is bewarre.
cli-announcements-enabled = Wegwijs siket berjochten binnen { $radius } meter fan { $address }.
cli-announcements-disabled = Berjochten oer dyn buert steane út. It adres en wat der fûn is, binne wiske.
cli-announcements-checked = { $new } nij, { $total } yn totaal.
cli-announcements-off = Berjochten oer dyn buert steane út. Set se oan mei `wegwijs announcements enable`.
cli-announcements-none = Der binne gjin berjochten fûn om dyn adres hinne.
cli-announcements-respond-by = Lêste dei om te reagearjen: { $date }
cli-announcements-read = Berjocht { $id } is markearre as lêzen.
cli-announcements-calendar-written = It bestân foar dyn aginda is bewarre.
