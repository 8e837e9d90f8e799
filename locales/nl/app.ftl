# Wegwijs: teksten van de app en de opdrachtregel (taalniveau B1, lezer is "je").

app-name = Wegwijs
app-tagline = Je wegwijzer bij de overheid
skip-to-content = Ga direct naar de inhoud
loading = Even geduld, Wegwijs wordt geladen…

## Taal

language-label = Taal
language-nl = Nederlands
language-en = English
# Each language by its own name, the same in every file.
language-fy = Frysk
language-pap = Papiamentu
language-tr = Türkçe
language-ar = العربية
language-pl = Polski
language-uk = Українська
translation-unreviewed = Deze vertaling is gemaakt met hulp van een computer. Niemand die deze taal als moedertaal spreekt, heeft haar al nagekeken.
# The same note in one line, for narrow screens; it opens to the full note.
translation-unreviewed-short = Vertaling nog niet nagekeken
translation-show-dutch = Toon de Nederlandse tekst
translation-showing-dutch = Je ziet nu de Nederlandse tekst.
translation-back = Terug naar { $language }
glossary-link = Woordenlijst: Nederlandse woorden uit brieven van de overheid
language-changed = De taal is nu Nederlands.

## Eerste start

welcome-title = Welkom bij Wegwijs
welcome-intro = Soms verandert er veel in je leven. Je krijgt een kind, je gaat verhuizen of je stopt met werken. Wegwijs laat zien wat je dan moet regelen, bij welke instantie en wanneer.
welcome-privacy = Je gegevens blijven op dit apparaat. Wegwijs stuurt ze nergens heen.
welcome-setup-title = Over jou
welcome-setup-intro = Vul een paar gegevens in. Dan weet Wegwijs welke regels voor jou gelden. Je kunt ze later altijd veranderen.
welcome-submit = Opslaan en verder

## Profielformulier

field-name = Naam
field-name-hint = Zoals je genoemd wilt worden.
field-birth-date = Geboortedatum
field-birth-date-hint = Bijvoorbeeld: 14 3 1990
field-birth-day = Dag
field-birth-month = Maand
field-birth-year = Jaar
field-residence-where = Waar woon je?
field-residence-nl = In Nederland
field-residence-abroad = In het buitenland
field-residence-country = Land waar je woont
field-residence-country-hint = Woon je in het buitenland? Kies dan het land waar je nu woont.
field-residence-country-choose = Kies een land
field-municipality = Gemeente
field-municipality-hint = De gemeente waar je ingeschreven staat.
field-situation = Je situatie
field-situation-intro = Deze vragen zijn niet verplicht. Met de antwoorden maakt Wegwijs je plan persoonlijker.
field-partner = Heb je een partner?
field-partner-hint = Een partner is je man of vrouw, je geregistreerd partner, of iemand met wie je samenwoont.
field-partner-yes = Ja
field-partner-no = Nee
field-partner-unsaid = Zeg ik liever niet
field-employment = Wat doe je?
field-employment-unsaid = Zeg ik liever niet
employment-employed = Ik werk in loondienst
employment-self-employed = Ik heb een eigen bedrijf of werk als zzp'er
employment-unemployed = Ik heb geen werk en zoek werk
employment-retired = Ik ben met pensioen
employment-student = Ik studeer
employment-none = Ik heb geen betaald werk
field-bsn = Burgerservicenummer (BSN)
field-children-on-people = Je kinderen en anderen voor wie je zorgt, zet je bij Mensen, met hun naam. Dan laat Wegwijs op tijd zien wat er voor hen verandert, bijvoorbeeld als je kind 18 wordt.
field-children-people-link = Naar Mensen
profile-save = Opslaan
profile-saved = Je gegevens zijn opgeslagen.
required = verplicht

## Foutmeldingen bij formulieren

error-summary-title = Controleer je gegevens
error-summary-intro = Er { $count ->
    [one] is 1 fout
   *[other] zijn { $count } fouten
} gevonden. Wat je al hebt ingevuld, blijft staan.

## Navigatie

nav-label = Hoofdmenu
# The button that opens the navigation on a narrow screen.
nav-menu = Menu
nav-home = Start
nav-life-events = Gebeurtenissen
nav-documents = Documenten
nav-people = Mensen
nav-status = Lopende zaken
nav-settings = Instellingen

## Start

home-title = Hallo { $name }
home-intro = Wat wil je vandaag regelen?
home-signals-title = Binnenkort
home-signal-plan = Bekijk wat je moet regelen
home-profile-title = Je gegevens
home-profile-edit = Gegevens veranderen
home-lives-in-nl = { $municipality }, Nederland

## Onderdelen die nog komen

