# Wegwijs: een jaar in het buitenland (taalniveau B1, lezer is "je").

event-living-abroad-title = Wonen in het buitenland, elk jaar
event-living-abroad-summary = Je woont buiten Nederland. Dit komt elk jaar terug, of als het zover is.
event-living-abroad-date = Het begin van het jaar (bijvoorbeeld 1 januari)

task-living-abroad-proof-of-life-title = Stuur een levensbewijs naar de SVB
task-living-abroad-proof-of-life-body = Krijg je AOW of een andere uitkering van de SVB? Dan vraagt de SVB je meestal 1 keer per jaar om een levensbewijs. Je krijgt daarvoor een brief. Geef het levensbewijs door met de app, of laat het formulier ondertekenen en stuur het terug. Doe het op tijd, anders stopt de betaling.

task-living-abroad-passport-title = Verleng je paspoort of ID-kaart op tijd
task-living-abroad-passport-body = In het buitenland duurt een nieuw paspoort langer dan in Nederland. Kijk daarom op tijd wanneer het jouwe verloopt. Je vraagt het aan bij een ambassade of consulaat, in een van de grensgemeenten of op Schiphol. Je moet er zelf voor langskomen. Haal het binnen 3 maanden op. De grensgemeenten zijn: Aalten, Bergeijk, Bergen op Zoom, Breda, Den Haag, Echt-Susteren, Enschede, Heerlen, Maastricht, Montferland, Nijmegen, Oldambt, Sluis en Venlo.

task-living-abroad-voting-title = Blijf stemmen vanuit het buitenland
task-living-abroad-voting-body = Heb je de Nederlandse nationaliteit? Dan kun je vanuit het buitenland stemmen. Registreer je daarvoor 1 keer bij de gemeente Den Haag. Kies daarbij voor welke verkiezingen: de Tweede Kamer, het Europees Parlement en het kiescollege voor de Eerste Kamer. Voor elke soort verkiezing registreer je apart. Je krijgt daarna bij elke verkiezing vanzelf bericht. Ben je verhuisd? Geef je nieuwe adres dan door aan Den Haag.

task-living-abroad-digid-title = Zorg dat je DigiD werkt
task-living-abroad-digid-body = Met DigiD regel je veel zaken met de Nederlandse overheid online. Heb je nog geen DigiD, of werkt hij niet meer? Vanuit het buitenland kun je hem ook aanvragen. De code om hem te activeren krijg je per post, of bij een DigiD-balie of in een videogesprek.

task-living-abroad-tax-return-title = Doe aangifte in Nederland als dat moet
task-living-abroad-tax-return-body = Heb je inkomen of bezit in Nederland, zoals een pensioen of een huis? Dan moet je misschien elk jaar aangifte doen bij de Nederlandse Belastingdienst. Krijg je een brief of een aangifteformulier? Dan moet je het doen. De datum staat in de brief. Geen brief? Dan moet het alleen als je meer dan een klein bedrag aan belasting moet betalen. Krijg je geld terug? Dat kan tot 5 jaar na het jaar.

task-living-abroad-cak-title = Geef wijzigingen door aan het CAK
task-living-abroad-cak-body = Krijg je AOW, pensioen of een uitkering uit Nederland? En woon je in een land van de EU of de EER, in Zwitserland of in een verdragsland? Dan loopt je zorg daar meestal via het CAK. Je betaalt er een bijdrage voor. Die gaat meestal van je pensioen af. Verandert er iets, zoals je adres of je inkomen? Geef dat door aan het CAK.
