# Wegwijs: 18 worden (taalniveau B1, lezer is "je").

event-turning-18-title = 18 worden
event-turning-18-summary = Als je 18 wordt, ben je volwassen voor de wet. Je regelt dan meer zelf: je zorgverzekering, je toeslagen en je zaken met de overheid.
event-turning-18-date = Datum van je 18e verjaardag

task-turning-18-digid-title = Vraag een DigiD aan
task-turning-18-digid-body = Met DigiD regel je online je zaken met de overheid, zoals toeslagen en studiefinanciering. Vraag het aan op digid.nl met je BSN en je adres. Je krijgt een activeringscode per post. In de Berichtenbox van MijnOverheid krijg je daarna post van de overheid.

task-turning-18-health-insurance-title = Betaal zelf je zorgverzekering
task-turning-18-health-insurance-body = Vanaf de maand na je 18e verjaardag betaal je zelf premie voor je zorgverzekering. Je hebt dan ook een eigen risico. Je kunt op de polis van je ouders blijven of zelf een verzekering kiezen. Regel dit op tijd met je zorgverzekeraar.

task-turning-18-healthcare-allowance-title = Vraag zorgtoeslag aan
task-turning-18-healthcare-allowance-body = Zorgtoeslag is geld van de overheid voor je zorgverzekering. Het hangt af van je eigen inkomen, niet van dat van je ouders. Vraag het aan in Mijn toeslagen, met DigiD. Je kunt het ook later in het jaar nog aanvragen, met terugwerkende kracht.

task-turning-18-child-benefit-ends-title = De kinderbijslag stopt
task-turning-18-child-benefit-ends-body = Je ouders krijgen kinderbijslag tot het einde van het kwartaal waarin je 18 wordt. Word je 18 op de eerste dag van een kwartaal (1 januari, 1 april, 1 juli of 1 oktober)? Dan stopt het aan het einde van het kwartaal ervoor. Ze hoeven daarvoor niets te doen. De SVB stuurt hen een brief. Zit je nog op school, dan kun je misschien een tegemoetkoming van DUO krijgen.

task-turning-18-student-finance-title = Vraag studiefinanciering aan bij DUO
task-turning-18-student-finance-body = Ga je naar het mbo, hbo of de universiteit? Dan kun je studiefinanciering krijgen. Vraag het aan in Mijn DUO, met DigiD. Doe dit ongeveer 3 maanden voordat je opleiding begint.

task-turning-18-voting-title = Je mag stemmen
task-turning-18-voting-body = Vanaf 18 jaar mag je stemmen bij verkiezingen. Voor elke verkiezing krijg je een stempas van de gemeente. Neem die mee naar het stembureau, samen met je identiteitsbewijs.

task-turning-18-donor-register-title = Leg je keuze vast in het Donorregister
task-turning-18-donor-register-body = Na je 18e verjaardag krijg je een brief van het Donorregister. Kies of je na je dood organen en weefsels wilt geven. Vul je niets in, dan komt bij je naam te staan: geen bezwaar tegen orgaandonatie. Je kunt je keuze altijd veranderen.

task-turning-18-legal-representation-title = Regel curatele, bewind of mentorschap
task-turning-18-legal-representation-body = Kun je moeilijk zelf beslissen over geld of zorg, bijvoorbeeld door een beperking? Dan kunnen je ouders de kantonrechter vragen om curatele, bewind of mentorschap. Het gezag van je ouders stopt namelijk op je 18e verjaardag. Het advies is om het formulier uiterlijk 3 maanden van tevoren naar de rechtbank te sturen.

task-turning-18-mandate-title = Geef je ouders een machtiging, als je hun hulp wilt
task-turning-18-mandate-body = Vanaf je 18e verjaardag mogen je ouders niet meer zomaar dingen voor je regelen. Wil je toch hulp, bijvoorbeeld bij je belastingaangifte of je toeslagen? Geef je vader of moeder dan een machtiging met DigiD Machtigen, op machtigen.digid.nl. Jij kiest wat ze mogen doen en hoe lang. Zij loggen in met hun eigen DigiD. Geef nooit iemand je eigen DigiD. Je kunt de machtiging altijd stoppen.

task-turning-18-child-budget-ends-title = Het kindgebonden budget verandert
task-turning-18-child-budget-ends-body = Krijgen je ouders kindgebonden budget? Dan tel je vanaf de maand na je 18e verjaardag niet meer mee. Ben je het jongste kind, dan stopt het. Je ouders hoeven daarvoor niets te doen.
