# Wegwijs: rok za granicą (poziom języka B1, zwracamy się do czytelnika per „ty”).

event-living-abroad-title = Mieszkanie za granicą, co roku
event-living-abroad-summary = Mieszkasz poza Holandią. Te sprawy wracają co roku albo wtedy, gdy przyjdzie na nie czas.
event-living-abroad-date = Początek roku (na przykład 1 stycznia)

task-living-abroad-proof-of-life-title = Wyślij do SVB zaświadczenie o życiu ({ NL("levensbewijs") })
task-living-abroad-proof-of-life-body = Dostajesz z SVB emeryturę państwową (AOW) lub inne świadczenie? Wtedy SVB zwykle 1 raz w roku prosi cię o zaświadczenie o życiu ({ NL("levensbewijs") }). Dostajesz w tej sprawie list. Przekaż zaświadczenie przez aplikację albo poproś o podpisanie formularza i odeślij go. Zrób to na czas, bo inaczej SVB wstrzyma wypłatę.

task-living-abroad-passport-title = Odnów na czas paszport lub dowód osobisty
task-living-abroad-passport-body = Za granicą na nowy paszport czekasz dłużej niż w Holandii. Dlatego sprawdź wcześnie, kiedy kończy się ważność twojego paszportu. Wniosek składasz w ambasadzie lub konsulacie, w jednej z holenderskich gmin przygranicznych albo na lotnisku Schiphol. Musisz przyjść tam osobiście. Odbierz nowy dokument w ciągu 3 miesięcy. Gminy przygraniczne to: Aalten, Bergeijk, Bergen op Zoom, Breda, Den Haag, Echt-Susteren, Enschede, Heerlen, Maastricht, Montferland, Nijmegen, Oldambt, Sluis i Venlo.

task-living-abroad-voting-title = Głosuj dalej z zagranicy
task-living-abroad-voting-body = Masz obywatelstwo holenderskie? Wtedy możesz głosować z zagranicy. Zarejestruj się w tym celu 1 raz w gminie Den Haag. Wybierz przy tym, w jakich wyborach chcesz głosować: do izby niższej parlamentu ({ NL("Tweede Kamer") }), do Parlamentu Europejskiego i do kolegium wyborczego, które wybiera Senat ({ NL("Eerste Kamer") }). Na każdy rodzaj wyborów rejestrujesz się osobno. Potem przed każdymi wyborami automatycznie dostajesz wiadomość. Masz nowy adres? Wtedy przekaż go gminie Den Haag.

task-living-abroad-digid-title = Zadbaj o to, żeby twoje DigiD działało
task-living-abroad-digid-body = Z DigiD załatwiasz przez internet wiele spraw z holenderskimi urzędami. Nie masz jeszcze DigiD albo już nie działa? Wniosek o DigiD możesz złożyć także z zagranicy. Kod aktywacyjny dostajesz pocztą, w okienku DigiD albo podczas rozmowy wideo.

task-living-abroad-tax-return-title = Złóż zeznanie podatkowe w Holandii, jeśli musisz
task-living-abroad-tax-return-body = Masz w Holandii dochód lub majątek, na przykład emeryturę albo dom? Wtedy być może co roku musisz złożyć zeznanie podatkowe ({ NL("aangifte") }) w holenderskim Belastingdienst. Dostajesz list albo formularz zeznania? Wtedy musisz złożyć zeznanie. Termin jest podany w liście. Nie masz listu? Wtedy musisz złożyć zeznanie tylko wtedy, gdy masz do zapłacenia więcej niż niewielką kwotę podatku. Dostaniesz zwrot pieniędzy? Możesz o niego poprosić do 5 lat po danym roku.

task-living-abroad-cak-title = Zgłaszaj zmiany do CAK
task-living-abroad-cak-body = Dostajesz z Holandii emeryturę państwową (AOW), inną emeryturę lub świadczenie? I mieszkasz w kraju UE lub EOG, w Szwajcarii albo w kraju, z którym Holandia ma umowę? Wtedy twoja opieka zdrowotna w tym kraju zwykle jest załatwiana przez CAK. Płacisz za to składkę. Zwykle jest ona potrącana z twojej emerytury. Coś się zmienia, na przykład twój adres albo dochód? Zgłoś to do CAK.
