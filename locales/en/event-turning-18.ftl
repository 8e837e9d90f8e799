# Wegwijs: turning 18 (plain language, reader is "you").

event-turning-18-title = Turning 18
event-turning-18-summary = When you turn 18, you are an adult in law. You then arrange more things yourself: your health insurance, your allowances and your dealings with the government.
event-turning-18-date = Date of your 18th birthday

task-turning-18-digid-title = Apply for a DigiD
task-turning-18-digid-body = With DigiD you arrange things with the government online, such as allowances and student finance. Apply on digid.nl with your BSN and your address. You get an activation code by post. After that you get mail from the government in the MijnOverheid Berichtenbox.

task-turning-18-health-insurance-title = Pay for your own health insurance
task-turning-18-health-insurance-body = From the month after your 18th birthday, you pay your own health insurance premium. You also have a deductible ({ NL("eigen risico") }). You can stay on your parents' policy or choose your own insurance. Arrange this in time with your health insurer.

task-turning-18-healthcare-allowance-title = Apply for healthcare allowance
task-turning-18-healthcare-allowance-body = Healthcare allowance ({ NL("zorgtoeslag") }) is money from the government for your health insurance. It depends on your own income, not your parents'. Apply in Mijn toeslagen, with DigiD. You can also apply later in the year, backdated.

task-turning-18-child-benefit-ends-title = Child benefit stops
task-turning-18-child-benefit-ends-body = Your parents get child benefit until the end of the quarter in which you turn 18. Do you turn 18 on the first day of a quarter (1 January, 1 April, 1 July or 1 October)? Then it stops at the end of the quarter before. They do not need to do anything. The SVB sends them a letter. If you are still at school, you may get an allowance from DUO.

task-turning-18-student-finance-title = Apply for student finance with DUO
task-turning-18-student-finance-body = Are you going to mbo, a university of applied sciences or a university? Then you can get student finance. Apply in Mijn DUO, with DigiD. Do this about 3 months before your studies start.

task-turning-18-voting-title = You can vote
task-turning-18-voting-body = From the age of 18 you can vote in elections. For each election, the municipality sends you a voting pass. Take it to the polling station, together with your ID.

task-turning-18-donor-register-title = Record your choice in the Donor Register
task-turning-18-donor-register-body = After your 18th birthday you get a letter from the Donor Register. Choose whether you want to donate organs and tissue after your death. If you do not fill anything in, your name will say: no objection to organ donation. You can always change your choice.

task-turning-18-legal-representation-title = Arrange guardianship, administration or mentorship
task-turning-18-legal-representation-body = Is it hard for you to decide about money or care yourself, for example because of a disability? Then your parents can ask the sub-district court for guardianship ({ NL("curatele") }), administration ({ NL("bewind") }) or mentorship ({ NL("mentorschap") }). This is because your parents' authority ends on your 18th birthday. The advice is to send the form to the court at the latest 3 months before.

task-turning-18-mandate-title = Give your parents a mandate, if you want their help
task-turning-18-mandate-body = From your 18th birthday your parents can no longer simply arrange things for you. Do you still want help, for example with your tax return or your allowances? Then give your father or mother a mandate ({ NL("machtiging") }) with DigiD Machtigen, on machtigen.digid.nl. You choose what they may do and for how long. They log in with their own DigiD. Never give anyone your own DigiD. You can stop the mandate at any time.

task-turning-18-child-budget-ends-title = The child budget changes
task-turning-18-child-budget-ends-body = Do your parents get child budget ({ NL("kindgebonden budget") })? Then you no longer count from the month after your 18th birthday. If you are the youngest child, it stops. Your parents do not need to do anything.
