# Wegwijs: potrzebna opieka i wsparcie (poziom języka B1, zwracamy się do czytelnika per „ty”).

event-care-need-title = Potrzebujesz pomocy lub opieki w domu
event-care-need-summary = Nie dajesz już rady samodzielnie robić wszystkiego w domu, na przykład z powodu wieku, choroby lub niepełnosprawności. Gmina może pomóc w ramach wsparcia społecznego (Wmo). Załatwiasz to w gminie i w CAK.
event-care-need-date = Dzień, w którym zgłaszasz gminie, że potrzebujesz pomocy

task-care-need-report-need-title = Zgłoś w gminie, że potrzebujesz pomocy
task-care-need-report-need-body = Powiedz w punkcie wsparcia społecznego (Wmo-loket) albo w zespole dzielnicowym ({ NL("wijkteam") }) swojej gminy, czego już nie możesz zrobić samodzielnie. Na przykład: nie mogę już samodzielnie gotować ani sprzątać. Zwykle można to zrobić telefonicznie, przez internet, listownie lub w okienku. Może ci w tym pomóc członek rodziny albo opiekun nieformalny ({ NL("mantelzorger") }).

task-care-need-personal-plan-title = Jeśli chcesz, napisz plan osobisty
task-care-need-personal-plan-body = W planie osobistym piszesz, czego potrzebujesz i dlaczego. Dajesz go gminie, zanim zacznie sprawdzać twoją sytuację. Plan nie jest obowiązkowy. Jeśli nie dasz planu, nie ma to wpływu na twój wniosek.

task-care-need-client-support-title = Poproś o bezpłatną pomoc doradcy klienta
task-care-need-client-support-body = Doradca klienta ({ NL("cliëntondersteuner") }) pomaga ci bezpłatnie i niezależnie. Może razem z tobą zastanowić się nad sprawą, pomóc przy formularzach i pójść z tobą na rozmowę z gminą. Taką pomoc może też dostać twój opiekun nieformalny. Zapytaj w gminie albo w zespole dzielnicowym, gdzie znajdziesz doradcę klienta.

task-care-need-investigation-title = Porozmawiaj z gminą o swojej sytuacji
task-care-need-investigation-body = Gmina sprawdza, czego potrzebujesz, zwykle podczas rozmowy u ciebie w domu. Zaproś kogoś, kto pomoże ci przemyśleć sprawę, na przykład członka rodziny albo opiekuna nieformalnego. Gmina sprawdza, co możesz zrobić samodzielnie, w czym mogą pomóc ludzie wokół ciebie i jaką pomoc może dać gmina. Potem dostajesz sprawozdanie na piśmie.

task-care-need-apply-title = Złóż w gminie wniosek o pomoc
task-care-need-apply-body = Po sprawdzeniu sytuacji składasz wniosek o pomoc, często przez podpisanie i odesłanie sprawozdania. Nie zgadzasz się z tym, co proponuje gmina? Mimo to możesz złożyć wniosek. Gmina decyduje w ciągu 2 tygodni od twojego wniosku i wysyła ci list z decyzją.

task-care-need-own-contribution-title = Zapłać wkład własny do CAK
task-care-need-own-contribution-body = Czy dostajesz od gminy pomoc lub świadczenie, na przykład pomoc w prowadzeniu domu albo windę schodową? Wtedy zwykle płacisz wkład własny ({ NL("eigen bijdrage") }). CAK ustala jego wysokość i wysyła ci rachunek. Płacisz najwyżej stałą kwotę miesięcznie za całe gospodarstwo domowe, bez względu na to, ile pomocy dostajesz.

task-care-need-wlz-title = Złóż w CIZ wniosek o opiekę w ramach Wlz
task-care-need-wlz-body = Zawsze potrzebujesz opieki w pobliżu, w dzień i w nocy? Wtedy nie dostajesz tej opieki od gminy, tylko w ramach ustawy o opiece długoterminowej ({ NL("Wet langdurige zorg") }, Wlz). Złóż wniosek w CIZ. Możesz to zrobić przez internet albo zrobi to za ciebie organizacja, która zapewnia ci opiekę. Dołącz diagnozę od swojego lekarza. CIZ podejmuje decyzję, a potem biuro opieki ({ NL("zorgkantoor") }) organizuje twoją opiekę.
