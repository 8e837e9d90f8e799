# Wegwijs: długi (poziom języka B1, zwracamy się do czytelnika per „ty”).

event-debts-title = Długi
event-debts-summary = Masz długi, z którymi nie radzisz sobie samodzielnie. Twoja gmina może ci pomóc. Załatwiasz to w gminie, w Dienst Toeslagen i w Belastingdienst.
event-debts-date = Dzień, w którym zgłaszasz się po pomoc w sprawie długów

task-debts-ask-debt-help-title = Poproś gminę o pomoc w sprawie długów ({ NL("schuldhulp") })
task-debts-ask-debt-help-body = Zgłoś się do gminy, w której mieszkasz: zwykle można to zrobić przez internet, telefonicznie lub w okienku. Zbierz już teraz listy od wierzycieli, pasek wypłaty lub list w sprawie zasiłku i umowę najmu. Chcesz, żeby ktoś inny złożył wniosek za ciebie? Możesz dać tej osobie pisemne upoważnienie ({ NL("machtiging") }).

task-debts-first-meeting-title = Odbądź pierwszą rozmowę z gminą
task-debts-first-meeting-body = Po zgłoszeniu gmina musi w ciągu 4 tygodni przeprowadzić z tobą pierwszą rozmowę. Grozi ci eksmisja albo odcięcie gazu, wody lub prądu? Powiedz o tym od razu, wtedy zwykle dostajesz pomoc w ciągu 3 dni. Podczas rozmowy razem sprawdzacie, co jest potrzebne, żeby rozwiązać problem długów.

task-debts-apply-allowances-title = Sprawdź, czy masz prawo do dodatku
task-debts-apply-allowances-body = Może masz prawo do dodatku do ubezpieczenia zdrowotnego ({ NL("zorgtoeslag") }), dodatku mieszkaniowego ({ NL("huurtoeslag") }) lub budżetu na dziecko ({ NL("kindgebonden budget") }), a jeszcze go nie dostajesz. Zrób próbne wyliczenie na stronie Belastingdienst. Złóż wniosek o dodatek w Mijn toeslagen. Im wcześniej złożysz wniosek, tym wcześniej dostaniesz pieniądze.

task-debts-tax-payment-arrangement-title = Poproś o odroczenie podatku lub rozłożenie go na raty
task-debts-tax-payment-arrangement-body = Nie możesz na czas zapłacić podatku z decyzji podatkowej ({ NL("belastingaanslag") })? Od razu zadzwoń na BelastingTelefoon albo wyślij list. Może dostaniesz 4 miesiące odroczenia albo rozłożenie płatności na raty na najwyżej 12 miesięcy. Zrób to przed ostatecznym terminem płatności podanym w decyzji, wtedy unikniesz dodatkowych kosztów.

task-debts-tax-remission-title = Poproś o umorzenie podatków gminnych ({ NL("kwijtschelding") })
task-debts-tax-remission-body = Masz niski dochód i nie masz oszczędności ani innego majątku? Wtedy może nie musisz płacić podatków gminnych albo płacisz tylko ich część. Złóż w gminie wniosek o umorzenie, z formularzem i dowodami. Zrób to szybko po otrzymaniu decyzji podatkowej.