life-events-title = Gebeurtenissen in je leven
life-events-intro = Een kind krijgen, 18 worden, verhuizen, met pensioen gaan: kies wat er in je leven gebeurt. Je krijgt dan één plan met alles wat je moet regelen. Het plan geldt voor alle instanties en heeft de datums die voor jou gelden. Bij elke taak staat waar de regel vandaan komt.
documents-title = Documenten
documents-intro = Bewaar je paspoort, geboorteakte, huurcontract en brieven van de overheid veilig op dit apparaat. Wegwijs zet ze op slot met een geheime sleutel. Je krijgt een bericht voordat een document verloopt.
people-title = Mensen
people-intro = Regel zaken voor iemand anders, bijvoorbeeld voor je kind of voor een ouder die hulp nodig heeft. Je ziet altijd voor wie je iets doet, en alles wordt bijgehouden.
status-title = Lopende zaken
status-intro = Zie hoe het staat met je aanvragen bij de overheid, en lees officiële berichten over je buurt.
cases-title-for = Aanvragen van { $name }
cases-intro = Houd bij wat je hebt aangevraagd: een vergunning, een toeslag, hulp van de gemeente. Wegwijs laat zien wanneer de organisatie moet beslissen, en na een besluit tot wanneer je bezwaar kunt maken.
cases-list-title = Je aanvragen
cases-none = Je hebt nog geen aanvraag toegevoegd.
cases-reference = kenmerk { $reference }
cases-submitted = ontvangen op { $date }
cases-decision-due = De organisatie moet uiterlijk { $date } beslissen.
cases-decided = Besluit verstuurd op { $date }.
cases-objection-due = Je kunt bezwaar maken tot en met { $date }.
cases-moved = (Verschoven naar de volgende werkdag, vanwege een weekend of feestdag.)
cases-add-step = Schrijf op wat er gebeurde
cases-record-decision = Schrijf het besluit op
cases-remove = Verwijderen
cases-remove-confirm = Ja, verwijder het met alle stappen
cases-objection-check = Kijk in de brief: daar staat of je bezwaar kunt maken, bij wie, en of er een andere termijn geldt.
cases-decision-check = De termijn stopt zolang de organisatie wacht op papieren van jou, en mag één keer langer worden.
cases-step-status = Wat gebeurde er?
cases-step-status-hint = Bijvoorbeeld: "Ze vroegen om meer papieren".
cases-step-date = Op welke dag?
cases-step-date-hint = Laat leeg voor vandaag.
cases-step-note = Notitie (mag leeg)
cases-decision-date = Datum van de brief met het besluit
cases-decision-date-hint = De datum op de brief, of de dag dat het besluit in je Berichtenbox kwam. Niet de dag dat je het las.
cases-save = Opslaan
cases-cancel = Annuleren
cases-add-title = Aanvraag toevoegen
cases-add-intro = De meeste organisaties kunnen je aanvragen nog niet naar Wegwijs sturen. Schrijf ze hier op.
cases-provider = Organisatie
cases-provider-hint = Bijvoorbeeld: Gemeente Utrecht, SVB, Belastingdienst.
cases-what = Wat heb je aangevraagd?
cases-what-hint = In je eigen woorden.
cases-submitted-label = Datum waarop de organisatie het ontving
cases-submitted-hint = Bijvoorbeeld 30 10 2026. Het staat vaak op de bevestiging.
cases-reference-label = Kenmerk (mag leeg)
cases-reference-hint = Het nummer op brieven erover (zaaknummer).
cases-weeks = Beslistermijn in weken (mag leeg)
cases-weeks-hint = Laat leeg voor 8 weken: de gewone termijn. Sommige wetten geven een andere termijn.
cases-add-submit = Aanvraag toevoegen
cases-added = "{ $title }" is toegevoegd.
cases-step-saved = Opgeslagen bij "{ $title }".
cases-decision-saved = Het besluit bij "{ $title }" is opgeslagen.
cases-letter = Brief met het besluit: { $title }
cases-letter-link = Kies de brief met het besluit
cases-letter-change = Kies een andere brief
cases-letter-choose = De brief met het besluit
cases-letter-choose-hint = Kies de brief uit je documenten. Staat hij er nog niet bij? Voeg hem dan eerst toe bij Documenten.
cases-letter-no-documents = Je hebt nog geen documenten bewaard. Voeg de brief eerst toe bij Documenten.
cases-letter-none = Geen brief
cases-letter-saved = De brief is gekoppeld aan "{ $title }".
cases-letter-unlinked = Er hoort geen brief meer bij "{ $title }".
cases-removed = "{ $title }" is verwijderd.
cases-sources-title = Organisaties die je aanvragen laten zien
cases-sources-intro = Sommige gemeenten en organisaties laten je aanvragen zien via een koppeling (de ZGW-standaard). Wegwijs haalt ze op met je BSN en bewaart ze op dit apparaat: één keer per dag als Wegwijs open is, en als je op Vernieuwen drukt.
cases-sources-none = Je hebt nog geen organisatie gekoppeld.
cases-source-synced = Laatst bijgewerkt: { $date }
cases-source-never = Nog niet bijgewerkt.
cases-sync = Vernieuwen
cases-syncing = Bezig met ophalen…
cases-synced = Bijgewerkt. Nieuw of verder gegaan: { $count }.
cases-sync-failed = Niet alles is bijgewerkt. Hieronder staat wat er misging. Je ziet de aanvragen van de laatste keer.
cases-source-disconnect = Ontkoppelen
cases-source-disconnect-confirm = Ja, ontkoppel en haal de aanvragen van deze organisatie weg
cases-source-disconnected = "{ $name }" is ontkoppeld.
cases-connect-title = Organisatie koppelen
cases-connect-intro = De organisatie geeft je het adres van de koppeling, en een client-id en een geheim. Het geheim gaat naar de sleutelbos van je computer, niet naar de bestanden van Wegwijs.
cases-connect-name = Naam
cases-connect-name-hint = Bijvoorbeeld: Gemeente Arnhem.
cases-connect-url = Adres van de Zaken API
cases-connect-url-hint = Begint met https://
cases-connect-auth = Hoe laat Wegwijs zien wie je bent?
cases-connect-auth-jwt = Met een client-id en geheim van de organisatie
cases-connect-auth-login = Met mijn inlog (bij Instellingen)
cases-connect-client = Client-id
cases-connect-secret = Geheim
cases-connect-secret-hint = Je ziet het niet als je typt.
cases-connect-submit = Koppelen
cases-connected = "{ $name }" is gekoppeld. Druk op Vernieuwen om je aanvragen op te halen.
cases-from-source = Van { $name }, via de koppeling.
cases-step-todo = nog niet
cases-closed-on = Afgehandeld op { $date }.
cases-result = Uitkomst: { $result }
cases-calendar = Zet de laatste dagen in je agenda
cases-overdue = Te laat: de organisatie had al moeten beslissen. Je kunt haar schriftelijk in gebreke stellen. Beslist ze dan binnen twee weken nog niet, dan kan ze je een bedrag moeten betalen (Awb, artikel 4:17).
cases-bsn-used = De organisaties zoeken de aanvragen van { $name } op met BSN { $bsn }.
cases-bsn-missing = Om de aanvragen van { $name } op te halen, is het BSN nodig.
cases-bsn-add = BSN invullen
cases-bsn-change = BSN wijzigen
cases-bsn-label = BSN van { $name }
cases-bsn-hint = Negen cijfers. Het staat op het paspoort, de identiteitskaart of het rijbewijs. Laat leeg om het te wissen.
cases-bsn-saved = Het BSN is opgeslagen.

