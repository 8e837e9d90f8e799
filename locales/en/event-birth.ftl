# Wegwijs: having a baby (plain language, reader is "you").

event-birth-title = Having a baby
event-birth-summary = You are having a baby. You arrange this with the municipality, your health insurer, the SVB, Toeslagen and your employer.
event-birth-date = Your child's date of birth

task-birth-register-birth-title = Register the birth with the municipality
task-birth-register-birth-body = Register the birth in the municipality where your child was born. If the last day falls on a weekend or public holiday, you get more time. Bring your own ID and the mother's ID. Your child then gets a birth certificate and a citizen service number (BSN).

task-birth-health-insurance-title = Add your child to your health insurance
task-birth-health-insurance-body = Add your child to your own health insurance or your partner's. You need your child's BSN for this. If you do it in time, your child is insured from the day of birth. You pay no premium for children under 18.

task-birth-child-benefit-title = Apply for child benefit with the SVB
task-birth-child-benefit-body = The municipality tells the SVB about the birth. About 2 to 4 weeks later you get a letter. Then you apply for child benefit on the SVB website, with DigiD. If you already get child benefit and your child was born in the Netherlands, you do not need to do anything. Was your child born abroad? Then report the birth to the SVB yourself.
task-birth-child-benefit-abroad-title = Report the birth to the SVB yourself
task-birth-child-benefit-abroad-body = Do you live abroad? Then the SVB does not hear about the birth of your child by itself. Report the birth yourself, with the birth certificate. If you do not, you cannot apply for child benefit. Whether you get child benefit depends on your work and on the country where you live.

task-birth-childcare-allowance-title = Apply for childcare allowance
task-birth-childcare-allowance-body = Will your child go to registered childcare, and do you and your partner work or study? Then you can get childcare allowance. Apply in Mijn toeslagen within 3 months after the month in which childcare starts. Otherwise you miss out on money.

task-birth-partner-leave-title = Take your birth leave
task-birth-partner-leave-body = Has your partner given birth, and do you work for an employer? Then you get 1 week of birth leave: as many hours as you work in a week. Tell your employer as soon as you can when you will take it. Your employer keeps paying your wages.

task-birth-extra-partner-leave-title = Ask for additional birth leave
task-birth-extra-partner-leave-body = After your week of birth leave, you can take up to 5 more weeks of leave. Ask your employer in writing at least 4 weeks before. Your employer applies for the benefit with UWV. You then get 70% of your daily wage.
