# Wegwijs: moving back to the Netherlands (plain language, reader is "you").

event-return-to-netherlands-title = Moving back to the Netherlands
event-return-to-netherlands-summary = After some time abroad, you come to live in the Netherlands again. You arrange this with the municipality, a health insurer, the Benefits Office (Dienst Toeslagen) and the Belastingdienst.
event-return-to-netherlands-date = The day you arrive in the Netherlands

task-return-to-netherlands-register-gemeente-title = Register with your new municipality
task-return-to-netherlands-register-gemeente-body = Will you live in the Netherlands for at least 4 of the next 6 months? Then register in person with the municipality where you will live. Make an appointment; your partner and children come along too. Bring your passport or ID card, proof of your address such as a rental contract, and certificates of what changed abroad, such as a marriage or the birth of a child.

task-return-to-netherlands-health-insurance-title = Take out Dutch health insurance
task-return-to-netherlands-health-insurance-body = Once you live in the Netherlands again, you must have Dutch health insurance. A health insurer must accept you for the basic insurance. If you are on time, the insurance starts on the day you became obliged to be insured.

task-return-to-netherlands-healthcare-allowance-title = Apply for healthcare allowance
task-return-to-netherlands-healthcare-allowance-body = Do you have Dutch health insurance and an income that is not too high? Then you can get healthcare allowance ({ NL("zorgtoeslag") }). Apply in Mijn toeslagen, with DigiD. The sooner you apply, the sooner you get the money.

task-return-to-netherlands-digid-title = Check your DigiD
task-return-to-netherlands-digid-body = If you already had a DigiD abroad, you can keep using it. If you have no DigiD or it no longer works, apply for a new one after you have registered with the municipality. With DigiD you deal online with the Belastingdienst, the SVB and your municipality.

task-return-to-netherlands-tax-return-title = File a tax return for the year you return
task-return-to-netherlands-tax-return-body = For the year you come to the Netherlands, you file a special tax return: the M return. You can do this online in Mijn Belastingdienst or on a paper form. In the return you fill in the time before and after you arrived separately.

task-return-to-netherlands-child-benefit-title = Report your children to the SVB
task-return-to-netherlands-child-benefit-body = Are you coming to live in the Netherlands with your children? Then report your children to the SVB yourself. Otherwise you cannot apply for child benefit ({ NL("kinderbijslag") }). Do it within 4 weeks.