## Gebeurtenissen en je plan

life-events-choose = Kies wat er gebeurt
life-events-search = Zoek een gebeurtenis
life-events-count = { $count ->
    [one] 1 gebeurtenis
   *[other] { $count } gebeurtenissen
}
plan-date-hint = Bijvoorbeeld: 27 11 2026. Weet je de datum nog niet precies? Vul dan de datum in die je verwacht.
plan-make = Maak mijn plan
plan-title = Je plan: { $event }, { $date }
plan-group-before = Voor { $date }
plan-group-on-the-day = Op { $date }
plan-group-after = Na { $date }
plan-group-undated = Zonder vaste datum
plan-due = Uiterlijk { $date }
plan-due-abroad = Dit is een Nederlandse datum. In { $place } heb je tot { $date }, { $time } uur.
plan-where-to-go = De Nederlandse ambassade of het consulaat voor { $country }:
plan-window = Van { $from } tot en met { $to }
plan-from = Vanaf { $date }
plan-no-date = Geen vaste datum
plan-provider = Bij: { $provider }
plan-check = Kijk of dit voor jou geldt.
plan-bring = Neem mee:
plan-channels = Hoe:
plan-why = Waarom dit in je plan staat:
plan-sources = Waar de regel staat:
plan-empty = Voor jou is er bij deze gebeurtenis niets te regelen.
plan-show-left-out = { $count ->
    [one] Laat ook 1 taak zien die niet voor jou geldt
   *[other] Laat ook { $count } taken zien die niet voor jou gelden
}
plan-left-out-title = Geldt niet voor jou
plan-keep = Bewaar dit plan
plan-kept = Je plan is bewaard. Vink af wat je hebt gedaan.
plan-done = Gedaan
plan-overdue = Te laat
plan-note = Je notitie
plan-note-save = Notitie opslaan
plan-note-saved = Je notitie is opgeslagen.
plan-delete = Plan verwijderen
plan-deleted = Het plan is verwijderd.
kept-plans-title = Je plannen
kept-plan-open = { $open ->
    [one] nog 1 taak
   *[other] nog { $open } taken
}
kept-plan-overdue = { $overdue ->
    [one] 1 te laat
   *[other] { $overdue } te laat
}
plan-export-ics = Zet in je agenda
plan-export-done = Het bestand voor je agenda is opgeslagen.
plan-export-pdf = Afdrukbare lijst (PDF)
plan-pdf-done = De afdrukbare lijst is opgeslagen.
plan-print = Afdrukken

## Instellingen

