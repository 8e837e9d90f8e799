# Kurumların, kanalların ve belge türlerinin adları.

provider-gemeente = Belediye
provider-belastingdienst = Belastingdienst
provider-toeslagen = Dienst Toeslagen
provider-svb = Sosyal Sigorta Bankası (SVB)
provider-uwv = UWV
provider-duo = DUO
provider-cak = CAK
provider-zorgverzekeraar = Sağlık sigortası şirketi
provider-kvk = Ticaret Odası (KVK)
provider-rdw = RDW
provider-logius = Logius (DigiD ve MijnOverheid)
provider-werkgever = İşveren
provider-rechtbank = Mahkeme
provider-uitvaartondernemer = Cenaze hizmetleri şirketi
provider-nederland-wereldwijd = Nederland Wereldwijd
provider-donorregister = Donör Kaydı (Donorregister)
provider-notaris = Noter
provider-pensioenuitvoerder = Emeklilik fonu
provider-ciz = CIZ

channel-online = Çevrimiçi
channel-phone = Telefon
channel-desk = Gişede
channel-post = Posta ile
channel-automatic = Kendiliğinden olur

document-kind-passport = Pasaport
document-kind-id-card = Kimlik kartı
document-kind-driving-licence = Sürücü belgesi
document-kind-residence-permit = Oturma izni
document-kind-birth-certificate = Doğum belgesi ({ NL("geboorteakte") })
document-kind-diploma = Diploma
document-kind-payslip = Maaş bordrosu
document-kind-tax-assessment = Belastingdienst'ten vergi borcu mektubu ({ NL("aanslag") })
document-kind-decision-letter = Karar (devletten gelen mektup)
document-kind-insurance-policy = Sigorta poliçesi
document-kind-rental-contract = Kira sözleşmesi
document-kind-other = Başka bir belge
