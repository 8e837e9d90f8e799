# Wegwijs: getting divorced (plain language, reader is "you").

event-divorce-title = Getting divorced
event-divorce-summary = The court has granted your divorce. You still need to arrange this, so that the divorce becomes official and your money is right.
event-divorce-date = Date the court's decision became final

task-divorce-register-divorce-title = Have the divorce registered with the municipality
task-divorce-register-divorce-body = The court's decision must be registered with the municipality where you got married. Only then are you officially divorced. Usually your lawyer arranges this. If it is not done in time, the decision lapses and the procedure must start again.

task-divorce-allowances-title = Report the divorce to Toeslagen
task-divorce-allowances-body = Report in Mijn toeslagen that you are separating, with the date of the divorce request. Also report a move to the municipality: only then do your incomes stop counting together. If an allowance was in your ex-partner's name, apply for it yourself.

task-divorce-child-benefit-title = Arrange child benefit and child budget
task-divorce-child-benefit-body = The parent the child lives with gets the child benefit. If you are co-parents, you can share the child benefit. Report changes in the care of your children to the SVB in time. Also check your child budget ({ NL("kindgebonden budget") }) in Mijn toeslagen.

task-divorce-name-use-title = Choose which surname you use
task-divorce-name-use-body = After the divorce you may keep using your ex-partner's surname until you marry again. Do you want to use only your own name again? Then tell the municipality where you live yourself. This does not happen automatically.

task-divorce-pension-division-title = Report the divorce to the pension fund
task-divorce-pension-division-body = After a divorce your ex is entitled to half of the pension you built up during the marriage. Report the divorce to the pension fund within 2 years, with the government form. Then the fund pays that part to your ex itself. Too late? Then you must arrange it between yourselves.
