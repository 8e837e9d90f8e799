# Wegwijs: zorg en ondersteuning nodig (taalniveau B1, lezer is "je").

event-care-need-title = Hulp of zorg nodig thuis
event-care-need-summary = Je kunt thuis niet meer alles zelf, bijvoorbeeld door ouderdom, ziekte of een beperking. De gemeente kan helpen via de Wmo. Dit regel je bij de gemeente en het CAK.
event-care-need-date = De dag dat je je hulpvraag meldt bij de gemeente

task-care-need-report-need-title = Meld bij de gemeente dat je hulp nodig hebt
task-care-need-report-need-body = Vertel het Wmo-loket of het wijkteam van je gemeente wat je niet meer zelf kunt. Bijvoorbeeld: ik kan niet meer zelf koken of schoonmaken. Dat kan meestal telefonisch, online, per brief of aan de balie. Een familielid of mantelzorger mag je daarbij helpen.

task-care-need-personal-plan-title = Schrijf als je wilt een persoonlijk plan
task-care-need-personal-plan-body = In een persoonlijk plan schrijf je wat je nodig hebt en waarom. Je geeft het aan de gemeente voordat het onderzoek begint. Het plan is niet verplicht. Geef je geen plan, dan heeft dat geen gevolgen voor je aanvraag.

task-care-need-client-support-title = Vraag gratis hulp van een cliëntondersteuner
task-care-need-client-support-body = Een cliëntondersteuner helpt je gratis en staat aan jouw kant. Die denkt met je mee, helpt met formulieren en gaat mee naar het gesprek met de gemeente. Ook je mantelzorger kan deze hulp krijgen. Vraag je gemeente of het wijkteam waar je een cliëntondersteuner vindt.

task-care-need-investigation-title = Praat met de gemeente over je situatie
task-care-need-investigation-body = De gemeente onderzoekt wat je nodig hebt, meestal in een gesprek bij je thuis. Nodig iemand uit die met je meedenkt, zoals een familielid of je mantelzorger. De gemeente kijkt wat je zelf kunt en wat mensen om je heen kunnen doen. Ook kijkt ze welke hulp de gemeente kan geven. Daarna krijg je het verslag op papier.

task-care-need-apply-title = Vraag de hulp aan bij de gemeente
task-care-need-apply-body = Na het onderzoek vraag je de hulp aan, vaak door het verslag te ondertekenen en terug te sturen. Ben je het niet eens met wat de gemeente voorstelt? Dan mag je toch een aanvraag doen. De gemeente beslist binnen 2 weken na je aanvraag en stuurt je een brief met het besluit.

task-care-need-own-contribution-title = Betaal je eigen bijdrage aan het CAK
task-care-need-own-contribution-body = Krijg je hulp of een voorziening van de gemeente, zoals hulp in het huishouden of een traplift? Dan betaal je meestal een eigen bijdrage. Het CAK stelt die vast en stuurt je de rekening. Je betaalt hoogstens een vast bedrag per maand per huishouden, hoeveel hulp je ook krijgt.

task-care-need-wlz-title = Vraag zorg uit de Wlz aan bij het CIZ
task-care-need-wlz-body = Heb je altijd zorg dicht in de buurt nodig, dag en nacht? Dan krijg je die zorg niet van de gemeente, maar uit de Wet langdurige zorg (Wlz). Vraag het aan bij het CIZ. Dat kan online, of je zorgverlener doet het voor je. Stuur de diagnose van je arts mee. Het CIZ beslist, daarna regelt het zorgkantoor je zorg.
