# Wegwijs: overlijden van een naaste (taalniveau B1, lezer is "je").

event-death-of-relative-title = Overlijden van een naaste
event-death-of-relative-summary = Iemand die dicht bij je staat, is overleden. Dit moet je regelen, of laten regelen door de uitvaartondernemer.
event-death-of-relative-date = Datum van overlijden

task-death-of-relative-register-death-title = Geef het overlijden aan bij de gemeente
task-death-of-relative-register-death-body = Het overlijden moet je aangeven bij de gemeente waar de persoon is overleden. Meestal doet de uitvaartondernemer dit voor je. Doe je het zelf? Neem dan je identiteitsbewijs mee, en de verklaring van overlijden van de arts. Daarna geeft de gemeente toestemming voor de begrafenis of crematie.

task-death-of-relative-funeral-title = Regel de begrafenis of crematie
task-death-of-relative-funeral-body = De begrafenis of crematie mag niet eerder dan 36 uur na het overlijden zijn. Het moet uiterlijk op de 6e werkdag na de dag van overlijden. Is meer tijd nodig, bijvoorbeeld voor familie uit het buitenland? Dan vraagt de uitvaartondernemer uitstel aan bij de gemeente.

task-death-of-relative-survivor-benefit-title = Vraag een nabestaandenuitkering aan
task-death-of-relative-survivor-benefit-body = Is je partner overleden en heb je nog geen AOW? Dan kun je een uitkering krijgen als je een kind onder 18 hebt of voor minstens 45% arbeidsongeschikt bent. Was je getrouwd of geregistreerd partner, dan stuurt de SVB je binnen 2 weken een brief. Woonde je ongehuwd samen, dan vraag je het zelf aan bij de SVB.

task-death-of-relative-survivor-mandate-title = Vraag een nabestaandenmachtiging aan
task-death-of-relative-survivor-mandate-body = Met een nabestaandenmachtiging regel je online de belasting en toeslagen van degene die is overleden. Je logt dan in met je eigen DigiD. Een erfgenaam of de executeur kan de machtiging aanvragen. Soms heb je daarvoor een verklaring van erfrecht van de notaris nodig.

task-death-of-relative-inheritance-tax-title = Doe aangifte erfbelasting
task-death-of-relative-inheritance-tax-body = Erf je meer dan de vrijstelling, dan moet je aangifte erfbelasting doen. Verwacht de Belastingdienst dat je erfbelasting moet betalen, dan krijgt een van de erfgenamen een brief. Is iemand overleden op of na 1 januari 2026? Dan heb je 20 maanden voor de aangifte. Bij een overlijden in 2025 of eerder was dat 8 maanden. De datum staat ook in de brief.

task-death-of-relative-income-tax-deceased-title = Doe aangifte inkomstenbelasting voor wie is overleden
task-death-of-relative-income-tax-deceased-body = Over het jaar van het overlijden doen de erfgenamen nog aangifte inkomstenbelasting. De Belastingdienst stuurt daarvoor een papieren F-formulier. Vul alleen de delen in die nodig zijn. De datum waarop het binnen moet zijn, staat in de brief.

task-death-of-relative-accept-inheritance-title = Kies of je de erfenis aanneemt
task-death-of-relative-accept-inheritance-body = Je kunt een erfenis aannemen, weigeren of beneficiair aanvaarden. Beneficiair betekent: je betaalt schulden alleen met wat je erft. Weet je niet of er schulden zijn? Kies dan beneficiair. Dat doe je met een verklaring bij de rechtbank, of via een notaris.

task-death-of-relative-certificate-of-inheritance-title = Vraag een verklaring van erfrecht
task-death-of-relative-certificate-of-inheritance-body = Een verklaring van erfrecht zegt wie de erfgenamen zijn. De bank vraagt er vaak om voordat je iets met de rekeningen mag doen. Een notaris maakt de verklaring.

task-death-of-relative-orphans-benefit-title = Vraag een wezenuitkering aan
task-death-of-relative-orphans-benefit-body = Zijn beide ouders van een kind overleden? Dan kan het kind een wezenuitkering van de SVB krijgen, tot 21 jaar. Vanaf 16 jaar moet het kind wel naar school gaan of studeren. Voor een kind onder 18 vraagt de verzorger de uitkering aan.
