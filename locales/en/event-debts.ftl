# Wegwijs: debts (plain language, reader is "you").

event-debts-title = Debts
event-debts-summary = You have debts that you cannot solve yourself. Your municipality can help you. You arrange this with the municipality, the Benefits Office (Dienst Toeslagen) and the Belastingdienst.
event-debts-date = The day you ask for debt help

task-debts-ask-debt-help-title = Ask your municipality for debt help
task-debts-ask-debt-help-body = Contact the municipality where you live: you can usually do this online, by phone or at the desk. Collect the letters from the people you owe money to, your payslip or benefit letter and your rental contract. If you want someone else to apply for you, you can give that person written permission.

task-debts-first-meeting-title = Have your first meeting with the municipality
task-debts-first-meeting-body = After you ask for help, the municipality must meet you within 4 weeks. Are you at risk of eviction, or of your gas, water or electricity being cut off? Say so at once; you then usually get help within 3 days. In the meeting you look together at what is needed to solve your debts.

task-debts-apply-allowances-title = Check if you are entitled to an allowance
task-debts-apply-allowances-body = You may be entitled to healthcare allowance, rent allowance or child budget and not get it yet. Do a test calculation on the Belastingdienst website. Apply in Mijn toeslagen. The sooner you apply, the sooner you get the money.

task-debts-tax-payment-arrangement-title = Ask for more time or a payment plan for your tax
task-debts-tax-payment-arrangement-body = Can you not pay a tax assessment on time? Then call the BelastingTelefoon or send a letter at once. You may get 4 months extra time or a payment plan of at most 12 months. Ask before the final payment date on the assessment, to avoid extra costs.

task-debts-tax-remission-title = Ask for remission of municipal taxes
task-debts-tax-remission-body = Do you have a low income and no savings or other assets? Then you may not have to pay the municipal taxes, or only part of them. Ask your municipality for remission ({ NL("kwijtschelding") }), with the form and the proof they ask for. Do this soon after you get the tax assessment.