settings-title = Instellingen
settings-language-title = Taal
settings-profile-title = Je gegevens
settings-notifications-title = Meldingen
settings-notifications-label = Laat een melding zien als er iets aankomt
settings-notifications-hint = Bijvoorbeeld als je kind bijna 18 wordt of je AOW bijna ingaat. De melding komt van je eigen computer; er gaat niets over internet.
settings-notifications-on = Meldingen staan aan.
settings-notifications-off = Meldingen staan uit.
settings-data-title = Waar je gegevens staan
settings-data-intro = Wegwijs bewaart je gegevens alleen op dit apparaat, in deze map:

## Hulp

footer-help = Hulp nodig? In veel bibliotheken zit een Informatiepunt Digitale Overheid. Daar helpen ze je gratis.

## Opdrachtregel

cli-no-profile = Er zijn nog geen gegevens. Vul ze in met: wegwijs profile set --name … --birth-date JJJJ-MM-DD --country NL --municipality …
cli-profile-saved = Je gegevens zijn opgeslagen.
cli-error = Fout
cli-no-keyring = Er is geen sleutelbos op dit apparaat.
cli-prompt-passphrase = Wachtzin:
cli-prompt-new-passphrase = Kies een wachtzin om je gegevens te beschermen (minstens 8 tekens):
cli-prompt-backup-passphrase = Wachtzin voor de back-up:
cli-prompt-recovery-key = Herstelsleutel:
cli-recovery-key = Je herstelsleutel: { $key }
    Schrijf hem op en bewaar hem op een veilige plek. Hiermee open je je gegevens op een nieuw apparaat. Je ziet hem alleen deze ene keer.
cli-vault-added = Toegevoegd: { $title } ({ $id })
cli-vault-without-text = { $title }: bewaard, maar de tekst kon niet worden gelezen. Zoeken vindt het alleen op titel en labels.
cli-vault-none = Geen documenten gevonden.
cli-vault-document = { $id }  { $title } ({ $kind })
cli-vault-document-expires = { $id }  { $title } ({ $kind }), geldig tot { $expires }
cli-vault-saved = Opgeslagen als { $path }.
cli-vault-removed = Het document is verwijderd.
cli-vault-verified = { $documents } documenten gecontroleerd, { $ok } in orde.
cli-vault-damaged = Beschadigd: { $id }
cli-vault-backup = Back-up geschreven met { $documents } documenten.
cli-vault-restored = { $restored } documenten teruggezet; { $skipped } waren er al.
cli-vault-restore-not-allowed = { $count } documenten van anderen zijn niet teruggezet. Je mag voor hen nog geen documenten toevoegen. Leg eerst vast dat je hen vertegenwoordigt. Zet de back-up daarna opnieuw terug.
cli-vault-restore-log-behind = Deze back-up is van deze installatie, en het logboek daarin heeft regels die hier ontbreken: er is een oudere kopie van je gegevens teruggezet. Dat staat nu in het logboek.
cli-vault-recovered = Je gegevens zijn weer open op dit apparaat.
unlock-window-title = Je gegevens openen
unlock-choose-title = Bescherm je gegevens met een wachtzin
unlock-choose-intro = Wegwijs bewaart je gegevens versleuteld op dit apparaat. Dit apparaat heeft geen sleutelbos om de sleutel veilig te bewaren. Kies daarom een wachtzin. Die typ je elke keer als je Wegwijs opent.
unlock-enter-title = Vul je wachtzin in
unlock-enter-intro = Je gegevens zijn versleuteld. Vul je wachtzin in om ze te openen.
unlock-recover-title = Open je gegevens met je herstelsleutel
unlock-recover-intro = De sleutel van je gegevens staat niet op dit apparaat. Typ de herstelsleutel die je opschreef toen je Wegwijs ging gebruiken.
unlock-passphrase = Wachtzin
unlock-new-passphrase = Nieuwe wachtzin
unlock-new-passphrase-hint = Minstens 8 tekens. Een korte zin is makkelijk te onthouden en moeilijk te raden.
unlock-repeat = Typ de wachtzin nog een keer
unlock-repeat-differs = De twee wachtzinnen zijn niet hetzelfde.
unlock-recovery-key = Herstelsleutel
unlock-recovery-key-hint = 32 letters en cijfers, bijvoorbeeld ABCD-EFGH-… Hoofdletters en streepjes maken niet uit.
unlock-submit = Openen
unlock-choose-submit = Beschermen en openen
unlock-forgot = Ik ben mijn wachtzin vergeten
recovery-key-title = Schrijf je herstelsleutel op
recovery-key-intro = Met deze sleutel open je je gegevens op een nieuw apparaat, of als de sleutel op dit apparaat kwijt is.
recovery-key-keep = Bewaar hem op papier op een veilige plek. Deel hem met niemand. Je ziet hem alleen deze ene keer.
recovery-key-print = Afdrukken
recovery-key-done = Ik heb hem opgeschreven
documents-add-title = Documenten toevoegen
documents-add-intro = Kies wat voor documenten je toevoegt. Je kunt meerdere bestanden tegelijk toevoegen.
documents-kind = Soort document
documents-doc-title = Titel
documents-doc-title-hint = Laat leeg om de bestandsnaam te gebruiken.
documents-expires = Geldig tot
documents-expires-hint = Laat leeg als het document niet verloopt. Bijvoorbeeld: 14 3 2031.
documents-tags = Labels
documents-tags-hint = Woorden om het document mee te vinden, met komma's ertussen. Bijvoorbeeld: huis, huur.
documents-choose-files = Bestanden kiezen…
documents-add-dropped = { $count ->
        [one] Het neergezette bestand toevoegen
       *[other] De { $count } neergezette bestanden toevoegen
    }
