# Wegwijs: przeprowadzka (poziom języka B1, zwracamy się do czytelnika per „ty”).

event-moving-title = Przeprowadzka
event-moving-summary = Przeprowadzasz się w obrębie Holandii. Zgłoś na czas nowy adres w gminie. Wiele instytucji dostanie go wtedy automatycznie.
event-moving-date = Data przeprowadzki

task-moving-report-move-title = Zgłoś przeprowadzkę w gminie
task-moving-report-move-body = Zgłoś nowy adres w gminie, w której zamieszkasz. Możesz to zrobić przez internet z DigiD albo w okienku. Członków rodziny często możesz od razu zgłosić razem ze sobą. Jeśli zgłosisz przeprowadzkę za późno, datą przeprowadzki staje się dzień zgłoszenia.

task-moving-address-passed-on-title = Gmina przekazuje twój nowy adres
task-moving-address-passed-on-body = Gmina przekazuje twój nowy adres między innymi do Belastingdienst, SVB, DUO, CAK, RDW, twojego funduszu emerytalnego i ubezpieczyciela zdrowotnego. Nie musisz w tej sprawie nic robić. Firmy, na przykład bank i dostawca energii, nie dostają adresu od gminy. Te firmy powiadamiasz samodzielnie.

task-moving-rent-allowance-title = Zgłoś nowy czynsz w Toeslagen
task-moving-rent-allowance-body = Dostajesz dodatek mieszkaniowy ({ NL("huurtoeslag") })? Po przeprowadzce podaj nowy czynsz w Mijn toeslagen. Jeśli przeprowadzasz się do kupionego mieszkania lub domu, zatrzymaj dodatek mieszkaniowy. W ten sposób nie będziesz później musieć oddawać pieniędzy.
