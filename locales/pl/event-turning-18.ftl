# Wegwijs: ukończenie 18 lat (poziom języka B1, zwracamy się do czytelnika per „ty”).

event-turning-18-title = Ukończenie 18 lat
event-turning-18-summary = Gdy kończysz 18 lat, stajesz się osobą pełnoletnią w świetle prawa. Więcej spraw załatwiasz wtedy samodzielnie: ubezpieczenie zdrowotne, dodatki ({ NL("toeslagen") }) i sprawy z urzędami.
event-turning-18-date = Data twoich 18. urodzin

task-turning-18-digid-title = Złóż wniosek o DigiD
task-turning-18-digid-body = Z DigiD załatwiasz przez internet sprawy z urzędami, na przykład dodatki i finansowanie nauki. Złóż wniosek na digid.nl, podając numer BSN i adres. Kod aktywacyjny dostaniesz pocztą. Potem w skrzynce Berichtenbox w MijnOverheid dostajesz pocztę od urzędów.

task-turning-18-health-insurance-title = Płać samodzielnie za ubezpieczenie zdrowotne
task-turning-18-health-insurance-body = Od miesiąca po twoich 18. urodzinach samodzielnie płacisz składkę za ubezpieczenie zdrowotne. Masz wtedy też udział własny w kosztach ({ NL("eigen risico") }). Możesz zostać na polisie rodziców albo samodzielnie wybrać ubezpieczenie. Załatw to na czas z ubezpieczycielem zdrowotnym.

task-turning-18-healthcare-allowance-title = Złóż wniosek o dodatek do ubezpieczenia zdrowotnego ({ NL("zorgtoeslag") })
task-turning-18-healthcare-allowance-body = Dodatek do ubezpieczenia zdrowotnego ({ NL("zorgtoeslag") }) to pieniądze od państwa na twoje ubezpieczenie zdrowotne. Jego wysokość zależy od twojego własnego dochodu, a nie od dochodu rodziców. Złóż wniosek w Mijn toeslagen, z DigiD. Możesz złożyć wniosek także później w ciągu roku, z mocą wsteczną.

task-turning-18-child-benefit-ends-title = Zasiłek na dziecko ({ NL("kinderbijslag") }) się kończy
task-turning-18-child-benefit-ends-body = Twoi rodzice dostają zasiłek na dziecko ({ NL("kinderbijslag") }) do końca kwartału, w którym kończysz 18 lat. Kończysz 18 lat pierwszego dnia kwartału (1 stycznia, 1 kwietnia, 1 lipca lub 1 października)? Wtedy zasiłek kończy się z końcem poprzedniego kwartału. Rodzice nie muszą nic w tej sprawie robić. SVB wysyła im list. Jeśli nadal chodzisz do szkoły, może dostaniesz dopłatę ({ NL("tegemoetkoming") }) z DUO.

task-turning-18-student-finance-title = Złóż w DUO wniosek o finansowanie nauki
task-turning-18-student-finance-body = Idziesz do mbo, do hbo albo na uniwersytet? Wtedy możesz dostać finansowanie nauki ({ NL("studiefinanciering") }). Złóż wniosek w Mijn DUO, z DigiD. Zrób to około 3 miesiące przed rozpoczęciem nauki.

task-turning-18-voting-title = Możesz głosować
task-turning-18-voting-body = Od 18 lat możesz głosować w wyborach. Przed każdymi wyborami dostajesz od gminy kartę do głosowania ({ NL("stempas") }). Weź ją do lokalu wyborczego razem z dokumentem tożsamości.

task-turning-18-donor-register-title = Zapisz swój wybór w rejestrze dawców (Donorregister)
task-turning-18-donor-register-body = Po 18. urodzinach dostajesz list z rejestru dawców (Donorregister). Zdecyduj, czy po śmierci chcesz oddać narządy i tkanki. Jeśli nic nie wpiszesz, przy twoim nazwisku pojawi się: brak sprzeciwu wobec oddania narządów ({ NL("geen bezwaar tegen orgaandonatie") }). Swój wybór możesz zawsze zmienić.

task-turning-18-legal-representation-title = Załatw kuratelę, zarząd majątkiem lub mentorat (curatele, bewind, mentorschap)
task-turning-18-legal-representation-body = Trudno ci samodzielnie decydować o pieniądzach lub opiece, na przykład z powodu niepełnosprawności? Wtedy twoi rodzice mogą poprosić sąd rejonowy ({ NL("kantonrechter") }) o kuratelę ({ NL("curatele") }), zarząd majątkiem ({ NL("bewind") }) lub mentorat ({ NL("mentorschap") }). Władza rodzicielska twoich rodziców kończy się bowiem w dniu twoich 18. urodzin. Zaleca się wysłanie formularza do sądu najpóźniej 3 miesiące wcześniej.

task-turning-18-mandate-title = Daj rodzicom upoważnienie ({ NL("machtiging") }), jeśli chcesz ich pomocy
task-turning-18-mandate-body = Od twoich 18. urodzin rodzice nie mogą już tak po prostu załatwiać za ciebie spraw. Mimo to chcesz pomocy, na przykład przy zeznaniu podatkowym albo dodatkach? Daj wtedy ojcu lub matce upoważnienie ({ NL("machtiging") }) przez DigiD Machtigen, na machtigen.digid.nl. Ty wybierasz, co mogą robić i jak długo. Logują się własnym DigiD. Nigdy nikomu nie dawaj swojego DigiD. Upoważnienie możesz zawsze cofnąć.

task-turning-18-child-budget-ends-title = Budżet na dziecko się zmienia
task-turning-18-child-budget-ends-body = Twoi rodzice dostają budżet na dziecko ({ NL("kindgebonden budget") })? Wtedy od miesiąca po twoich 18. urodzinach już się nie liczysz przy wyliczaniu budżetu. Jeśli jesteś najmłodszym dzieckiem, budżet się kończy. Rodzice nie muszą nic w tej sprawie robić.
