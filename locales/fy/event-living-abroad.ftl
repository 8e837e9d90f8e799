# Wegwijs: in jier yn it bûtenlân (taalnivo B1, de lêzer is "do").

event-living-abroad-title = Wenje yn it bûtenlân, elk jier
event-living-abroad-summary = Do wennest bûten Nederlân. Dit komt elk jier werom, of as it safier is.
event-living-abroad-date = It begjin fan it jier (bygelyks 1 jannewaris)

task-living-abroad-proof-of-life-title = Stjoer in libbensbewiis ({ NL("levensbewijs") }) nei de SVB
task-living-abroad-proof-of-life-body = Krijst âlderdomspensjoen (AOW) of in oare útkearing fan de SVB? Dan freget de SVB dy meastal 1 kear yn it jier om in libbensbewiis ({ NL("levensbewijs") }). Do krijst dêrfoar in brief. Jou it libbensbewiis troch mei de app, of lit it formulier ûndertekenje en stjoer it werom. Doch it op tiid, oars hâldt de betelling op.

task-living-abroad-passport-title = Ferlingje dyn paspoart of ID-kaart op tiid
task-living-abroad-passport-body = Yn it bûtenlân duorret in nij paspoart langer as yn Nederlân. Sjoch dêrom op tiid wannear't dyn paspoart ferrint. Do freegest it oan by in ambassade of konsulaat, yn ien fan de grinsgemeenten of op Schiphol. Do moatst der sels hinne. Helje it binnen 3 moannen op. De grinsgemeenten binne: Aalten, Bergeijk, Bergen op Zoom, Breda, Den Haag, Echt-Susteren, Enschede, Heerlen, Maastricht, Montferland, Nijmegen, Oldambt, Sluis en Venlo.

task-living-abroad-voting-title = Bliuw út it bûtenlân stimme
task-living-abroad-voting-body = Hast de Nederlânske nasjonaliteit? Dan kinst út it bûtenlân stimme. Registrearje dy dêrfoar 1 kear by de gemeente Den Haag. Kies dêrby foar hokker ferkiezings: de Twadde Keamer, it Europeesk Parlemint en it kieskolleezje foar de Earste Keamer ({ NL("kiescollege") }). Foar elke soarte ferkiezing registrearrest dy apart. Dêrnei krijst by elke ferkiezing automatysk berjocht. Bist ferhuze? Jou dyn nije adres dan troch oan Den Haag.

task-living-abroad-digid-title = Soargje dat dyn DigiD wurket
task-living-abroad-digid-body = Mei DigiD regelest in protte saken online mei de Nederlânske oerheid. Hast noch gjin DigiD, of wurket er net mear? Do kinst him ek út it bûtenlân oanfreegje. De koade om him te aktivearjen krijst per post, of by in DigiD-baly of yn in fideopetear.

task-living-abroad-tax-return-title = Doch oanjefte yn Nederlân as dat moat
task-living-abroad-tax-return-body = Hast ynkommen of besit yn Nederlân, lykas in pensjoen of in hûs? Dan moatst miskien elk jier oanjefte ({ NL("aangifte") }) dwaan by de Nederlânske Belastingdienst. Krijst in brief of in oanjefteformulier? Dan moatst it dwaan. De datum stiet yn de brief. Gjin brief? Dan moat it allinnich as do mear as in lyts bedrach oan belesting betelje moatst. Krijst jild werom? Dat kin oant 5 jier nei it jier.

task-living-abroad-cak-title = Jou feroaringen troch oan it CAK
task-living-abroad-cak-body = Krijst âlderdomspensjoen (AOW), in pensjoen of in útkearing út Nederlân? En wennest yn in lân fan de EU of de EER, yn Switserlân of yn in ferdrachslân? Dan rint dyn soarch dêr meastal fia it CAK. Do betellest dêr in bydrage foar. Dy giet meastal fan dyn pensjoen ôf. Feroaret der wat, lykas dyn adres of dyn ynkommen? Jou dat troch oan it CAK.
