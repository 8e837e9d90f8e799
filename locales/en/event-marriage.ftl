# Wegwijs: getting married or entering a registered partnership (plain language, reader is "you").

event-marriage-title = Getting married or becoming registered partners
event-marriage-summary = You are getting married or entering a registered partnership. Give notice to the municipality in time. Also think about your name and your allowances.
event-marriage-date = Wedding date

task-marriage-give-notice-title = Give notice of your marriage or partnership
task-marriage-give-notice-body = Together, give notice of your intended marriage or partnership to the municipality where you will marry. Also give the names of 2 to 4 witnesses. Were you born or have you lived abroad? Then contact the municipality a few months earlier.

task-marriage-name-use-title = Choose which surname you use
task-marriage-name-use-body = After the wedding you may use your partner's surname, before or after your own name, or instead of it. Your official surname does not change. Tell the municipality where you live what you choose. You tell your bank and insurers yourself.

task-marriage-allowances-title = Check your allowances
task-marriage-allowances-body = After the wedding you are each other's allowance partner ({ NL("toeslagpartner") }). This starts on the first day of the month after the wedding. Your incomes then count together for your allowances. Update your details in Mijn toeslagen, so that you do not have to pay money back later.

task-marriage-prenuptial-agreement-title = Decide whether you want a prenuptial agreement
task-marriage-prenuptial-agreement-body = If you marry without an agreement, what you get during the marriage belongs to you both. What you already had, and what you inherit or are given, stays your own. Do you want something else? Then make a prenuptial agreement ({ NL("huwelijkse voorwaarden") }) at a notary before the wedding.
