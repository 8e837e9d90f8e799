# Wegwijs: een kind krijgen (taalniveau B1, lezer is "je").

event-birth-title = Een kind krijgen
event-birth-summary = Je krijgt een baby. Dit regel je bij de gemeente, je zorgverzekeraar, de SVB, Toeslagen en je werkgever.
event-birth-date = Geboortedatum van je kind

task-birth-register-birth-title = Geef de geboorte aan bij de gemeente
task-birth-register-birth-body = Doe aangifte in de gemeente waar je kind is geboren. Valt de laatste dag in het weekend of op een feestdag, dan krijg je meer tijd. Neem je eigen identiteitsbewijs mee en dat van de moeder. Je kind krijgt dan een geboorteakte en een burgerservicenummer (BSN).

task-birth-health-insurance-title = Meld je kind aan bij je zorgverzekeraar
task-birth-health-insurance-body = Meld je kind aan bij jouw zorgverzekeraar of die van je partner. Je hebt daarvoor het BSN van je kind nodig. Doe je het op tijd, dan is je kind verzekerd vanaf de geboorte. Voor kinderen jonger dan 18 jaar betaal je geen premie.

task-birth-child-benefit-title = Vraag kinderbijslag aan bij de SVB
task-birth-child-benefit-body = De gemeente geeft de geboorte door aan de SVB. Ongeveer 2 tot 4 weken later krijg je een brief. Daarna vraag je de kinderbijslag aan op de website van de SVB, met DigiD. Krijg je al kinderbijslag en is je kind in Nederland geboren, dan hoef je niets te doen. Is je kind in het buitenland geboren? Geef de geboorte dan zelf door aan de SVB.
task-birth-child-benefit-abroad-title = Geef de geboorte zelf door aan de SVB
task-birth-child-benefit-abroad-body = Woon je in het buitenland? Dan hoort de SVB niet vanzelf dat je kind geboren is. Geef de geboorte zelf door, met de geboorteakte. Doe je dat niet, dan kun je geen kinderbijslag aanvragen. Of je kinderbijslag krijgt, hangt af van je werk en van het land waar je woont.

task-birth-childcare-allowance-title = Vraag kinderopvangtoeslag aan
task-birth-childcare-allowance-body = Gaat je kind naar een geregistreerde kinderopvang en werken of studeren jij en je partner? Dan kun je kinderopvangtoeslag krijgen. Vraag het aan in Mijn toeslagen, binnen 3 maanden na de maand waarin de opvang begint. Anders loop je geld mis.

task-birth-partner-leave-title = Neem geboorteverlof op
task-birth-partner-leave-body = Is je partner bevallen en werk je in loondienst? Dan krijg je 1 week geboorteverlof: zo veel uur als je per week werkt. Zeg zo snel mogelijk tegen je werkgever wanneer je het opneemt. Je werkgever betaalt je loon door.

task-birth-extra-partner-leave-title = Vraag aanvullend geboorteverlof aan
task-birth-extra-partner-leave-body = Na je week geboorteverlof kun je tot 5 weken extra verlof opnemen. Vraag het minstens 4 weken van tevoren schriftelijk aan bij je werkgever. Je werkgever vraagt de uitkering aan bij UWV. Je krijgt dan 70% van je dagloon.

task-birth-acknowledge-child-title = Erken je kind bij de gemeente
task-birth-acknowledge-child-body = Zijn jullie niet getrouwd en geen geregistreerde partners? Dan moet de partner het kind erkennen. Dat kan al voor de geboorte, en dat is handig. Jullie gaan samen naar de gemeente, met jullie ID. De moeder moet het goedvinden. Sinds 2023 krijgen jullie met de erkenning ook samen het gezag over je kind.

task-birth-choose-surname-title = Kies de achternaam van je kind
task-birth-choose-surname-body = Je kunt samen kiezen welke achternaam je kind krijgt. Doe dat voor de geboorte, of uiterlijk bij de aangifte. Jullie gaan er allebei voor naar de gemeente. Is je eerste kind geboren in 2024 of later? Dan kan het ook een dubbele achternaam krijgen. Wat je kiest, geldt ook voor je volgende kinderen.

task-birth-pregnancy-leave-title = Regel je zwangerschapsverlof en bevallingsverlof
task-birth-pregnancy-leave-body = Je krijgt minstens 16 weken verlof. Het begint 6 tot 4 weken voor de uitgerekende datum. UWV betaalt het. Heb je een baan? Vraag het verlof dan uiterlijk 3 weken voor het begin aan bij je werkgever. Je werkgever vraagt het geld aan bij UWV. Ben je zelfstandige? Vraag dan zelf een ZEZ-uitkering aan bij UWV, uiterlijk 2 weken voor je verlof.

task-birth-paid-parental-leave-title = Neem betaald ouderschapsverlof op
task-birth-paid-parental-leave-body = Werk je in loondienst? Dan kun je in het eerste jaar na de geboorte 9 weken betaald ouderschapsverlof nemen. Je krijgt dan 70% van je loon van UWV. Spreek met je werkgever af wanneer je het opneemt. Je werkgever vraagt het geld aan bij UWV.
