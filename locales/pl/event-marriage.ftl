# Wegwijs: ślub lub zarejestrowane partnerstwo (poziom języka B1, zwracamy się do czytelnika per „ty”).

event-marriage-title = Ślub lub zarejestrowane partnerstwo
event-marriage-summary = Bierzesz ślub albo zawierasz zarejestrowane partnerstwo. Zgłoś to na czas w gminie. Pomyśl też o nazwisku i o dodatkach ({ NL("toeslagen") }).
event-marriage-date = Data ślubu

task-marriage-give-notice-title = Zgłoś ślub lub partnerstwo w gminie
task-marriage-give-notice-body = Razem złóżcie zawiadomienie o zamiarze zawarcia małżeństwa lub partnerstwa ({ NL("melding voorgenomen huwelijk of partnerschap") }) w gminie, w której bierzecie ślub. Podajcie też imiona i nazwiska od 2 do 4 świadków. Twoje miejsce urodzenia jest za granicą albo masz za sobą okres mieszkania za granicą? Wtedy skontaktuj się z gminą kilka miesięcy wcześniej.

task-marriage-name-use-title = Wybierz, jakiego nazwiska używasz
task-marriage-name-use-body = Po ślubie możesz używać nazwiska partnera: przed swoim nazwiskiem, po nim albo zamiast niego. Twoje oficjalne nazwisko się nie zmienia. Zgłoś swój wybór w gminie, w której mieszkasz. Bank i ubezpieczycieli informujesz samodzielnie.

task-marriage-allowances-title = Sprawdź swoje dodatki ({ NL("toeslagen") })
task-marriage-allowances-body = Po ślubie jesteście dla siebie partnerami do dodatków ({ NL("toeslagpartner") }). Obowiązuje to od pierwszego dnia miesiąca po ślubie. Wasze dochody liczą się wtedy razem przy dodatkach. Zmień swoje dane w Mijn toeslagen, żeby później nie musieć oddawać pieniędzy.

task-marriage-prenuptial-agreement-title = Zdecyduj, czy chcesz intercyzę
task-marriage-prenuptial-agreement-body = Jeśli bierzesz ślub bez umowy, to, co zdobędziecie w czasie małżeństwa, należy do was obojga. To, co masz już przed ślubem, i to, co dziedziczysz albo dostajesz w prezencie, zostaje twoje. Chcecie czegoś innego? Wtedy przed ślubem spiszcie u notariusza intercyzę ({ NL("huwelijkse voorwaarden") }).
