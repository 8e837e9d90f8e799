# Wegwijs: needing care and support (plain language, reader is "you").

event-care-need-title = Needing help or care at home
event-care-need-summary = You can no longer do everything at home yourself, for example because of old age, illness or a disability. The municipality can help under the Social Support Act (Wmo). You arrange this with the municipality and the CAK.
event-care-need-date = The day you tell the municipality you need help

task-care-need-report-need-title = Tell the municipality that you need help
task-care-need-report-need-body = Tell the Wmo desk or the neighbourhood team of your municipality what you can no longer do yourself. For example: I can no longer cook or clean myself. You can usually do this by phone, online, by letter or at the desk. A relative or carer may help you with this.

task-care-need-personal-plan-title = Write a personal plan if you want to
task-care-need-personal-plan-body = In a personal plan you write what you need and why. You give it to the municipality before the investigation starts. The plan is not required. If you do not hand in a plan, this does not affect your application.

task-care-need-client-support-title = Ask for free help from a client supporter
task-care-need-client-support-body = A client supporter helps you for free and independently. They can think along with you, help with forms and come with you to the talk with the municipality. Your carer can get this help too. Ask your municipality or the neighbourhood team where to find a client supporter.

task-care-need-investigation-title = Talk to the municipality about your situation
task-care-need-investigation-body = The municipality looks into what you need, usually in a talk at your home. Invite someone to think along with you, such as a relative or your carer. The municipality looks at what you can do yourself, what people around you can do and what help the municipality can give. Afterwards you get the report on paper.

task-care-need-apply-title = Apply to the municipality for the help
task-care-need-apply-body = After the investigation you apply for the help, often by signing the report and sending it back. Do you disagree with what the municipality suggests? You may still apply. The municipality decides within 2 weeks after your application and sends you a letter with the decision.

task-care-need-own-contribution-title = Pay your own contribution to the CAK
task-care-need-own-contribution-body = Do you get help or a provision from the municipality, such as help in the home or a stairlift? Then you usually pay an own contribution. The CAK sets it and sends you the bill. You pay at most a fixed amount per month per household, however much help you get.

task-care-need-wlz-title = Apply to the CIZ for care under the Wlz
task-care-need-wlz-body = Do you always need care close by, day and night? Then you do not get that care from the municipality, but under the Long-term Care Act ({ NL("Wet langdurige zorg") }, Wlz). Apply to the CIZ. You can do this online, or your care provider does it for you. Send your doctor's diagnosis with it. The CIZ decides, then the care office ({ NL("zorgkantoor") }) arranges your care.
