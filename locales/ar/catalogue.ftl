# أسماء الجهات وقنوات التواصل وأنواع الوثائق.

provider-gemeente = البلدية
provider-belastingdienst = Belastingdienst
provider-toeslagen = Dienst Toeslagen
provider-svb = بنك التأمينات الاجتماعية (SVB)
provider-uwv = UWV
provider-duo = DUO
provider-cak = CAK
provider-zorgverzekeraar = شركة التأمين الصحي
provider-kvk = غرفة التجارة (KVK)
provider-rdw = RDW
provider-logius = Logius (DigiD وMijnOverheid)
provider-werkgever = صاحب العمل
provider-rechtbank = المحكمة
provider-uitvaartondernemer = متعهّد الجنازة
provider-nederland-wereldwijd = Nederland Wereldwijd
provider-donorregister = سجل المتبرعين
provider-notaris = كاتب العدل
provider-pensioenuitvoerder = صندوق التقاعد
provider-ciz = CIZ

channel-online = عبر الإنترنت
channel-phone = بالهاتف
channel-desk = عند المكتب
channel-post = بالبريد
channel-automatic = يتم تلقائيًا

document-kind-passport = جواز السفر
document-kind-id-card = بطاقة الهوية
document-kind-driving-licence = رخصة القيادة
document-kind-residence-permit = تصريح الإقامة
document-kind-birth-certificate = شهادة الميلاد
document-kind-diploma = الشهادة الدراسية
document-kind-payslip = قسيمة الراتب
document-kind-tax-assessment = إشعار ضريبي من Belastingdienst
document-kind-decision-letter = قرار (رسالة من الحكومة)
document-kind-insurance-policy = وثيقة تأمين
document-kind-rental-contract = عقد الإيجار
document-kind-other = وثيقة أخرى
