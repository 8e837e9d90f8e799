# Wegwijs: scheiden (taalniveau B1, lezer is "je").

event-divorce-title = Scheiden
event-divorce-summary = De rechter heeft jullie scheiding uitgesproken. Dit moet je nog regelen, zodat de scheiding officieel wordt en je geld klopt.
event-divorce-date = Datum waarop de uitspraak van de rechter definitief werd

task-divorce-register-divorce-title = Laat de scheiding inschrijven bij de gemeente
task-divorce-register-divorce-body = De uitspraak van de rechter moet worden ingeschreven bij de gemeente waar je bent getrouwd. Pas dan ben je officieel gescheiden. Meestal regelt je advocaat dit. Gebeurt het niet op tijd, dan vervalt de uitspraak en moet de procedure opnieuw.

task-divorce-allowances-title = Geef de scheiding door aan Toeslagen
task-divorce-allowances-body = Geef in Mijn toeslagen door dat jullie uit elkaar gaan, met de datum van het verzoek tot echtscheiding. Geef een verhuizing ook door aan de gemeente: pas daarna tellen jullie inkomens niet meer samen. Stond een toeslag op naam van je ex, vraag hem dan zelf aan.

task-divorce-child-benefit-title = Regel de kinderbijslag en het kindgebonden budget
task-divorce-child-benefit-body = De ouder bij wie het kind woont, krijgt de kinderbijslag. Zijn jullie co-ouders, dan kunnen jullie de kinderbijslag delen. Geef wijzigingen in de zorg voor je kinderen op tijd door aan de SVB. Controleer ook je kindgebonden budget in Mijn toeslagen.

task-divorce-name-use-title = Kies welke achternaam je gebruikt
task-divorce-name-use-body = Na de scheiding mag je de achternaam van je ex blijven gebruiken, tot je opnieuw trouwt. Wil je weer alleen je eigen naam? Geef dat dan zelf door aan de gemeente waar je woont. Dat gaat niet vanzelf.

task-divorce-pension-division-title = Geef de scheiding door aan het pensioenfonds
task-divorce-pension-division-body = Na een scheiding heeft je ex recht op de helft van het pensioen dat je tijdens het huwelijk hebt opgebouwd. Geef de scheiding binnen 2 jaar door aan het pensioenfonds, met het formulier van de overheid. Dan betaalt het fonds dat deel zelf aan je ex. Te laat? Dan moeten jullie het samen regelen.
