# Wegwijs: death of someone close to you (plain language, reader is "you").

event-death-of-relative-title = Death of someone close to you
event-death-of-relative-summary = Someone close to you has died. This is what you need to arrange, or have the funeral director arrange for you.
event-death-of-relative-date = Date of death

task-death-of-relative-register-death-title = Register the death with the municipality
task-death-of-relative-register-death-body = The death must be registered in the municipality where the person died. Usually the funeral director does this for you. If you do it yourself, bring your ID and the doctor's statement of death. The municipality then gives permission for the burial or cremation.

task-death-of-relative-funeral-title = Arrange the burial or cremation
task-death-of-relative-funeral-body = The burial or cremation may not take place earlier than 36 hours after the death. It must take place at the latest on the 6th working day after the day of death. Is more time needed, for example for family from abroad? Then the funeral director asks the municipality for a delay.

task-death-of-relative-survivor-benefit-title = Apply for a survivor's benefit
task-death-of-relative-survivor-benefit-body = Has your partner died and do you not have AOW yet? Then you can get a benefit if you have a child under 18 or are at least 45% unfit for work. If you were married or registered partners, the SVB sends you a letter within 2 weeks. If you lived together without being married, you apply to the SVB yourself.

task-death-of-relative-survivor-mandate-title = Apply for a survivor's mandate
task-death-of-relative-survivor-mandate-body = With a survivor's mandate ({ NL("nabestaandenmachtiging") }) you arrange the tax and allowances of the person who died online. You log in with your own DigiD. Heirs or the executor can apply for the mandate. Sometimes you need a certificate of inheritance from a notary.

task-death-of-relative-inheritance-tax-title = File the inheritance tax return
task-death-of-relative-inheritance-tax-body = If you inherit more than the exemption, you must file an inheritance tax return. If the Belastingdienst expects that you must pay inheritance tax, one of the heirs gets a letter. Did the person die on or after 1 January 2026? Then you have 20 months for the return. For a death in 2025 or earlier it was 8 months. The date is also in the letter.

task-death-of-relative-income-tax-deceased-title = File the income tax return for the person who died
task-death-of-relative-income-tax-deceased-body = For the year of the death, the heirs still file an income tax return. The Belastingdienst sends a paper F form ({ NL("F-formulier") }) for it. Fill in only the parts that are needed. The date by which it must be in is in the letter.

task-death-of-relative-accept-inheritance-title = Decide whether you accept the inheritance
task-death-of-relative-accept-inheritance-body = You can accept an inheritance, refuse it, or accept it "beneficiary" ({ NL("beneficiair aanvaarden") }). That means you pay debts only with what you inherit. Do you not know whether there are debts? Then choose beneficiary. You do this with a statement at the court, or through a notary.

task-death-of-relative-certificate-of-inheritance-title = Ask for a certificate of inheritance
task-death-of-relative-certificate-of-inheritance-body = A certificate of inheritance ({ NL("verklaring van erfrecht") }) says who the heirs are. The bank often asks for it before you may do anything with the accounts. A notary draws up the certificate.

task-death-of-relative-orphans-benefit-title = Apply for an orphan's benefit
task-death-of-relative-orphans-benefit-body = Have both parents of a child died? Then the child can get an orphan's benefit ({ NL("wezenuitkering") }) from the SVB, up to the age of 21. From 16 the child must go to school or study. For a child under 18, the carer applies.
