# Wegwijs: schulden (taalniveau B1, lezer is "je").

event-debts-title = Schulden
event-debts-summary = Je hebt schulden die je niet zelf kunt oplossen. Je gemeente kan je helpen. Dit regel je bij de gemeente, Dienst Toeslagen en de Belastingdienst.
event-debts-date = De dag dat je je meldt voor schuldhulp

task-debts-ask-debt-help-title = Vraag schuldhulp aan bij je gemeente
task-debts-ask-debt-help-body = Meld je bij de gemeente waar je woont: meestal kan dat online, telefonisch of aan de balie. Verzamel alvast je brieven van schuldeisers, je loonstrook of uitkeringsbrief en je huurcontract. Wil je dat iemand anders de aanvraag voor je doet, dan kun je die persoon schriftelijk machtigen.

task-debts-first-meeting-title = Voer het eerste gesprek met de gemeente
task-debts-first-meeting-body = Na je aanmelding moet de gemeente binnen 4 weken een eerste gesprek met je voeren. Dreigt je huis ontruimd te worden of je gas, water of stroom afgesloten? Zeg dat meteen, dan krijg je meestal binnen 3 dagen hulp. In het gesprek kijk je samen wat nodig is om je schulden op te lossen.

task-debts-apply-allowances-title = Kijk of je recht hebt op toeslag
task-debts-apply-allowances-body = Misschien heb je recht op zorgtoeslag, huurtoeslag of kindgebonden budget en krijg je die nog niet. Maak een proefberekening op de website van de Belastingdienst. Vraag de toeslag aan in Mijn toeslagen. Hoe eerder je aanvraagt, hoe eerder je het geld krijgt.

task-debts-tax-payment-arrangement-title = Vraag uitstel of een betalingsregeling voor je belasting
task-debts-tax-payment-arrangement-body = Kun je een belastingaanslag niet op tijd betalen? Bel dan meteen de BelastingTelefoon of stuur een brief. Misschien krijg je 4 maanden uitstel of een betalingsregeling van maximaal 12 maanden. Doe het voor de uiterste betaaldatum op de aanslag, dan voorkom je extra kosten.

task-debts-tax-remission-title = Vraag kwijtschelding van gemeentelijke belastingen
task-debts-tax-remission-body = Heb je een laag inkomen en geen spaargeld of andere bezittingen? Dan hoef je de gemeentelijke belastingen misschien niet of maar voor een deel te betalen. Vraag kwijtschelding aan bij je gemeente, met het formulier en de bewijsstukken. Doe dit snel nadat je de aanslag hebt gekregen.
