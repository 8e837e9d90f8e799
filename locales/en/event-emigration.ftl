# Wegwijs: moving abroad (plain language, reader is "you").

event-emigration-title = Moving abroad
event-emigration-summary = You are going to live abroad. Arrange a lot before you leave, because it is harder from another country.
event-emigration-date = The day you leave

task-emigration-report-departure-title = Tell the municipality that you are leaving
task-emigration-report-departure-body = If you will live abroad for 8 months or more within 1 year, report your departure to your municipality. If everyone at your address moves with you, you can do this online with DigiD; otherwise make an appointment at the desk. You are deregistered on the day you report. If you need proof of deregistration, go to the desk: the municipality only gives it on the day you are deregistered.

task-emigration-digid-title = Arrange your DigiD before you leave
task-emigration-digid-body = With DigiD you can deal with the Dutch government from abroad too. If you have no DigiD yet, apply before you deregister, because it is harder from abroad. Also install the DigiD app. If your phone number changes, update it before you cancel your old number.

task-emigration-health-insurance-title = Ask your health insurer what happens to your insurance
task-emigration-health-insurance-body = If you live abroad, your Dutch health insurance usually ends. Tell your health insurer about your move, preferably 2 months in advance. Do you still get a pension or a benefit from the Netherlands? Then also read the task about the CAK. Otherwise, arrange health insurance in your new country yourself.
task-emigration-cak-s1-title = Register with the CAK for your healthcare abroad
task-emigration-cak-s1-body = Do you get AOW, another statutory pension or a benefit from the Netherlands? And are you going to live in a country of the EU or the EEA, in Switzerland or in another treaty country? Then you must be insured through the CAK. You cannot choose an insurance yourself. Ask the CAK for an S1 form. With it you register with a health insurer in your new country. You pay a contribution to the CAK.

task-emigration-stop-allowances-title = Stop your healthcare allowance
task-emigration-stop-allowances-body = Without Dutch health insurance you can no longer get healthcare allowance. Stop it in Mijn toeslagen, otherwise you will have to pay money back later. If you get other allowances, check in Mijn toeslagen whether you are still entitled to them.

task-emigration-register-to-vote-title = Register to vote from abroad
task-emigration-register-to-vote-body = Do you want to keep voting from abroad? Then register once with the municipality of The Hague as a voter outside the Netherlands. Fill in the form, sign it and send it with a copy of your passport or ID card. You can register from age 17; you can vote from age 18.

task-emigration-passport-abroad-title = Renew your passport abroad
task-emigration-passport-abroad-body = Before you leave, check when your passport or ID card expires. Abroad, you apply for a new one at most Dutch embassies and consulates, always by appointment. You can also apply at Schiphol or in some municipalities in the Netherlands. Collect your new document within 3 months.

task-emigration-voluntary-aow-title = Decide whether to insure yourself voluntarily for AOW
task-emigration-voluntary-aow-body = If you live abroad, you usually no longer build up State pension (AOW). Your AOW will then be lower later. You can take out voluntary AOW insurance with the SVB, but you pay a premium. You can apply from 2 months before you leave. After 1 year abroad it is no longer possible.

task-emigration-tax-return-title = File a tax return for the year you leave
task-emigration-tax-return-body = For the year you emigrate, you file a special tax return: the M return. You can do this online in Mijn Belastingdienst or on a paper form. In the return you fill in the time before and after you left separately.
