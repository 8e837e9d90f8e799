# Wegwijs: terugkeren naar Nederland (taalniveau B1, lezer is "je").

event-return-to-netherlands-title = Terugkeren naar Nederland
event-return-to-netherlands-summary = Je komt na een tijd in het buitenland weer in Nederland wonen. Dit regel je bij de gemeente, een zorgverzekeraar, Dienst Toeslagen en de Belastingdienst.
event-return-to-netherlands-date = De dag dat je in Nederland aankomt

task-return-to-netherlands-register-gemeente-title = Schrijf je in bij je nieuwe gemeente
task-return-to-netherlands-register-gemeente-body = Woon je de komende 6 maanden minstens 4 maanden in Nederland? Dan schrijf je je persoonlijk in bij de gemeente waar je gaat wonen. Maak een afspraak; je partner en kinderen komen ook mee. Neem je paspoort of ID-kaart mee en een bewijs van je adres, zoals een huurcontract. Is er in het buitenland iets veranderd, zoals een huwelijk of de geboorte van een kind? Neem daar dan de akte van mee.

task-return-to-netherlands-health-insurance-title = Sluit een Nederlandse zorgverzekering af
task-return-to-netherlands-health-insurance-body = Woon je weer in Nederland, dan moet je een Nederlandse zorgverzekering hebben. Een zorgverzekeraar moet je accepteren voor de basisverzekering. Ben je op tijd, dan gaat de verzekering in op de dag dat je verplicht verzekerd bent.

task-return-to-netherlands-healthcare-allowance-title = Vraag zorgtoeslag aan
task-return-to-netherlands-healthcare-allowance-body = Heb je een Nederlandse zorgverzekering en een niet te hoog inkomen? Dan kun je zorgtoeslag krijgen. Vraag het aan in Mijn toeslagen, met DigiD. Hoe eerder je aanvraagt, hoe eerder je het geld krijgt.

task-return-to-netherlands-digid-title = Controleer je DigiD
task-return-to-netherlands-digid-body = Had je in het buitenland al een DigiD, dan kun je die gewoon blijven gebruiken. Heb je geen DigiD of werkt hij niet meer? Vraag dan een nieuwe aan als je bent ingeschreven bij de gemeente. Met DigiD regel je online zaken met de Belastingdienst, de SVB en je gemeente.

task-return-to-netherlands-tax-return-title = Doe belastingaangifte over het jaar van je terugkeer
task-return-to-netherlands-tax-return-body = Over het jaar waarin je naar Nederland komt, doe je een speciale aangifte: de M-aangifte. Dat kan online in Mijn Belastingdienst of met een papieren formulier. In de aangifte vul je de tijd voor en na je aankomst apart in.

task-return-to-netherlands-child-benefit-title = Geef je kinderen door aan de SVB
task-return-to-netherlands-child-benefit-body = Kom je met je kinderen in Nederland wonen? Geef je kinderen dan zelf door aan de SVB. Anders kun je geen kinderbijslag aanvragen. Doe het binnen 4 weken.
