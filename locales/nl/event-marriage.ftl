# Wegwijs: trouwen of geregistreerd partnerschap (taalniveau B1, lezer is "je").

event-marriage-title = Trouwen of geregistreerd partner worden
event-marriage-summary = Je gaat trouwen of een geregistreerd partnerschap aangaan. Meld dit op tijd bij de gemeente. Denk ook aan je naam en je toeslagen.
event-marriage-date = Trouwdatum

task-marriage-give-notice-title = Meld je huwelijk of partnerschap bij de gemeente
task-marriage-give-notice-body = Doe samen de melding voorgenomen huwelijk of partnerschap bij de gemeente waar je gaat trouwen. Geef ook de namen van 2 tot 4 getuigen door. Ben je in het buitenland geboren of heb je daar gewoond? Neem dan een paar maanden eerder contact op met de gemeente.

task-marriage-name-use-title = Kies welke achternaam je gebruikt
task-marriage-name-use-body = Na het trouwen mag je de achternaam van je partner gebruiken. Dat kan voor of na je eigen naam, of in plaats van je eigen naam. Je officiële achternaam verandert niet. Geef je keuze door aan de gemeente waar je woont. Je bank en verzekeraars licht je zelf in.

task-marriage-allowances-title = Controleer je toeslagen
task-marriage-allowances-body = Na het trouwen ben je elkaars toeslagpartner. Dat geldt vanaf de eerste dag van de maand na de bruiloft. Jullie inkomens tellen dan samen voor je toeslagen. Pas je gegevens aan in Mijn toeslagen, zodat je later niet hoeft terug te betalen.

task-marriage-prenuptial-agreement-title = Kies of je huwelijkse voorwaarden wilt
task-marriage-prenuptial-agreement-body = Trouw je zonder afspraken, dan wordt wat jullie tijdens het huwelijk krijgen van jullie samen. Wat je al had, en wat je erft of krijgt, blijft van jezelf. Willen jullie iets anders? Maak dan voor het trouwen huwelijkse voorwaarden bij een notaris.
