# Namen van instanties, kanalen en soorten documenten.

provider-gemeente = Gemeente
provider-belastingdienst = Belastingdienst
provider-toeslagen = Dienst Toeslagen
provider-svb = Sociale Verzekeringsbank (SVB)
provider-uwv = UWV
provider-duo = DUO
provider-cak = CAK
provider-zorgverzekeraar = Zorgverzekeraar
provider-kvk = Kamer van Koophandel (KVK)
provider-rdw = RDW
provider-logius = Logius (DigiD en MijnOverheid)
provider-werkgever = Werkgever
provider-rechtbank = Rechtbank
provider-uitvaartondernemer = Uitvaartondernemer
provider-nederland-wereldwijd = Nederland Wereldwijd
provider-donorregister = Donorregister
provider-notaris = Notaris
provider-pensioenuitvoerder = Pensioenuitvoerder
provider-ciz = CIZ

channel-online = Online
channel-phone = Telefoon
channel-desk = Aan de balie
channel-post = Per post
channel-automatic = Gaat vanzelf

document-kind-passport = Paspoort
document-kind-id-card = Identiteitskaart
document-kind-driving-licence = Rijbewijs
document-kind-residence-permit = Verblijfsvergunning
document-kind-birth-certificate = Geboorteakte
document-kind-diploma = Diploma
document-kind-payslip = Loonstrook
document-kind-tax-assessment = Aanslag van de Belastingdienst
document-kind-decision-letter = Besluit (brief van de overheid)
document-kind-insurance-policy = Polis van een verzekering
document-kind-rental-contract = Huurcontract
document-kind-other = Ander document
