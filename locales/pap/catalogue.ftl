# Nòmber di instansia, manera di kontakto i tipo di dokumento.

provider-gemeente = Munisipio
provider-belastingdienst = Belastingdienst
provider-toeslagen = Dienst Toeslagen
provider-svb = Sociale Verzekeringsbank (SVB)
provider-uwv = UWV
provider-duo = DUO
provider-cak = CAK
provider-zorgverzekeraar = Kompania di seguro di salú
provider-kvk = Kamer van Koophandel (KVK)
provider-rdw = RDW
provider-logius = Logius (DigiD i MijnOverheid)
provider-werkgever = Dunadó di trabou
provider-rechtbank = Korte
provider-uitvaartondernemer = Empresa di entiero
provider-nederland-wereldwijd = Nederland Wereldwijd
provider-donorregister = Registro di donante
provider-notaris = Notario
provider-pensioenuitvoerder = Fondo di penshun
provider-ciz = CIZ

channel-online = Via internet
channel-phone = Telefòn
channel-desk = Na loket
channel-post = Pa korreo
channel-automatic = E ta bai outomátiko

document-kind-passport = Pasaporte
document-kind-id-card = Karchi di identidat
document-kind-driving-licence = Lisensia di manehá
document-kind-residence-permit = Pèrmit di estadia
document-kind-birth-certificate = Akta di nasementu
document-kind-diploma = Diploma
document-kind-payslip = Slep di salario
document-kind-tax-assessment = Kalkulo di impuesto di Belastingdienst
document-kind-decision-letter = Desishon (karta di gobièrnu)
document-kind-insurance-policy = Pòlis di seguro
document-kind-rental-contract = Kontrakt di hür
document-kind-other = Otro dokumento
