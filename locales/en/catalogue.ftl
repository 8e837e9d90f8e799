# Names of organisations, channels and kinds of document.

provider-gemeente = Municipality
provider-belastingdienst = Tax Administration (Belastingdienst)
provider-toeslagen = Benefits Agency (Dienst Toeslagen)
provider-svb = Social Insurance Bank (SVB)
provider-uwv = Employee Insurance Agency (UWV)
provider-duo = Education Executive Agency (DUO)
provider-cak = CAK
provider-zorgverzekeraar = Health insurer
provider-kvk = Chamber of Commerce (KVK)
provider-rdw = Vehicle Authority (RDW)
provider-logius = Logius (DigiD and MijnOverheid)
provider-werkgever = Employer
provider-rechtbank = Court
provider-uitvaartondernemer = Funeral director
provider-nederland-wereldwijd = Netherlands Worldwide
provider-donorregister = Donor Register
provider-notaris = Notary
provider-pensioenuitvoerder = Pension provider
provider-ciz = CIZ

channel-online = Online
channel-phone = Phone
channel-desk = At a desk
channel-post = By post
channel-automatic = Happens automatically

document-kind-passport = Passport
document-kind-id-card = Identity card
document-kind-driving-licence = Driving licence
document-kind-residence-permit = Residence permit
document-kind-birth-certificate = Birth certificate
document-kind-diploma = Diploma
document-kind-payslip = Payslip
document-kind-tax-assessment = Tax assessment
document-kind-decision-letter = Decision letter
document-kind-insurance-policy = Insurance policy
document-kind-rental-contract = Rental contract
document-kind-other = Other document
