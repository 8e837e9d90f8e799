# Wegwijs: retiring (plain language, reader is "you").

event-retirement-title = Retiring
event-retirement-summary = You reach the State pension (AOW) age. You arrange this with the SVB and with the Benefits Office (Dienst Toeslagen).
event-retirement-date = The day you reach AOW age

task-retirement-apply-aow-title = Apply for your AOW pension at the SVB
task-retirement-apply-aow-body = About 4 to 5 months before your AOW age, the SVB sends you a letter. You apply in Mijn SVB with DigiD, or with a paper form. If you have no letter 3 months before your AOW age, contact the SVB yourself. If you apply late, the SVB usually pays back only 1 year.

task-retirement-apply-aow-abroad-title = Apply for your AOW pension from abroad
task-retirement-apply-aow-abroad-body = If you live outside the Netherlands, you must remember to apply in time yourself. In an EU country or a treaty country you usually apply at the pension body of the country where you live. In any other country, contact the SVB.

task-retirement-digid-via-svb-title = Apply for DigiD through the SVB
task-retirement-digid-via-svb-body = With DigiD you arrange your AOW online in Mijn SVB. Do you live outside the Netherlands and will you get AOW soon? Then apply for DigiD through the SVB. The letter with your activation code is sent to your address abroad, so you do not have to go to a service desk.

task-retirement-proof-of-life-title = Send proof of life to the SVB
task-retirement-proof-of-life-body = If you live outside the Netherlands, the SVB usually asks you for proof of life once a year, in some countries less often. You then get a letter with a QR code. Send your proof of life with the app, or have the form signed and send it back. If you get no letter, you do not need to do anything.

task-retirement-report-income-title = Tell the Benefits Office about your new income
task-retirement-report-income-body = Do you get healthcare allowance or rent allowance? With AOW and pension, your income changes. Give your new yearly income in Mijn toeslagen. This way you do not get too much or too little allowance.
