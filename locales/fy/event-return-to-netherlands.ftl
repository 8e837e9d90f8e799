# Wegwijs: weromkomme nei Nederlân (taalnivo B1, de lêzer is "do").

event-return-to-netherlands-title = Weromkomme nei Nederlân
event-return-to-netherlands-summary = Do komst nei in skoft yn it bûtenlân wer yn Nederlân wenjen. Dit regelest by de gemeente, in soarchfersekerder, Dienst Toeslagen en de Belastingdienst.
event-return-to-netherlands-date = De dei dat do yn Nederlân oankomst

task-return-to-netherlands-register-gemeente-title = Skriuw dy yn by dyn nije gemeente
task-return-to-netherlands-register-gemeente-body = Wennest de kommende 6 moannen op syn minst 4 moannen yn Nederlân? Dan skriuwst dy persoanlik yn by de gemeente dêr't do wenjen giest. Meitsje in ôfspraak; dyn partner en bern komme ek mei. Nim dyn paspoart of ID-kaart mei, in bewiis fan dyn adres lykas in hierkontrakt, en akten fan wat der yn it bûtenlân feroare is, lykas in houlik of de berte fan in bern.

task-return-to-netherlands-health-insurance-title = Slút in Nederlânske soarchfersekering ôf
task-return-to-netherlands-health-insurance-body = Wennest wer yn Nederlân, dan moatst in Nederlânske soarchfersekering hawwe. In soarchfersekerder moat dy akseptearje foar de basisfersekering. Bist op tiid, dan giet de fersekering yn op de dei dat do ferplichte fersekere bist.

task-return-to-netherlands-healthcare-allowance-title = Freegje soarchtaslach ({ NL("zorgtoeslag") }) oan
task-return-to-netherlands-healthcare-allowance-body = Hast in Nederlânske soarchfersekering en in net te heech ynkommen? Dan kinst soarchtaslach ({ NL("zorgtoeslag") }) krije. Freegje it oan yn Mijn toeslagen, mei DigiD. Hoe earder do oanfreegest, hoe earder do it jild krijst.

task-return-to-netherlands-digid-title = Kontrolearje dyn DigiD
task-return-to-netherlands-digid-body = Hiest yn it bûtenlân al in DigiD, dan kinst dy gewoan brûke bliuwe. Hast gjin DigiD of wurket er net mear, freegje dan in nije oan neidat do ynskreaun bist by de gemeente. Mei DigiD regelest online saken mei de Belastingdienst, de SVB en dyn gemeente.

task-return-to-netherlands-tax-return-title = Doch belestingoanjefte oer it jier fan dyn weromkomst
task-return-to-netherlands-tax-return-body = Oer it jier dat do nei Nederlân komst, dochst in spesjale oanjefte: de M-oanjefte (M-aangifte). Dat kin online yn Mijn Belastingdienst of mei in papieren formulier. Yn de oanjefte follest de tiid foar en nei dyn oankomst apart yn.

task-return-to-netherlands-child-benefit-title = Jou dyn bern troch oan de SVB
task-return-to-netherlands-child-benefit-body = Komst mei dyn bern yn Nederlân wenjen? Jou dyn bern dan sels troch oan de SVB. Oars kinst gjin bernebyslach ({ NL("kinderbijslag") }) oanfreegje. Doch it binnen 4 wiken.