documents-drop-hint = Je kunt ook bestanden naar dit venster slepen.
documents-dropped = { $count ->
        [one] 1 bestand staat klaar om toe te voegen.
       *[other] { $count } bestanden staan klaar om toe te voegen.
    }
documents-added = { $count ->
        [one] 1 document toegevoegd.
       *[other] { $count } documenten toegevoegd.
    }
documents-without-text = { $count ->
        [one] De tekst kon niet worden gelezen. Zoeken vindt het document daarom alleen op titel en labels.
       *[other] Van { $count } documenten kon de tekst niet worden gelezen. Zoeken vindt die daarom alleen op titel en labels.
    }
documents-not-added = Niet toegevoegd
documents-list-title = Je documenten
documents-search = Zoeken
documents-search-hint = Zoek in titels, labels en de tekst van pdf- en tekstbestanden.
documents-count = { $count ->
        [0] Geen documenten.
        [one] 1 document.
       *[other] { $count } documenten.
    }
documents-expiry-valid = Geldig tot { $date }
documents-expiry-soon = Verloopt binnenkort: { $date }
documents-expiry-expired = Verlopen op { $date }
documents-export = Kopie opslaan
documents-exported = Een kopie van { $title } is opgeslagen.
documents-delete = Verwijderen
documents-delete-confirm = Echt verwijderen? Druk nog een keer
documents-removed = { $title } is verwijderd.
documents-verify = Alle documenten controleren
documents-verify-ok = { $count ->
        [one] Het document is in orde.
       *[other] Alle { $count } documenten zijn in orde.
    }
documents-verify-damaged = { $count ->
        [one] 1 document is beschadigd. Zet het terug uit een back-up.
       *[other] { $count } documenten zijn beschadigd. Zet ze terug uit een back-up.
    }
