# Wegwijs: going to study (plain language, reader is "you").

event-studying-title = Going to study
event-studying-summary = You are going to MBO, HBO or university. You arrange this with DUO and with the Benefits Office (Dienst Toeslagen).
event-studying-date = The first day of your studies

task-studying-student-finance-title = Apply for student finance at DUO
task-studying-student-finance-body = Apply for student finance in Mijn DUO; you log in with DigiD. Apply even if you do not know yet whether you passed or were admitted. If something changes, tell DUO as soon as possible. If you are going to MBO, you get student finance from age 18.

task-studying-student-travel-product-title = Arrange your student travel product
task-studying-student-travel-product-body = With the student travel product you travel for free or at a discount on public transport. You request it together with your student finance. DUO sets up a weekday subscription for you; you can switch to a weekend subscription. Link the travel product to your personal OV-chipkaart and load it at a pick-up machine.

task-studying-healthcare-allowance-title = Apply for healthcare allowance
task-studying-healthcare-allowance-body = From age 18 you have your own health insurance and pay the premium yourself. With a low income you can get healthcare allowance ({ NL("zorgtoeslag") }). Apply in Mijn toeslagen, with DigiD. The sooner you apply, the sooner you get the money.

task-studying-rent-allowance-title = Check if you can get rent allowance
task-studying-rent-allowance-body = Are you moving out? You only get rent allowance ({ NL("huurtoeslag") }) for a self-contained home, with its own front door, kitchen, toilet and shower. For a room with a shared kitchen or toilet you usually get no rent allowance. Do a test calculation and apply in Mijn toeslagen.
