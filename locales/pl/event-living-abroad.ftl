# Wegwijs: rok za granicą (poziom języka B1, zwracamy się do czytelnika per „ty”).

event-living-abroad-title = Mieszkanie za granicą, co roku
event-living-abroad-summary = Mieszkasz poza Holandią. Te sprawy wracają co roku albo wtedy, gdy przyjdzie na nie czas.
event-living-abroad-date = Początek roku (na przykład 1 stycznia)

task-living-abroad-proof-of-life-title = Wyślij do SVB zaświadczenie o życiu ({ NL("levensbewijs") })
task-living-abroad-proof-of-life-body = Dostajesz z SVB emeryturę państwową (AOW) lub inne świadczenie? Wtedy SVB zwykle 1 raz w roku prosi cię o zaświadczenie o życiu ({ NL("levensbewijs") }). Dostajesz w tej sprawie list. Przekaż zaświadczenie przez aplikację albo poproś o podpisanie formularza i odeślij go. Zrób to na czas, bo inaczej SVB wstrzyma wypłatę.

task-living-abroad-passport-title = Odnów na czas paszport lub dowód osobisty
task-living-abroad-passport-body = Za granicą na nowy paszport czekasz dłużej niż w Holandii. Dlatego sprawdź wcześnie, kiedy kończy się ważność twojego paszportu. Wniosek składasz w ambasadzie lub konsulacie, w jednej z holenderskich gmin przygranicznych albo na lotnisku Schiphol. Musisz przyjść tam osobiście. Odbierz nowy dokument w ciągu 3 miesięcy. Gminy przygraniczne to: Aalten, Bergeijk, Bergen op Zoom, Breda, Den Haag, Echt-Susteren, Enschede, Heerlen, Maastricht, Montferland, Nijmegen, Oldambt, Sluis i Venlo.

task-living-abroad-voting-title = Głosuj dalej z zagranicy
task-living-abroad-voting-body = Masz obywatelstwo holenderskie? Wtedy możesz głosować z zagranicy. Zarejestruj się w tym celu 1 raz w gminie Den Haag. Potem przed każdymi wyborami automatycznie dostajesz wiadomość. Masz nowy adres? Wtedy przekaż go gminie Den Haag.

task-living-abroad-digid-title = Zadbaj o to, żeby twoje DigiD działało
task-living-abroad-digid-body = Z DigiD załatwiasz przez internet wiele spraw z holenderskimi urzędami. Nie masz jeszcze DigiD albo już nie działa? Wniosek o DigiD możesz złożyć także z zagranicy. Kod aktywacyjny dostajesz pocztą, w okienku DigiD albo podczas rozmowy wideo.
