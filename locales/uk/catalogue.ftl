# Назви установ, способів звернення і видів документів.

provider-gemeente = Муніципалітет
provider-belastingdienst = Belastingdienst
provider-toeslagen = Dienst Toeslagen
provider-svb = Банк соціального страхування (SVB)
provider-uwv = UWV
provider-duo = DUO
provider-cak = CAK
provider-zorgverzekeraar = Медична страхова компанія
provider-kvk = Торгова палата (KVK)
provider-rdw = RDW
provider-logius = Logius (DigiD і MijnOverheid)
provider-werkgever = Роботодавець
provider-rechtbank = Суд
provider-uitvaartondernemer = Похоронне бюро
provider-nederland-wereldwijd = Nederland Wereldwijd
provider-donorregister = Реєстр донорів (Donorregister)
provider-notaris = Нотаріус
provider-pensioenuitvoerder = Пенсійний фонд
provider-ciz = CIZ

channel-online = Онлайн
channel-phone = Телефоном
channel-desk = На прийомі
channel-post = Поштою
channel-automatic = Відбувається автоматично

document-kind-passport = Паспорт
document-kind-id-card = ID-картка
document-kind-driving-licence = Посвідчення водія
document-kind-residence-permit = Дозвіл на проживання
document-kind-birth-certificate = Свідоцтво про народження
document-kind-diploma = Диплом
document-kind-payslip = Розрахунковий листок
document-kind-tax-assessment = Податкове повідомлення від Belastingdienst
document-kind-decision-letter = Рішення (лист від державного органу)
document-kind-insurance-policy = Страховий поліс
document-kind-rental-contract = Договір оренди
document-kind-other = Інший документ
