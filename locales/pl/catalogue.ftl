# Nazwy instytucji, sposobów kontaktu i rodzajów dokumentów.

provider-gemeente = Gmina
provider-belastingdienst = Belastingdienst
provider-toeslagen = Dienst Toeslagen
provider-svb = Sociale Verzekeringsbank (SVB)
provider-uwv = UWV
provider-duo = DUO
provider-cak = CAK
provider-zorgverzekeraar = Ubezpieczyciel zdrowotny
provider-kvk = Kamer van Koophandel (KVK)
provider-rdw = RDW
provider-logius = Logius (DigiD i MijnOverheid)
provider-werkgever = Pracodawca
provider-rechtbank = Sąd
provider-uitvaartondernemer = Zakład pogrzebowy
provider-nederland-wereldwijd = Nederland Wereldwijd
provider-donorregister = Rejestr dawców (Donorregister)
provider-notaris = Notariusz
provider-pensioenuitvoerder = Fundusz emerytalny
provider-ciz = CIZ

channel-online = Przez internet
channel-phone = Telefonicznie
channel-desk = W okienku
channel-post = Pocztą
channel-automatic = Dzieje się samo

document-kind-passport = Paszport
document-kind-id-card = Dowód osobisty
document-kind-driving-licence = Prawo jazdy
document-kind-residence-permit = Zezwolenie na pobyt
document-kind-birth-certificate = Akt urodzenia
document-kind-diploma = Dyplom
document-kind-payslip = Pasek wypłaty
document-kind-tax-assessment = Decyzja podatkowa z Belastingdienst
document-kind-decision-letter = Decyzja (pismo od urzędu)
document-kind-insurance-policy = Polisa ubezpieczeniowa
document-kind-rental-contract = Umowa najmu
document-kind-other = Inny dokument