size-bytes = { $n } bytes
size-kb = { $n } kB
size-mb = { $n } MB
home-signal-documents = Naar je documenten
home-signal-case = Bekijk de aanvraag
home-signal-announcements = Bekijk de berichten
plan-held-valid = In je documenten: { $title } (dan nog geldig)
plan-held-invalid = In je documenten: { $title }, maar dat is dan niet meer geldig. Vernieuw het eerst.
documents-edit = Wijzigen
documents-save = Opslaan
documents-cancel = Annuleren
documents-saved = De gegevens van { $title } zijn opgeslagen.
cli-person-added = { $name } toegevoegd (id { $id }).
cli-cases-none = Nog geen aanvragen. Voeg er een toe met: wegwijs cases add
cli-case-removed = Aanvraag { $id } verwijderd.
cli-case-decision-due = De organisatie moet uiterlijk { $date } beslissen.
cli-case-objection-due = Laatste dag voor bezwaar: { $date }.
cli-case-letter = Brief met het besluit: { $title } (document { $id }).
cli-sources-none = Nog geen organisaties gekoppeld. Koppel er een met: wegwijs cases source add
cli-source-removed = { $name } ontkoppeld. Het geheim en de aanvragen van deze organisatie zijn verwijderd.
cli-source-synced = Laatst bijgewerkt: { $at }
cli-source-never-synced = Nog niet bijgewerkt.
cli-prompt-zgw-secret = Geheim dat de organisatie je gaf (wordt niet getoond):
cli-sync-ok = { $name }: bijgewerkt.
cli-sync-failed = { $name }: { $error }
cli-sync-changed = Aanvragen die nieuw zijn of verder zijn: { $count }
cli-cases-calendar-written = Het bestand voor je agenda is opgeslagen.
cli-representation-granted = Vertegenwoordiging { $id } vastgelegd.
cli-representation-revoked = Vertegenwoordiging { $id } ingetrokken.
cli-audit-ok = Het logboek heeft { $entries } regels; de keten is heel.
cli-audit-broken = Het logboek heeft { $entries } regels; de keten is GEBROKEN: een regel is gewijzigd, verwijderd of verplaatst.
people-list-title = Je huishouden
people-you = jij
people-born = geboren { $date }
people-relation = Relatie tot jou
people-add-title = Iemand toevoegen
people-add-submit = Toevoegen
people-added = { $name } is toegevoegd.
people-rename = Naam van { $name } wijzigen
people-rename-label = Nieuwe naam voor { $name }
people-rename-save = Naam opslaan
people-rename-cancel = Annuleren
people-renamed = De naam is nu { $name }.
relation-child = kind
relation-partner = partner
relation-parent = ouder
relation-other = anders
reps-title = Wie treedt op voor wie
reps-none = Er treedt nog niemand voor iemand op.
reps-line = { $representative } treedt op voor { $subject }
reps-view-only = alleen bekijken
reps-ends-on = Tot { $date }
reps-ended-on = Afgelopen op { $date }
reps-revoked-on = Ingetrokken op { $date }
reps-no-end = Geen einddatum
reps-act-for = Optreden voor { $name }
reps-revoke = Intrekken
reps-revoke-confirm = Echt intrekken? Druk nog een keer
people-granted = De vertegenwoordiging voor { $name } is vastgelegd.
people-revoked = De vertegenwoordiging voor { $name } is ingetrokken.
grant-title = Een vertegenwoordiging vastleggen
grant-representative = Wie treedt op?
grant-subject = Voor wie?
grant-basis = Op welke grond?
grant-scopes = Voor welke zaken?
grant-scopes-hint = Vink niets aan voor alles wat de grond toestaat. Een machtiging heeft er minstens één nodig: alleen wat de persoon zelf kiest.
grant-until = Tot
grant-until-hint = Laat leeg als er geen einddatum is. Ouderlijk gezag en voogdij stoppen vanzelf bij 18 jaar.
grant-view-only = Alleen bekijken: niet wijzigen, geen kopie opslaan, niet verwijderen
grant-submit = Vastleggen
basis-ouderlijk-gezag = Ouderlijk gezag
basis-ouderlijk-gezag-explain = een ouder regelt alles voor een kind onder de 18. Het stopt vanzelf op de 18e verjaardag.
basis-voogdij = Voogdij
basis-voogdij-explain = zoals ouderlijk gezag, voor iemand die niet de ouder is. Het stopt bij 18 jaar.
basis-curatele = Curatele
basis-curatele-explain = de rechter heeft besloten dat een curator geldzaken en persoonlijke zaken regelt.
basis-beschermingsbewind = Beschermingsbewind
basis-beschermingsbewind-explain = de rechter heeft besloten dat een bewindvoerder alleen geldzaken regelt.
basis-mentorschap = Mentorschap
basis-mentorschap-explain = de rechter heeft besloten dat een mentor alleen zorgzaken regelt.
basis-machtiging = Machtiging
basis-machtiging-explain = de persoon laat zich zelf helpen, voor de zaken en de periode die hij of zij kiest.
scope-documents = documenten
scope-guidance = plannen en termijnen
scope-finance = geld
scope-care = zorg
acting-banner = Je treedt nu op voor { $name }
acting-details = { $basis }, tot { $date }
acting-details-no-end = { $basis }
acting-stop = Stoppen met optreden voor { $name }
documents-acting-title = Documenten van { $name }
audit-title = Wie deed wat voor wie
audit-intro = Alles wat voor een ander gedaan wordt, staat hier. Het kan niet ongemerkt veranderd worden.
audit-none = Er is nog niets vastgelegd.
audit-line = { $actor } voor { $subject }:
audit-action-representation-grant = legde een vertegenwoordiging vast
audit-action-representation-revoke = trok een vertegenwoordiging in
audit-action-documents-view = bekeek documenten
audit-action-documents-change = voegde een document toe of wijzigde het
audit-action-documents-export = sloeg een kopie van een document op
audit-action-documents-delete = verwijderde een document
audit-action-guidance-view = bekeek plannen
audit-action-audit-mismatch = zag dat er regels uit het logboek ontbraken
audit-verify = Het logboek controleren
audit-ok = Het logboek is heel ({ $count } regels).
audit-broken = Er is met het logboek geknoeid. Vraag om hulp.
lock-now = Vergrendelen
unlock-open-title = Wegwijs is vergrendeld
unlock-open-intro = Zolang Wegwijs vergrendeld is, zie je niets van jou. Open het weer als je zover bent.
lock-warning-title = Wegwijs gaat bijna op slot
lock-warning-text = Je hebt Wegwijs een tijd niet gebruikt. Over 1 minuut gaat het op slot. Wat je nog niet hebt opgeslagen, ben je dan kwijt.
lock-warning-keep-open = Open laten

settings-accessibility-title = Toegankelijkheid
settings-accessibility-intro = Iedereen moet Wegwijs goed kunnen gebruiken, ook met een klein scherm, grote letters of een voorleesprogramma. We hebben zelf getoetst of de app aan de eisen voor toegankelijkheid voldoet (WCAG 2.1, niveau AA). Iemand van buiten heeft dat nog niet gedaan.
settings-accessibility-known = Dit werkt nog niet goed:
settings-accessibility-known-pdf = De lijst om te printen (PDF) werkt nog niet goed met een voorleesprogramma.
settings-accessibility-untested = Nog niet getest: Wegwijs gebruiken met een voorleesprogramma, en op Windows, macOS en telefoons.

