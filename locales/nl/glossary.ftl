# Woordenlijst: officiële Nederlandse woorden uit brieven van de overheid.
# In het Nederlands is `glossary-X` het woord zelf. In een andere taal is het
# de vertaling; de app zet het Nederlandse woord (uit dit bestand) ernaast.

glossary-title = Woordenlijst
glossary-intro = Brieven van de overheid gebruiken deze Nederlandse woorden. Hier lees je wat ze betekenen.
glossary-dutch-term = In het Nederlands: { $term }

glossary-bsn = burgerservicenummer (BSN)
glossary-bsn-explanation = Je persoonlijke nummer bij de overheid. Het staat op je paspoort of identiteitskaart. Geef het alleen aan organisaties die erom mogen vragen.
glossary-digid = DigiD
glossary-digid-explanation = Je inlog voor websites van de overheid, zoals Mijn toeslagen en de Belastingdienst.
glossary-machtiging = machtiging
glossary-machtiging-explanation = Toestemming aan iemand anders om zaken voor jou te regelen, bijvoorbeeld je belastingaangifte.
glossary-beschikking = beschikking
glossary-beschikking-explanation = Een brief met een besluit over jou, bijvoorbeeld of je toeslag krijgt en hoeveel.
glossary-bezwaar = bezwaar
glossary-bezwaar-explanation = Ben je het niet eens met een besluit? Dan kun je bezwaar maken. Doe dat meestal binnen 6 weken na de datum van de brief.
glossary-ingebrekestelling = ingebrekestelling
glossary-ingebrekestelling-explanation = Een brief waarin je zegt dat een organisatie te laat is met een besluit. Daarna moet de organisatie binnen 2 weken beslissen, anders kan zij je geld moeten betalen.
glossary-zorgtoeslag = zorgtoeslag
glossary-zorgtoeslag-explanation = Geld van de overheid voor je zorgverzekering, als je inkomen niet te hoog is.
glossary-huurtoeslag = huurtoeslag
glossary-huurtoeslag-explanation = Geld van de overheid voor je huur, als je inkomen niet te hoog is.
glossary-kinderbijslag = kinderbijslag
glossary-kinderbijslag-explanation = Geld van de SVB voor de kosten van je kinderen tot 18 jaar. Het hangt niet af van je inkomen.
glossary-kindgebonden-budget = kindgebonden budget
glossary-kindgebonden-budget-explanation = Extra geld voor ouders met kinderen tot 18 jaar en een niet te hoog inkomen.
glossary-kinderopvangtoeslag = kinderopvangtoeslag
glossary-kinderopvangtoeslag-explanation = Geld van de overheid voor de kosten van kinderopvang, als je werkt of studeert.
glossary-toeslagpartner = toeslagpartner
glossary-toeslagpartner-explanation = De persoon met wie je samen een toeslag krijgt. Zijn of haar inkomen telt mee.
glossary-aow = AOW
glossary-aow-explanation = Het pensioen van de overheid. Je krijgt het vanaf je AOW-leeftijd, van de SVB.
glossary-ww = WW
glossary-ww-explanation = Een uitkering van UWV als je je baan verliest en je aan de regels voldoet.
glossary-bijstand = bijstand
glossary-bijstand-explanation = Geld van de gemeente als je niet genoeg geld hebt om van te leven en geen andere uitkering kunt krijgen.
glossary-wmo = Wmo
glossary-wmo-explanation = Hulp van de gemeente om thuis te blijven wonen, zoals huishoudelijke hulp of een aanpassing in huis.
glossary-wlz = Wlz
glossary-wlz-explanation = Zorg voor mensen die altijd zorg of toezicht dichtbij nodig hebben, bijvoorbeeld in een verpleeghuis. Het CIZ beslist of je het krijgt.
glossary-brp = BRP
glossary-brp-explanation = De lijst van de gemeente met de gegevens van iedereen die er woont: je naam, adres en geboortedatum.
glossary-geboorteakte = geboorteakte
glossary-geboorteakte-explanation = Het officiële bewijs van je geboorte. De gemeente maakt het als de geboorte wordt aangegeven.
glossary-levensbewijs = levensbewijs
glossary-levensbewijs-explanation = Een formulier waarmee je laat zien dat je nog leeft. De SVB vraagt het als je in het buitenland woont en AOW of een andere uitkering krijgt.
glossary-erfbelasting = erfbelasting
glossary-erfbelasting-explanation = Belasting over wat je erft. De Belastingdienst stuurt een aangifte als je die moet doen.
glossary-verklaring-van-erfrecht = verklaring van erfrecht
glossary-verklaring-van-erfrecht-explanation = Een papier van de notaris dat zegt wie de erfgenamen zijn. Banken vragen er vaak om.
glossary-curator = curator
glossary-curator-explanation = Iemand die de rechter aanwijst om alle zaken te regelen voor een persoon die dat zelf niet kan.
glossary-bewindvoerder = bewindvoerder
glossary-bewindvoerder-explanation = Iemand die de rechter aanwijst om het geld en de spullen van een ander te beheren.
glossary-mentor = mentor
glossary-mentor-explanation = Iemand die de rechter aanwijst om te beslissen over de zorg van een ander.
