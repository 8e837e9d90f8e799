# Wegwijs: rozwód (poziom języka B1, zwracamy się do czytelnika per „ty”).

event-divorce-title = Rozwód
event-divorce-summary = Sąd orzekł wasz rozwód. Oto, co musisz jeszcze załatwić, żeby rozwód stał się oficjalny, a twoje sprawy finansowe się zgadzały.
event-divorce-date = Data, w której wyrok sądu stał się prawomocny

task-divorce-register-divorce-title = Zarejestruj rozwód w gminie
task-divorce-register-divorce-body = Wyrok sądu trzeba wpisać do rejestru w gminie, w której zawarto małżeństwo. Dopiero wtedy jesteś oficjalnie po rozwodzie. Zwykle załatwia to twój adwokat. Jeśli nie stanie się to na czas, wyrok traci ważność i postępowanie trzeba zacząć od nowa.

task-divorce-allowances-title = Zgłoś rozwód w Toeslagen
task-divorce-allowances-body = Zgłoś w Mijn toeslagen, że się rozstajecie, i podaj datę wniosku o rozwód. Zgłoś też przeprowadzkę w gminie: dopiero potem wasze dochody przestają się liczyć razem. Jeśli dodatek był na nazwisko twojego byłego partnera, złóż wniosek o ten dodatek samodzielnie.

task-divorce-child-benefit-title = Załatw zasiłek na dziecko ({ NL("kinderbijslag") }) i budżet na dziecko ({ NL("kindgebonden budget") })
task-divorce-child-benefit-body = Zasiłek na dziecko ({ NL("kinderbijslag") }) dostaje rodzic, u którego mieszka dziecko. Jeśli sprawujecie opiekę naprzemienną, możecie podzielić zasiłek na dziecko. Zmiany w opiece nad dziećmi zgłaszaj na czas do SVB. Sprawdź też swój budżet na dziecko ({ NL("kindgebonden budget") }) w Mijn toeslagen.

task-divorce-name-use-title = Wybierz, jakiego nazwiska używasz
task-divorce-name-use-body = Po rozwodzie możesz dalej używać nazwiska byłego partnera, aż do ponownego ślubu. Chcesz znowu używać tylko swojego nazwiska? Zgłoś to samodzielnie w gminie, w której mieszkasz. To nie dzieje się automatycznie.

task-divorce-pension-division-title = Zgłoś rozwód do funduszu emerytalnego
task-divorce-pension-division-body = Po rozwodzie twój były partner ma prawo do połowy tej części twojej emerytury, która powstała w czasie małżeństwa. Zgłoś rozwód do funduszu emerytalnego w ciągu 2 lat, na formularzu od państwa. Wtedy fundusz sam wypłaca tę część twojemu byłemu partnerowi. Za późno? Wtedy musicie to załatwić między sobą.
