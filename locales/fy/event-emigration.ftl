# Wegwijs: emigrearje (taalnivo B1, de lêzer is "do").

event-emigration-title = Nei it bûtenlân ferhúzje
event-emigration-summary = Do giest yn it bûtenlân wenjen. In protte moatst regelje foardat do fuortgiest, want út it bûtenlân is it lestiger.
event-emigration-date = De dei dat do fuortgiest

task-emigration-report-departure-title = Jou dyn fertrek troch oan de gemeente
task-emigration-report-departure-body = Giest 1 jier 8 moannen of langer yn it bûtenlân wenjen, dan joust dyn fertrek troch oan dyn gemeente. Ferhuzet elkenien op dyn adres mei, dan kin dat online mei DigiD; oars giest mei in ôfspraak nei de baly. Do wurdst útskreaun op de dei dat do it trochjoust. Hast in bewiis fan útskriuwing nedich, gean dan nei de baly: de gemeente jout it allinne op de dei fan útskriuwing.

task-emigration-digid-title = Regelje dyn DigiD foardat do fuortgiest
task-emigration-digid-body = Mei DigiD regelest ek út it bûtenlân saken mei de Nederlânske oerheid. Hast noch gjin DigiD, freegje him dan oan foardat do dy útskriuwst, want út it bûtenlân is it lestiger. Ynstallearje ek de DigiD app. Krijst in oar telefoannûmer, jou dat dan troch foardat do dyn âlde nûmer opseist.

task-emigration-health-insurance-title = Freegje dyn soarchfersekerder wat der mei dyn fersekering bart
task-emigration-health-insurance-body = Wennest yn it bûtenlân, dan hâldt dyn Nederlânske soarchfersekering meastal op. Jou dyn fertrek it leafst 2 moannen fan tefoaren troch oan dyn soarchfersekerder. Krijst noch in pensjoen of útkearing út Nederlân? Lês dan ek de taak oer it CAK. Regelje oars sels in soarchfersekering yn dyn nije lân.
task-emigration-cak-s1-title = Meld dy oan by it CAK foar dyn soarch yn it bûtenlân
task-emigration-cak-s1-body = Krijst âlderdomspensjoen (AOW), in oar wetlik pensjoen of in útkearing út Nederlân? En giest wenjen yn in lân fan de EU of de EER, yn Switserlân of yn in oar ferdrachslân? Dan moatst dy fersekerje fia it CAK. Do kinst dan net sels in fersekering kieze. Freegje by it CAK in S1-formulier oan. Dêrmei skriuwst dy yn by in soarchfersekerder yn dyn nije lân. Do betellest in bydrage oan it CAK.

task-emigration-stop-allowances-title = Stopje dyn soarchtaslach ({ NL("zorgtoeslag") })
task-emigration-stop-allowances-body = Sûnder Nederlânske soarchfersekering hast gjin rjocht mear op soarchtaslach ({ NL("zorgtoeslag") }). Set dyn soarchtaslach stop yn Mijn toeslagen, oars moatst letter jild werombetelje. Krijst oare taslaggen, sjoch dan yn Mijn toeslagen oft do dêr noch rjocht op hast.

task-emigration-register-to-vote-title = Registrearje dy om út it bûtenlân te stimmen
task-emigration-register-to-vote-body = Wolst út it bûtenlân stimme bliuwe? Registrearje dy dan 1 kear by de gemeente Den Haag as kiezer bûten Nederlân. Folje it formulier yn, ûndertekenje it en stjoer it op mei in kopy fan dyn paspoart of ID-kaart. Do kinst dy registrearje fan 17 jier ôf; stimme kin fan 18 jier ôf.

task-emigration-passport-abroad-title = Ferlingje dyn paspoart yn it bûtenlân
task-emigration-passport-abroad-body = Sjoch foar dyn fertrek wannear't dyn paspoart of ID-kaart ferrint. Yn it bûtenlân freegest in nije oan by de measte Nederlânske ambassades en konsulaten, altyd mei in ôfspraak. It kin ek op Schiphol of by in tal gemeenten yn Nederlân. Helje dyn nije dokumint binnen 3 moannen op.

task-emigration-voluntary-aow-title = Kies oft do dy frijwillich fersekerest foar it âlderdomspensjoen (AOW)
task-emigration-voluntary-aow-body = Wennest yn it bûtenlân, dan boust meastal gjin âlderdomspensjoen (AOW) mear op. Dyn AOW wurdt letter dan leger. By de SVB kinst dy frijwillich fersekerje foar de AOW, mar dat kostet preemje. Dat kin fan 2 moannen foar dyn fertrek ôf. Nei 1 jier yn it bûtenlân kin it net mear.

task-emigration-tax-return-title = Doch belestingoanjefte oer it jier fan dyn fertrek
task-emigration-tax-return-body = Oer it jier dat do emigrearrest, dochst in spesjale oanjefte: de M-oanjefte (M-aangifte). Dat kin online yn Mijn Belastingdienst of mei in papieren formulier. Yn de oanjefte follest de tiid foar en nei dyn fertrek apart yn.
