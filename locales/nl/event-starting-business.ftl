# Wegwijs: een bedrijf starten (taalniveau B1, lezer is "je").

event-starting-business-title = Een bedrijf starten
event-starting-business-summary = Je begint een eigen bedrijf. Je schrijft je in bij KVK. De Belastingdienst krijgt je gegevens dan vanzelf.
event-starting-business-date = Startdatum van je bedrijf

task-starting-business-check-trade-name-title = Kies een goede bedrijfsnaam
task-starting-business-check-trade-name-body = Kijk met de Naamchecker van KVK of je naam al in het Handelsregister staat. Je naam mag niet lijken op een bestaand bedrijf of merk. Hij mag ook geen verkeerde indruk geven, zoals & Partners als je alleen werkt. KVK legt je naam vast als je je bedrijf inschrijft.

task-starting-business-register-kvk-title = Schrijf je bedrijf in bij KVK
task-starting-business-register-kvk-body = Vul het inschrijfformulier online in met DigiD. Maak daarna een afspraak bij een KVK-kantoor en neem je identiteitsbewijs mee. Is je bedrijfsadres niet je huisadres? Neem dan ook je huurcontract of een toestemmingsverklaring mee.

task-starting-business-vat-numbers-title = Controleer of je btw-nummers binnen zijn
task-starting-business-vat-numbers-body = KVK geeft je inschrijving door aan de Belastingdienst. Die stuurt je per post 2 nummers: je btw-id en je omzetbelastingnummer. Het btw-id zet je op je facturen en je website. Heb je niets gekregen? Bel dan de BelastingTelefoon.

task-starting-business-small-business-scheme-title = Kies of je de kleineondernemersregeling wilt
task-starting-business-small-business-scheme-body = Verwacht je per jaar niet meer dan 20.000 euro omzet? Dan kun je met de kleineondernemersregeling (KOR) geen btw rekenen en geen btw-aangifte doen. Meld je aan bij de Belastingdienst. Dat moet minstens 4 weken voordat het moet ingaan.
