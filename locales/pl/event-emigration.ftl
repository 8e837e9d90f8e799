# Wegwijs: wyjazd za granicę (poziom języka B1, zwracamy się do czytelnika per „ty”).

event-emigration-title = Przeprowadzka za granicę
event-emigration-summary = Zamieszkasz za granicą. Wiele spraw musisz załatwić przed wyjazdem, bo z zagranicy jest trudniej.
event-emigration-date = Dzień wyjazdu

task-emigration-report-departure-title = Zgłoś wyjazd w gminie
task-emigration-report-departure-body = Jeśli w ciągu 1 roku zamieszkasz za granicą na 8 miesięcy lub dłużej, zgłoś wyjazd w swojej gminie. Jeśli wszyscy spod twojego adresu przeprowadzają się razem z tobą, możesz to zrobić przez internet z DigiD; w przeciwnym razie idziesz do okienka po umówieniu wizyty. Wymeldowanie następuje w dniu, w którym je zgłaszasz. Potrzebujesz dowodu wymeldowania ({ NL("bewijs van uitschrijving") })? Idź do okienka: gmina wydaje go tylko w dniu wymeldowania.

task-emigration-digid-title = Załatw DigiD przed wyjazdem
task-emigration-digid-body = Z DigiD możesz także z zagranicy załatwiać sprawy z holenderskimi urzędami. Jeśli nie masz jeszcze DigiD, złóż o nie wniosek przed wymeldowaniem, bo z zagranicy jest trudniej. Zainstaluj też aplikację DigiD. Jeśli zmieniasz numer telefonu, zgłoś nowy numer, zanim zrezygnujesz ze starego.

task-emigration-health-insurance-title = Zapytaj ubezpieczyciela zdrowotnego, co dzieje się z twoim ubezpieczeniem
task-emigration-health-insurance-body = Gdy mieszkasz za granicą, twoje holenderskie ubezpieczenie zdrowotne zwykle się kończy. Zgłoś wyjazd swojemu ubezpieczycielowi zdrowotnemu, najlepiej 2 miesiące wcześniej. Nadal dostajesz emeryturę lub świadczenie z Holandii? Wtedy przeczytaj też zadanie o CAK. W przeciwnym razie załatw samodzielnie ubezpieczenie zdrowotne w nowym kraju.
task-emigration-cak-s1-title = Zarejestruj się w CAK w sprawie opieki zdrowotnej za granicą
task-emigration-cak-s1-body = Dostajesz z Holandii emeryturę państwową (AOW), inną emeryturę ustawową lub świadczenie? I zamieszkasz w kraju UE lub EOG, w Szwajcarii albo w innym kraju, z którym Holandia ma umowę? Wtedy musisz się ubezpieczyć przez CAK. Nie możesz wtedy samodzielnie wybrać ubezpieczenia. Poproś CAK o formularz S1. Z tym formularzem zapisujesz się do ubezpieczyciela zdrowotnego w nowym kraju. Płacisz składkę na rzecz CAK.

task-emigration-stop-allowances-title = Zatrzymaj dodatek do ubezpieczenia zdrowotnego ({ NL("zorgtoeslag") })
task-emigration-stop-allowances-body = Bez holenderskiego ubezpieczenia zdrowotnego nie masz już prawa do dodatku do ubezpieczenia zdrowotnego ({ NL("zorgtoeslag") }). Zatrzymaj ten dodatek w Mijn toeslagen, bo inaczej później musisz oddać pieniądze. Jeśli dostajesz inne dodatki, sprawdź w Mijn toeslagen, czy nadal masz do nich prawo.

task-emigration-register-to-vote-title = Zarejestruj się, żeby głosować z zagranicy
task-emigration-register-to-vote-body = Chcesz dalej głosować z zagranicy? Zarejestruj się 1 raz w gminie Den Haag jako wyborca mieszkający poza Holandią. Wypełnij formularz, podpisz go i wyślij razem z kopią paszportu lub dowodu osobistego. Możesz się zarejestrować od 17 lat; głosować możesz od 18 lat.

task-emigration-passport-abroad-title = Odnów paszport za granicą
task-emigration-passport-abroad-body = Przed wyjazdem sprawdź, kiedy kończy się ważność twojego paszportu lub dowodu osobistego. Za granicą o nowy dokument wnioskujesz w większości holenderskich ambasad i konsulatów, zawsze po umówieniu wizyty. Można to też zrobić na lotnisku Schiphol albo w niektórych gminach w Holandii. Odbierz nowy dokument w ciągu 3 miesięcy.

task-emigration-voluntary-aow-title = Zdecyduj, czy chcesz się dobrowolnie ubezpieczyć na emeryturę państwową (AOW)
task-emigration-voluntary-aow-body = Gdy mieszkasz za granicą, zwykle nie zbierasz już okresów do emerytury państwowej (AOW). Twoja AOW będzie więc później niższa. W SVB możesz się dobrowolnie ubezpieczyć na AOW, ale za to płacisz składkę. Możesz to zrobić najwcześniej 2 miesiące przed wyjazdem. Po 1 roku za granicą nie jest to już możliwe.

task-emigration-tax-return-title = Złóż zeznanie podatkowe za rok wyjazdu
task-emigration-tax-return-body = Za rok, w którym emigrujesz, składasz specjalne zeznanie podatkowe: M-aangifte. Możesz to zrobić przez internet w Mijn Belastingdienst albo na papierowym formularzu. W zeznaniu osobno wpisujesz okres przed wyjazdem i po nim.