settings-text-size-title = Tekstgrootte
settings-text-size = Hoe groot wil je alles op het scherm?
settings-text-size-hint = Tekst, knoppen en plaatjes worden samen groter, zodat niets over elkaar valt. Tot je kiest, volgt Wegwijs de tekstgrootte van je computer.
settings-text-size-saved = De tekstgrootte is nu { $size }.
settings-time-zone-title = Tijdzone
settings-time-zone-hint = Een uiterste datum is een Nederlandse datum. Woon je in een andere tijdzone? Dan zie je bij elke datum ook tot hoe laat het bij jou kan.
settings-time-zone = Jouw tijdzone
settings-time-zone-device = Die van dit apparaat
settings-time-zone-current = Nu: { $zone }
settings-time-zone-saved = Je tijdzone is nu { $zone }.

settings-auto-lock-title = Vergrendelen
settings-auto-lock = Wegwijs vergrendelen als het niet gebruikt is in
settings-auto-lock-never = Nooit
settings-auto-lock-minutes = { $count ->
        [one] 1 minuut
       *[other] { $count } minuten
    }
settings-auto-lock-saved = Opgeslagen.
documents-issued = Datum van afgifte
documents-issued-hint = Als je die weet. Bijvoorbeeld: 14 3 2021.
documents-events = Voor welke gebeurtenissen?
documents-events-hint = Niet verplicht. Houd Ctrl (of Cmd) ingedrukt om er meer te kiezen.
cli-login-open = Log in in je browser. Gaat die niet open, ga dan naar dit adres: { $url }
cli-login-service = Inlogdienst: { $issuer }
cli-login-signed-in = Ingelogd als { $name }.
cli-login-signed-out = Niet ingelogd.
cli-login-acting-for = Je handelt voor persoon { $id } (bevestigd door de inlogdienst).
cli-login-unlinked = Volgens de inlogdienst handel je voor iemand anders. Zeg wie dat is met: wegwijs login link PERSOON_ID
cli-logged-out = Uitgelogd, ook bij de inlogdienst.
cli-logged-out-here = Uitgelogd op dit apparaat. De inlogdienst was niet bereikbaar.
cli-representation-verified = bevestigd
cli-representation-upcoming = begint later
login-title = Inloggen bij een inlogdienst
login-intro = Je kunt inloggen bij een inlogdienst voor de overheid, zoals DigiD via een makelaar. Regel je daar zaken voor iemand anders, bijvoorbeeld met een DigiD-machtiging? Dan schrijft Wegwijs op dat je die persoon vertegenwoordigt, en dat de inlogdienst dat bevestigt. Je inloggegevens blijven in de sleutelbos van je computer.
login-signed-in = Ingelogd als { $name } sinds { $date }.
login-signed-out = Je bent niet ingelogd.
login-not-kept = Deze computer heeft geen sleutelbos, dus de inlog wordt niet onthouden. Je kunt hem nu wel gebruiken.
login-acting-for = De inlogdienst bevestigt dat je handelt voor { $name }.
login-unlinked = Volgens de inlogdienst handel je voor iemand anders. Wie is dat?
login-unlinked-add-first = Voeg deze persoon eerst toe bij Mensen en kom dan hier terug.
login-link-scopes-hint = De inlogdienst zegt niet voor welke zaken. Kies wat is afgesproken; minstens één.
login-link-person = Deze persoon is
login-link-submit = Koppelen
login-linked = Gekoppeld. Je handelt nu voor { $name }, bevestigd door de inlogdienst.
login-start = Inloggen
login-again = Opnieuw inloggen
login-waiting = Log in in het browservenster dat is geopend. Wegwijs wacht tot je terug bent.
login-cancel = Stoppen met wachten
login-check = Inlog controleren
login-still-valid = Je inlog is nog geldig.
login-logout = Uitloggen
login-logged-out = Je bent uitgelogd, ook bij de inlogdienst.
login-logged-out-here = Je bent uitgelogd op dit apparaat. De inlogdienst was niet bereikbaar.
login-done = Je bent ingelogd als { $name }.
login-settings-title = Instellingen van de inlogdienst
login-issuer = Adres van de inlogdienst
login-issuer-hint = Bijvoorbeeld https://login.example.nl. Je krijgt het van de organisatie die de inlogdienst beheert.
login-client-id = Client-id
login-client-id-hint = De naam die de inlogdienst aan Wegwijs heeft gegeven.
login-settings-save = Instellingen opslaan
login-settings-saved = De instellingen zijn opgeslagen.
reps-verified = Bevestigd door de inlogdienst
grant-evidence = Bewijs (niet verplicht)
grant-evidence-hint = Een document in je kluis dat het laat zien, zoals een uitspraak van de rechter of een getekende machtiging.
grant-evidence-none = Geen document
audit-filter = Laat zien wat er is gedaan voor
audit-filter-everyone = Iedereen
audit-print = Dit overzicht afdrukken
home-signals-title-for = Binnenkort voor { $name }
life-events-acting = De plannen hier zijn voor { $name }, op basis van de geboortedatum. Ze worden niet bewaard in je eigen lijst.
login-browser-done = Wegwijs heeft het antwoord van de inlogdienst. Je kunt dit venster sluiten en teruggaan naar Wegwijs.

