# Wegwijs: losing your job (plain language, reader is "you").

event-job-loss-title = Losing your job
event-job-loss-summary = You have lost your job, or you will lose it soon. You arrange this with UWV and with the Benefits Office (Dienst Toeslagen).
event-job-loss-date = Your first day without work

task-job-loss-apply-ww-title = Apply for unemployment benefit (WW) at UWV
task-job-loss-apply-ww-body = Apply for WW online at UWV, with your DigiD. Without DigiD, go to a UWV office and apply by post. Have your citizen service number (BSN), the details of your last employer and your payslip ready. You can apply from 4 weeks before you become unemployed.

task-job-loss-ww-decision-title = Read UWV's decision about your WW
task-job-loss-ww-decision-body = UWV tells you whether you get WW. If you applied after your first day without work, the decision may come later. You can follow your application in Mijn UWV. If you disagree with the decision, the letter tells you how to object.

task-job-loss-report-income-title = Tell the Benefits Office about your new income
task-job-loss-report-income-body = Do you get healthcare allowance, rent allowance or child budget? Then give your new yearly income in Mijn toeslagen. Add up your wages and your WW for this year. This way you do not get too much or too little allowance.

task-job-loss-apply-allowances-title = Check if you can get an allowance now
task-job-loss-apply-allowances-body = With less income, you may be entitled to healthcare allowance, rent allowance or child budget. First do a test calculation on the Belastingdienst website. Then apply in Mijn toeslagen. The sooner you apply, the sooner you get the money.

task-job-loss-social-assistance-title = Apply for social assistance if you get no WW
task-job-loss-social-assistance-body = Do you get no WW, or too little to live on? Then you can ask the municipality for social assistance ({ NL("bijstand") }). Report on werk.nl on the first day you need it. You do not get it from an earlier date. Are you under 27? Then you first look for work or training for 4 weeks.
