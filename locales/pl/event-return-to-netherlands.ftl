# Wegwijs: powrót do Holandii (poziom języka B1, zwracamy się do czytelnika per „ty”).

event-return-to-netherlands-title = Powrót do Holandii
event-return-to-netherlands-summary = Po okresie za granicą znowu zamieszkasz w Holandii. Załatwiasz to w gminie, u ubezpieczyciela zdrowotnego, w Dienst Toeslagen i w Belastingdienst.
event-return-to-netherlands-date = Dzień przyjazdu do Holandii

task-return-to-netherlands-register-gemeente-title = Zamelduj się w nowej gminie
task-return-to-netherlands-register-gemeente-body = Czy w ciągu najbliższych 6 miesięcy będziesz mieszkać w Holandii co najmniej 4 miesiące? Wtedy osobiście meldujesz się w gminie, w której zamieszkasz. Umów wizytę; twój partner i dzieci też przychodzą. Weź paszport lub dowód osobisty, dowód adresu, na przykład umowę najmu, oraz akty tego, co zmieniło się za granicą, na przykład ślubu lub urodzenia dziecka.

task-return-to-netherlands-health-insurance-title = Wykup holenderskie ubezpieczenie zdrowotne
task-return-to-netherlands-health-insurance-body = Jeśli znowu mieszkasz w Holandii, musisz mieć holenderskie ubezpieczenie zdrowotne. Ubezpieczyciel zdrowotny musi cię przyjąć do ubezpieczenia podstawowego. Jeśli zrobisz to na czas, ubezpieczenie zaczyna się w dniu, od którego masz obowiązek być ubezpieczonym.

task-return-to-netherlands-healthcare-allowance-title = Złóż wniosek o dodatek do ubezpieczenia zdrowotnego ({ NL("zorgtoeslag") })
task-return-to-netherlands-healthcare-allowance-body = Masz holenderskie ubezpieczenie zdrowotne i niezbyt wysoki dochód? Wtedy możesz dostać dodatek do ubezpieczenia zdrowotnego ({ NL("zorgtoeslag") }). Złóż wniosek w Mijn toeslagen, z DigiD. Im wcześniej złożysz wniosek, tym wcześniej dostaniesz pieniądze.

task-return-to-netherlands-digid-title = Sprawdź swoje DigiD
task-return-to-netherlands-digid-body = Jeśli masz DigiD jeszcze z czasu pobytu za granicą, możesz go dalej normalnie używać. Nie masz DigiD albo już nie działa? Złóż wniosek o nowe po zameldowaniu w gminie. Z DigiD załatwiasz przez internet sprawy z Belastingdienst, z SVB i ze swoją gminą.

task-return-to-netherlands-tax-return-title = Złóż zeznanie podatkowe za rok powrotu
task-return-to-netherlands-tax-return-body = Za rok, w którym przyjeżdżasz do Holandii, składasz specjalne zeznanie podatkowe: M-aangifte. Możesz to zrobić przez internet w Mijn Belastingdienst albo na papierowym formularzu. W zeznaniu osobno wpisujesz okres przed przyjazdem i po nim.

task-return-to-netherlands-child-benefit-title = Zgłoś swoje dzieci do SVB
task-return-to-netherlands-child-benefit-body = Zamieszkasz w Holandii razem z dziećmi? Wtedy samodzielnie zgłoś swoje dzieci do SVB. W przeciwnym razie nie możesz złożyć wniosku o zasiłek na dziecko ({ NL("kinderbijslag") }). Zrób to w ciągu 4 tygodni.
