# Wegwijs: emigreren (taalniveau B1, lezer is "je").

event-emigration-title = Naar het buitenland verhuizen
event-emigration-summary = Je gaat in het buitenland wonen. Veel moet je regelen voordat je vertrekt, want vanuit het buitenland is het lastiger.
event-emigration-date = De dag dat je vertrekt

task-emigration-report-departure-title = Geef je vertrek door aan de gemeente
task-emigration-report-departure-body = Ga je in 1 jaar 8 maanden of langer in het buitenland wonen? Dan geef je je vertrek door aan je gemeente. Verhuist iedereen op je adres mee? Dan kan dat online met DigiD. Anders maak je een afspraak en ga je naar de balie. Je wordt uitgeschreven op de dag dat je het doorgeeft. Heb je een bewijs van uitschrijving nodig, ga dan naar de balie: de gemeente geeft het alleen op de dag van uitschrijving.

task-emigration-digid-title = Regel je DigiD voordat je vertrekt
task-emigration-digid-body = Met DigiD regel je ook vanuit het buitenland zaken met de Nederlandse overheid. Heb je nog geen DigiD, vraag hem dan aan voordat je je uitschrijft, want vanuit het buitenland is het lastiger. Installeer ook de DigiD app. Krijg je een ander telefoonnummer, geef dat dan door voordat je je oude nummer opzegt.

task-emigration-health-insurance-title = Vraag je zorgverzekeraar wat er met je verzekering gebeurt
task-emigration-health-insurance-body = Woon je in het buitenland, dan stopt je Nederlandse zorgverzekering meestal. Geef je vertrek het liefst 2 maanden van tevoren door aan je zorgverzekeraar. Krijg je nog een pensioen of uitkering uit Nederland? Lees dan ook de taak over het CAK. Regel anders zelf een zorgverzekering in je nieuwe land.
task-emigration-cak-s1-title = Meld je aan bij het CAK voor je zorg in het buitenland
task-emigration-cak-s1-body = Krijg je AOW, een ander wettelijk pensioen of een uitkering uit Nederland? En ga je wonen in een land van de EU of de EER, in Zwitserland of in een ander verdragsland? Dan moet je je verzekeren via het CAK. Je kunt dan niet zelf een verzekering kiezen. Vraag bij het CAK een S1-formulier aan. Daarmee schrijf je je in bij een zorgverzekeraar in je nieuwe land. Je betaalt een bijdrage aan het CAK.

task-emigration-stop-allowances-title = Stop je zorgtoeslag
task-emigration-stop-allowances-body = Zonder Nederlandse zorgverzekering heb je geen recht meer op zorgtoeslag. Zet je zorgtoeslag stop in Mijn toeslagen, anders moet je later geld terugbetalen. Krijg je andere toeslagen, kijk dan in Mijn toeslagen of je daar nog recht op hebt.

task-emigration-register-to-vote-title = Registreer je om te stemmen vanuit het buitenland
task-emigration-register-to-vote-body = Wil je vanuit het buitenland blijven stemmen? Registreer je dan 1 keer bij de gemeente Den Haag als kiezer buiten Nederland. Vul het formulier in, onderteken het en stuur het op met een kopie van je paspoort of ID-kaart. Je kunt je registreren vanaf 17 jaar; stemmen kan vanaf 18 jaar.

task-emigration-passport-abroad-title = Verleng je paspoort in het buitenland
task-emigration-passport-abroad-body = Kijk voor je vertrek wanneer je paspoort of ID-kaart verloopt. In het buitenland vraag je een nieuwe aan bij de meeste Nederlandse ambassades en consulaten, altijd met een afspraak. Het kan ook op Schiphol of bij een aantal gemeenten in Nederland. Haal je nieuwe document binnen 3 maanden op.

task-emigration-voluntary-aow-title = Kies of je je vrijwillig verzekert voor de AOW
task-emigration-voluntary-aow-body = Woon je in het buitenland, dan bouw je meestal geen AOW meer op. Je AOW wordt later dan lager. Bij de SVB kun je je vrijwillig verzekeren voor de AOW, maar dat kost premie. Dat kan vanaf 2 maanden voor je vertrek. Na 1 jaar in het buitenland kan het niet meer.

task-emigration-tax-return-title = Doe belastingaangifte over het jaar van je vertrek
task-emigration-tax-return-body = Over het jaar waarin je emigreert, doe je een speciale aangifte: de M-aangifte. Dat kan online in Mijn Belastingdienst of met een papieren formulier. In de aangifte vul je de tijd voor en na je vertrek apart in.