# Een machtiging voor na 18 jaar (Daan: het ouderlijk gezag stopt, hulp gaat
# alleen door voor zover de jongere dat wil).
grant-from = Vanaf
grant-from-hint = Laat leeg om vandaag te beginnen.
reps-starts-on = Begint op { $date }
reps-mandate-offer = { $name } wordt 18 op { $date }. Daarna mag je alleen nog helpen met wat { $name } zelf kiest, met een machtiging.
reps-mandate-button = Leg een machtiging van { $name } vast
grant-mandate-intro = Alleen { $name } beslist hierover. Spreek samen af waarmee je mag blijven helpen, en hoe lang, en leg dat hier vast. { $name } moet je ook zelf machtigen in DigiD Machtigen, op machtigen.digid.nl. Zonder die machtiging kun je bij de overheid niets voor { $name } regelen.
home-signal-mandate = Leg een machtiging vast voor na 18 jaar

## Read aloud: the platform's voice reads a plan or a task

read-aloud-plan = Lees het plan voor
read-aloud-task = Lees voor
read-aloud-stop = Stop met voorlezen

## Berichten over je buurt (pagina Aanvragen)
neighbourhood-title = Berichten over je buurt
neighbourhood-intro = De gemeente, de provincie en het waterschap maken berichten bekend. Over een bouwplan naast je huis, een boom die weg moet, of een nieuwe regel voor het verkeer. Wegwijs kan ze voor je zoeken rond je adres.
neighbourhood-privacy = Je adres blijft op dit apparaat. Wegwijs stuurt alleen een punt op de kaart naar de dienst van de overheid. Zo vraagt Wegwijs wat er in de buurt is.
neighbourhood-off = Dit staat uit. Wegwijs vraagt niets tot je het aanzet.
neighbourhood-postcode = Postcode
neighbourhood-number = Huisnummer
neighbourhood-addition = Letter of toevoeging (als je die hebt)
neighbourhood-find = Zoek mijn adres
neighbourhood-found = Is dit je adres?
neighbourhood-radius = Afstand rond je adres
neighbourhood-metres = { $metres } meter
neighbourhood-confirm = Ja, zoek hier
neighbourhood-change = Nee, wijzigen
neighbourhood-watching = Wegwijs zoekt binnen { $metres } meter van { $address }.
neighbourhood-check = Nu kijken
neighbourhood-checking = Bezig met kijken…
neighbourhood-checked = { $new } nieuw, { $total } in totaal.
neighbourhood-last-checked = Laatst gekeken: { $date }.
neighbourhood-never-checked = Nog niet gekeken.
neighbourhood-last-failed = De laatste keer kijken lukte niet. Je ziet wat er eerder gevonden is.
neighbourhood-save-radius = Afstand opslaan
neighbourhood-disable = Zet uit en vergeet mijn adres
neighbourhood-disabled = Berichten over je buurt staan uit. Je adres en wat er gevonden is, zijn gewist.
neighbourhood-list-title = Wat er gevonden is
neighbourhood-none = Er zijn geen berichten gevonden rond je adres.
neighbourhood-filter-kind = Soort
neighbourhood-filter-all = Alle soorten
neighbourhood-unread-only = Laat alleen nieuwe zien
neighbourhood-shown = { $shown } van { $total } te zien
neighbourhood-new = Nieuw
neighbourhood-distance = { $metres } meter hiervandaan
neighbourhood-distance-unknown = In je gemeente
neighbourhood-published = Bekendgemaakt op { $date }
neighbourhood-by = Door { $organisation }
neighbourhood-respond-by = Laatste dag om te reageren: { $date }
neighbourhood-open = Lees het bericht (opent in je browser)
neighbourhood-mark-read = Markeer als gelezen
neighbourhood-mark-unread = Markeer als nieuw
neighbourhood-map-title = Kaart
neighbourhood-map-label = Kaart: je adres in het midden, het noorden boven, en { $count } berichten binnen { $metres } meter.
neighbourhood-map-you = Je adres
neighbourhood-calendar = Bewaar de laatste dagen om te reageren voor mijn agenda
neighbourhood-calendar-saved = Het bestand voor je agenda is bewaard.
cli-announcements-enabled = Wegwijs zoekt berichten binnen { $radius } meter van { $address }.
cli-announcements-disabled = Berichten over je buurt staan uit. Het adres en wat er gevonden is, zijn gewist.
cli-announcements-checked = { $new } nieuw, { $total } in totaal.
cli-announcements-off = Berichten over je buurt staan uit. Zet ze aan met `wegwijs announcements enable`.
cli-announcements-none = Er zijn geen berichten gevonden rond je adres.
cli-announcements-respond-by = Laatste dag om te reageren: { $date }
cli-announcements-read = Bericht { $id } is gemarkeerd als gelezen.
cli-announcements-calendar-written = Het bestand voor je agenda is bewaard.
