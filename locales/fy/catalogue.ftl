# Nammen fan ynstânsjes, kanalen en soarten dokuminten.

provider-gemeente = Gemeente
provider-belastingdienst = Belastingdienst
provider-toeslagen = Dienst Toeslagen
provider-svb = Sociale Verzekeringsbank (SVB)
provider-uwv = UWV
provider-duo = DUO
provider-cak = CAK
provider-zorgverzekeraar = Soarchfersekerder
provider-kvk = Kamer van Koophandel (KVK)
provider-rdw = RDW
provider-logius = Logius (DigiD en MijnOverheid)
provider-werkgever = Wurkjouwer
provider-rechtbank = Rjochtbank
provider-uitvaartondernemer = Útfeartûndernimmer
provider-nederland-wereldwijd = Nederland Wereldwijd
provider-donorregister = Donorregister
provider-notaris = Notaris
provider-pensioenuitvoerder = Pensjoenútfierder
provider-ciz = CIZ

channel-online = Online
channel-phone = Telefoan
channel-desk = Oan de baly
channel-post = Per post
channel-automatic = Giet fansels

document-kind-passport = Paspoart
document-kind-id-card = Identiteitskaart
document-kind-driving-licence = Rydbewiis
document-kind-residence-permit = Ferbliuwsfergunning
document-kind-birth-certificate = Berteakte
document-kind-diploma = Diploma
document-kind-payslip = Leanstrook
document-kind-tax-assessment = Oanslach fan de Belastingdienst
document-kind-decision-letter = Beslút (brief fan de oerheid)
document-kind-insurance-policy = Polis fan in fersekering
document-kind-rental-contract = Hierkontrakt
document-kind-other = Oar dokumint
