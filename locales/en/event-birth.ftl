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

task-birth-acknowledge-child-title = Acknowledge your child at the municipality
task-birth-acknowledge-child-body = Are you not married and not registered partners? Then the partner must acknowledge the child ({ NL("erkenning") }). You can do this before the birth, which is useful. You go to the municipality together, with your ID. The mother must agree. Since 2023 the acknowledgement also gives you joint parental authority over your child.

task-birth-choose-surname-title = Choose your child's surname
task-birth-choose-surname-body = Together you can choose which surname your child gets. Do this before the birth, or at the latest when you register the birth. You both go to the municipality for it. Was your first child born in 2024 or later? Then it can also get a double surname. What you choose also applies to your next children.

task-birth-pregnancy-leave-title = Arrange your pregnancy and maternity leave
task-birth-pregnancy-leave-body = You get at least 16 weeks of leave. It starts 6 to 4 weeks before the due date. UWV pays for it. Do you have a job? Then ask your employer for the leave at the latest 3 weeks before it starts. Your employer applies to UWV for the money. Are you self-employed? Then apply to UWV yourself for a ZEZ benefit, at the latest 2 weeks before your leave.

task-birth-paid-parental-leave-title = Take paid parental leave
task-birth-paid-parental-leave-body = Are you an employee? Then in the first year after the birth you can take 9 weeks of paid parental leave. UWV then pays you 70% of your wage. Agree with your employer when you take it. Your employer applies to UWV for the money.
