# Wegwijs: moving house (plain language, reader is "you").

event-moving-title = Moving house
event-moving-summary = You are moving within the Netherlands. Give your new address to the municipality in time. Many organisations then get it automatically.
event-moving-date = Moving date

task-moving-report-move-title = Report your move to the municipality
task-moving-report-move-body = Give your new address to the municipality where you are going to live. You can do this online with DigiD, or at the desk. You can often move your family members along at the same time. If you are late, the day you report it becomes your moving date.

task-moving-address-passed-on-title = The municipality passes on your new address
task-moving-address-passed-on-body = The municipality passes your new address on to the Belastingdienst, the SVB, DUO, the CAK, the RDW, your pension fund and your health insurer, among others. You do not need to do anything for this. Companies, such as your bank and your energy supplier, do not get it from the municipality. You tell them yourself.

task-moving-rent-allowance-title = Give your new rent to Toeslagen
task-moving-rent-allowance-body = Do you get rent allowance? Then give your new rent in Mijn toeslagen after the move. If you move to a home you own, stop the rent allowance. This way you avoid having to pay money back later.
