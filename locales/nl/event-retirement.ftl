# Wegwijs: met pensioen gaan (taalniveau B1, lezer is "je").

event-retirement-title = Met pensioen gaan
event-retirement-summary = Je bereikt de AOW-leeftijd. Dit regel je bij de SVB en bij Dienst Toeslagen.
event-retirement-date = De dag dat je de AOW-leeftijd bereikt

task-retirement-apply-aow-title = Vraag je AOW aan bij de SVB
task-retirement-apply-aow-body = Ongeveer 4 tot 5 maanden voor je AOW-leeftijd krijg je een brief van de SVB. Je vraagt de AOW aan in Mijn SVB met DigiD, of met een papieren formulier. Heb je 3 maanden voor je AOW-leeftijd nog geen brief, neem dan zelf contact op met de SVB. Vraag je te laat aan, dan betaalt de SVB meestal maar 1 jaar terug.

task-retirement-apply-aow-abroad-title = Vraag je AOW zelf aan vanuit het buitenland
task-retirement-apply-aow-abroad-body = Woon je buiten Nederland, dan moet je zelf op tijd aan je AOW denken. In een EU-land of een verdragsland vraag je de AOW meestal aan bij de pensioeninstantie van je woonland. Woon je in een ander land, neem dan contact op met de SVB.

task-retirement-digid-via-svb-title = Vraag DigiD aan via de SVB
task-retirement-digid-via-svb-body = Met DigiD regel je je AOW online in Mijn SVB. Woon je buiten Nederland en krijg je binnenkort AOW? Dan vraag je DigiD aan via de SVB. De brief met je activeringscode komt naar je adres in het buitenland, dus je hoeft niet naar een balie.

task-retirement-proof-of-life-title = Stuur een levensbewijs naar de SVB
task-retirement-proof-of-life-body = Woon je buiten Nederland? Dan vraagt de SVB je meestal 1 keer per jaar om een levensbewijs. In sommige landen is dat minder vaak. Je krijgt dan een brief met een QR-code. Geef het levensbewijs door met de app, of laat het formulier ondertekenen en stuur het terug. Krijg je geen brief, dan hoef je niets te doen.

task-retirement-report-income-title = Geef je nieuwe inkomen door aan Dienst Toeslagen
task-retirement-report-income-body = Krijg je zorgtoeslag of huurtoeslag? Met AOW en pensioen verandert je inkomen. Geef je nieuwe jaarinkomen door in Mijn toeslagen. Zo krijg je niet te veel of te weinig toeslag.
