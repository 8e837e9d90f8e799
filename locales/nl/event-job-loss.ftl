# Wegwijs: je baan kwijtraken (taalniveau B1, lezer is "je").

event-job-loss-title = Je baan kwijtraken
event-job-loss-summary = Je bent je baan kwijt of je raakt hem binnenkort kwijt. Dit regel je bij UWV en bij Dienst Toeslagen.
event-job-loss-date = Je eerste dag zonder werk

task-job-loss-apply-ww-title = Vraag een WW-uitkering aan bij UWV
task-job-loss-apply-ww-body = Vraag de WW online aan bij UWV, met je DigiD. Zonder DigiD meld je je bij een UWV-kantoor en doe je de aanvraag per post. Houd je burgerservicenummer (BSN), de gegevens van je laatste werkgever en je loonstrook bij de hand. Je kunt de WW al aanvragen vanaf 4 weken voordat je werkloos bent.

task-job-loss-ww-decision-title = Lees het besluit van UWV over je WW
task-job-loss-ww-decision-body = UWV laat je weten of je een WW-uitkering krijgt. Heb je de WW pas na je eerste dag zonder werk aangevraagd, dan kan het besluit later komen. Je volgt je aanvraag in Mijn UWV. Ben je het niet eens met het besluit, dan staat in de brief hoe je bezwaar maakt.

task-job-loss-report-income-title = Geef je nieuwe inkomen door aan Dienst Toeslagen
task-job-loss-report-income-body = Krijg je zorgtoeslag, huurtoeslag of kindgebonden budget? Geef dan je nieuwe jaarinkomen door in Mijn toeslagen. Tel je loon en je WW-uitkering van dit jaar bij elkaar op. Zo krijg je niet te veel of te weinig toeslag.

task-job-loss-apply-allowances-title = Kijk of je nu toeslag kunt krijgen
task-job-loss-apply-allowances-body = Met minder inkomen heb je misschien recht op zorgtoeslag, huurtoeslag of kindgebonden budget. Maak eerst een proefberekening op de website van de Belastingdienst. Vraag de toeslag daarna aan in Mijn toeslagen. Hoe eerder je aanvraagt, hoe eerder je het geld krijgt.

task-job-loss-social-assistance-title = Vraag bijstand aan als je geen WW krijgt
task-job-loss-social-assistance-body = Krijg je geen WW, of is het te weinig om van te leven? Dan kun je bijstand vragen bij de gemeente. Meld je op werk.nl op de eerste dag dat je het nodig hebt. Eerder krijg je het niet. Ben je jonger dan 27? Dan zoek je eerst 4 weken naar werk of een opleiding.
