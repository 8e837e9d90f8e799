# Wegwijs: narodziny dziecka (poziom języka B1, zwracamy się do czytelnika per „ty”).

event-birth-title = Narodziny dziecka
event-birth-summary = Rodzi ci się dziecko. Załatwiasz to w gminie, u ubezpieczyciela zdrowotnego, w SVB, w Toeslagen i u pracodawcy.
event-birth-date = Data urodzenia dziecka

task-birth-register-birth-title = Zgłoś urodzenie w gminie
task-birth-register-birth-body = Zgłoś urodzenie ({ NL("aangifte") }) w gminie, w której urodziło się dziecko. Jeśli ostatni dzień wypada w weekend lub w święto, masz więcej czasu. Weź ze sobą swój dokument tożsamości i dokument tożsamości matki. Dziecko dostaje wtedy akt urodzenia ({ NL("geboorteakte") }) i numer obywatelski (BSN).

task-birth-health-insurance-title = Zgłoś dziecko do swojego ubezpieczyciela zdrowotnego
task-birth-health-insurance-body = Zgłoś dziecko do swojego ubezpieczyciela zdrowotnego albo do ubezpieczyciela partnera. Potrzebujesz do tego numeru BSN dziecka. Jeśli zrobisz to na czas, dziecko jest ubezpieczone od dnia urodzenia. Za dzieci poniżej 18 lat nie płacisz składki.

task-birth-child-benefit-title = Złóż w SVB wniosek o zasiłek na dziecko ({ NL("kinderbijslag") })
task-birth-child-benefit-body = Gmina przekazuje informację o urodzeniu do SVB. Po około 2–4 tygodniach dostajesz list. Potem składasz wniosek o zasiłek na dziecko ({ NL("kinderbijslag") }) na stronie SVB, przez DigiD. Jeśli już dostajesz zasiłek na dziecko, a dziecko urodziło się w Holandii, nie musisz nic robić. Dziecko urodziło się za granicą? Wtedy zgłoś urodzenie do SVB samodzielnie.
task-birth-child-benefit-abroad-title = Zgłoś urodzenie do SVB samodzielnie
task-birth-child-benefit-abroad-body = Mieszkasz za granicą? Wtedy SVB nie dowie się automatycznie, że urodziło ci się dziecko. Zgłoś urodzenie samodzielnie i dołącz akt urodzenia ({ NL("geboorteakte") }). Jeśli tego nie zrobisz, nie możesz złożyć wniosku o zasiłek na dziecko ({ NL("kinderbijslag") }). To, czy dostaniesz zasiłek na dziecko, zależy od twojej pracy i od kraju, w którym mieszkasz.

task-birth-childcare-allowance-title = Złóż wniosek o dodatek na opiekę nad dzieckiem ({ NL("kinderopvangtoeslag") })
task-birth-childcare-allowance-body = Czy dziecko chodzi do zarejestrowanej placówki opieki nad dziećmi, a ty i twój partner pracujecie lub studiujecie? Wtedy możesz dostać dodatek na opiekę nad dzieckiem ({ NL("kinderopvangtoeslag") }). Złóż wniosek w Mijn toeslagen, najpóźniej 3 miesiące po miesiącu, w którym zaczyna się opieka. W przeciwnym razie stracisz pieniądze.

task-birth-partner-leave-title = Weź urlop z okazji narodzin dziecka
task-birth-partner-leave-body = Czy twoja partnerka urodziła dziecko, a ty pracujesz na umowę o pracę? Wtedy dostajesz 1 tydzień urlopu z okazji narodzin dziecka ({ NL("geboorteverlof") }): tyle godzin, ile pracujesz w tygodniu. Jak najszybciej powiedz pracodawcy, kiedy go weźmiesz. Pracodawca dalej płaci ci wynagrodzenie.

task-birth-extra-partner-leave-title = Złóż wniosek o dodatkowy urlop z okazji narodzin dziecka
task-birth-extra-partner-leave-body = Po tygodniu urlopu z okazji narodzin dziecka możesz wziąć do 5 tygodni dodatkowego urlopu. Złóż u pracodawcy pisemny wniosek co najmniej 4 tygodnie wcześniej. Pracodawca składa w UWV wniosek o świadczenie. Dostajesz wtedy 70% swojego dziennego wynagrodzenia ({ NL("dagloon") }).

task-birth-acknowledge-child-title = Uznaj swoje dziecko w gminie
task-birth-acknowledge-child-body = Nie jesteście małżeństwem ani zarejestrowanymi partnerami? Wtedy partner musi uznać dziecko ({ NL("erkenning") }). Można to zrobić już przed urodzeniem i jest to wygodne. Idziecie razem do gminy, z dokumentami tożsamości. Matka musi się na to zgodzić. Od 2023 roku dzięki uznaniu macie też razem władzę rodzicielską nad dzieckiem.

task-birth-choose-surname-title = Wybierz nazwisko dziecka
task-birth-choose-surname-body = Razem z partnerem możesz wybrać, jakie nazwisko dostanie twoje dziecko. Zrób to przed urodzeniem albo najpóźniej przy zgłoszeniu urodzenia. Idziecie w tej sprawie oboje do gminy. Twoje pierwsze dziecko urodziło się w 2024 roku lub później? Wtedy może też dostać podwójne nazwisko. To, co wybierzesz, dotyczy też twoich kolejnych dzieci.

task-birth-pregnancy-leave-title = Załatw urlop ciążowy i urlop macierzyński
task-birth-pregnancy-leave-body = Dostajesz co najmniej 16 tygodni urlopu. Urlop zaczyna się na 6 do 4 tygodni przed przewidywaną datą porodu. Płaci za niego UWV. Masz pracę? Wtedy poproś pracodawcę o urlop najpóźniej 3 tygodnie przed jego początkiem. Pracodawca składa w UWV wniosek o pieniądze. Pracujesz na własny rachunek? Wtedy samodzielnie złóż w UWV wniosek o świadczenie ZEZ, najpóźniej 2 tygodnie przed urlopem.

task-birth-paid-parental-leave-title = Weź płatny urlop rodzicielski
task-birth-paid-parental-leave-body = Pracujesz na umowę o pracę? Wtedy w pierwszym roku po urodzeniu dziecka możesz wziąć 9 tygodni płatnego urlopu rodzicielskiego. UWV płaci ci wtedy 70% twojego wynagrodzenia. Ustal z pracodawcą, kiedy weźmiesz urlop. Pracodawca składa w UWV wniosek o pieniądze.
