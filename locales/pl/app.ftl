# Wegwijs: teksty aplikacji i wiersza poleceń (poziom języka B1, zwracamy się do czytelnika per „ty”).

app-name = Wegwijs
app-tagline = Twój przewodnik po sprawach urzędowych
skip-to-content = Przejdź od razu do treści
loading = Chwileczkę, Wegwijs się wczytuje…

## Język

language-label = Język
language-nl = Nederlands
language-en = English
# Każdy język pod własną nazwą, tak samo w każdym pliku.
language-fy = Frysk
language-pap = Papiamentu
language-tr = Türkçe
language-ar = العربية
language-pl = Polski
language-uk = Українська
translation-unreviewed = To tłumaczenie powstało z pomocą komputera. Nikt, dla kogo ten język jest językiem ojczystym, jeszcze go nie sprawdził.
translation-unreviewed-short = Tłumaczenie niesprawdzone
translation-show-dutch = Pokaż tekst po niderlandzku
translation-showing-dutch = Widzisz teraz tekst po niderlandzku.
translation-back = Wróć do języka: { $language }
glossary-link = Słowniczek: niderlandzkie słowa z listów od urzędów
language-changed = Język to teraz polski.

## Pierwsze uruchomienie

welcome-title = Witaj w Wegwijs
welcome-intro = Czasem w życiu dużo się zmienia. Rodzi ci się dziecko, przeprowadzasz się albo przestajesz pracować. Wegwijs pokazuje, co trzeba wtedy załatwić, w jakiej instytucji i kiedy.
welcome-privacy = Twoje dane zostają na tym urządzeniu. Wegwijs nigdzie ich nie wysyła.
welcome-setup-title = O tobie
welcome-setup-intro = Wpisz kilka informacji. Wtedy Wegwijs wie, jakie zasady dotyczą ciebie. Zawsze możesz je później zmienić.
welcome-submit = Zapisz i dalej

## Formularz profilu

field-name = Imię
field-name-hint = Tak, jak chcesz, żeby się do ciebie zwracano.
field-birth-date = Data urodzenia
field-birth-date-hint = Na przykład: 14 3 1990
field-birth-day = Dzień
field-birth-month = Miesiąc
field-birth-year = Rok
field-residence-where = Gdzie mieszkasz?
field-residence-nl = W Holandii
field-residence-abroad = Za granicą
field-residence-country = Kraj, w którym mieszkasz
field-residence-country-hint = Mieszkasz za granicą? Wybierz kraj, w którym teraz mieszkasz.
field-residence-country-choose = Wybierz kraj
field-municipality = Gmina
field-municipality-hint = Gmina, w której masz meldunek.
field-situation = Twoja sytuacja
field-situation-intro = Te pytania nie są obowiązkowe. Dzięki odpowiedziom Wegwijs lepiej dopasuje plan do ciebie.
field-partner = Masz partnera?
field-partner-hint = Partner to twój mąż lub twoja żona, twój zarejestrowany partner albo osoba, z którą mieszkasz.
field-partner-yes = Tak
field-partner-no = Nie
field-partner-unsaid = Wolę nie mówić
field-employment = Czym się zajmujesz?
field-employment-unsaid = Wolę nie mówić
employment-employed = Pracuję na umowę o pracę
employment-self-employed = Mam własną firmę albo pracuję na własny rachunek ({ NL("zzp'er") })
employment-unemployed = Nie mam pracy i szukam pracy
employment-retired = Jestem na emeryturze
employment-student = Uczę się lub studiuję
employment-none = Nie mam płatnej pracy
field-bsn = Numer obywatelski (BSN)
field-children-on-people = Swoje dzieci i inne osoby, którymi się opiekujesz, wpisz w części Osoby, z ich imionami. Wtedy Wegwijs na czas pokaże, co się dla nich zmienia, na przykład gdy twoje dziecko kończy 18 lat.
field-children-people-link = Przejdź do części Osoby
profile-save = Zapisz
profile-saved = Twoje dane są zapisane.
required = obowiązkowe

## Błędy w formularzach

error-summary-title = Sprawdź swoje dane
error-summary-intro = Znaleziono { $count ->
    [one] { $count } błąd
    [few] { $count } błędy
    [many] { $count } błędów
   *[other] { $count } błędów
}. To, co już jest wpisane, zostaje.

## Nawigacja

nav-label = Menu główne
nav-menu = Menu
nav-home = Strona główna
nav-life-events = Wydarzenia
nav-documents = Dokumenty
nav-people = Osoby
nav-status = Sprawy w toku
nav-settings = Ustawienia

## Strona główna

home-title = Cześć, { $name }
home-intro = Co chcesz dziś załatwić?
home-signals-title = Wkrótce
home-signal-plan = Zobacz, co musisz załatwić
home-profile-title = Twoje dane
home-profile-edit = Zmień dane
home-lives-in-nl = { $municipality }, Holandia

## Części, które dopiero powstają

life-events-title = Wydarzenia w twoim życiu
life-events-intro = Narodziny dziecka, ukończenie 18 lat, przeprowadzka, przejście na emeryturę: wybierz, co dzieje się w twoim życiu. Dostaniesz wtedy jeden plan ze wszystkim, co trzeba załatwić, we wszystkich instytucjach, z datami, które dotyczą ciebie. Przy każdym zadaniu jest napisane, skąd pochodzi zasada.
documents-title = Dokumenty
documents-intro = Przechowuj bezpiecznie na tym urządzeniu paszport, akt urodzenia ({ NL("geboorteakte") }), umowę najmu i listy od urzędów. Są zapisywane w formie zaszyfrowanej. Wegwijs ostrzega cię, zanim dokument straci ważność.
people-title = Osoby
people-intro = Załatwiaj sprawy za kogoś innego, na przykład za swoje dziecko albo za rodzica, który potrzebuje pomocy. Zawsze widzisz, w czyim imieniu coś robisz, a wszystko jest zapisywane.
status-title = Sprawy w toku
status-intro = Zobacz, jak wyglądają twoje wnioski w urzędach, i czytaj oficjalne komunikaty o twojej okolicy.
cases-title-for = Wnioski – { $name }
cases-intro = Zapisuj, o co wnioskujesz: pozwolenie, dodatek, pomoc od gminy. Wegwijs pokazuje, kiedy organizacja musi podjąć decyzję, a po decyzji – do kiedy możesz złożyć sprzeciw ({ NL("bezwaar") }).
cases-list-title = Twoje wnioski
cases-none = Nie masz jeszcze żadnego wniosku.
cases-reference = sygnatura { $reference }
cases-submitted = wpłynął { $date }
cases-decision-due = Organizacja musi podjąć decyzję najpóźniej { $date }.
cases-decided = Decyzja wysłana { $date }.
cases-objection-due = Możesz złożyć sprzeciw ({ NL("bezwaar") }) do { $date } włącznie.
cases-moved = (Przesunięte na następny dzień roboczy z powodu weekendu lub święta.)
cases-add-step = Zapisz, co się stało
cases-record-decision = Zapisz decyzję
cases-remove = Usuń
cases-remove-confirm = Tak, usuń razem ze wszystkimi krokami
cases-objection-check = Sprawdź w liście, czy możesz złożyć sprzeciw ({ NL("bezwaar") }), u kogo i czy obowiązuje inny termin.
cases-decision-check = Termin się zatrzymuje, gdy organizacja czeka na twoje dokumenty, i może zostać 1 raz przedłużony.
cases-step-status = Co się stało?
cases-step-status-hint = Na przykład: „Poprosili o więcej dokumentów”.
cases-step-date = Którego dnia?
cases-step-date-hint = Zostaw puste, jeśli to dzisiaj.
cases-step-note = Notatka (może być pusta)
cases-decision-date = Data listu z decyzją
cases-decision-date-hint = Data na liście albo dzień, w którym decyzja pojawiła się w twojej skrzynce Berichtenbox. Nie dzień, w którym ją przeczytano.
cases-save = Zapisz
cases-cancel = Anuluj
cases-add-title = Dodaj wniosek
cases-add-intro = Większość organizacji nie może jeszcze wysyłać twoich wniosków do Wegwijs. Zapisz je tutaj.
cases-provider = Organizacja
cases-provider-hint = Na przykład: Gemeente Utrecht, SVB, Belastingdienst.
cases-what = O co wnioskujesz?
cases-what-hint = Własnymi słowami.
cases-submitted-label = Data, w której wniosek dotarł do organizacji
cases-submitted-hint = Na przykład 30 10 2026. Często jest na potwierdzeniu.
cases-reference-label = Sygnatura (może być pusta)
cases-reference-hint = Numer na listach w tej sprawie ({ NL("zaaknummer") }).
cases-weeks = Termin na decyzję w tygodniach (może być pusty)
cases-weeks-hint = Zostaw puste, jeśli to 8 tygodni: zwykły termin. Niektóre ustawy przewidują inny termin.
cases-add-submit = Dodaj wniosek
cases-added = Dodano: „{ $title }”.
cases-step-saved = Zapisano w sprawie „{ $title }”.
cases-decision-saved = Decyzja w sprawie „{ $title }” jest zapisana.
cases-letter = Pismo z decyzją: { $title }
cases-letter-link = Wybierz pismo z decyzją
cases-letter-change = Wybierz inne pismo
cases-letter-choose = Pismo z decyzją
cases-letter-choose-hint = Wybierz pismo ze swoich dokumentów. Jeszcze go tam nie ma? Najpierw dodaj je w Dokumentach.
cases-letter-no-documents = Nie masz jeszcze zapisanych dokumentów. Najpierw dodaj pismo w Dokumentach.
cases-letter-none = Brak pisma
cases-letter-saved = Pismo jest powiązane ze sprawą „{ $title }”.
cases-letter-unlinked = Ze sprawą „{ $title }” nie jest już powiązane żadne pismo.
cases-removed = Usunięto: „{ $title }”.
cases-sources-title = Organizacje, które pokazują twoje wnioski
cases-sources-intro = Niektóre gminy i organizacje pokazują twoje wnioski przez połączenie (standard ZGW). Wegwijs pobiera je na podstawie twojego numeru BSN i przechowuje na tym urządzeniu: 1 raz dziennie, gdy Wegwijs jest otwarty, oraz gdy klikasz Odśwież.
cases-sources-none = Nie masz jeszcze połączonej organizacji.
cases-source-synced = Ostatnia aktualizacja: { $date }
cases-source-never = Jeszcze nie zaktualizowano.
cases-sync = Odśwież
cases-syncing = Trwa pobieranie…
cases-synced = Zaktualizowano. Nowe lub z postępem: { $count }.
cases-sync-failed = Nie wszystko zostało zaktualizowane. Poniżej jest napisane, co poszło nie tak. Widzisz wnioski z ostatniego razu.
cases-source-disconnect = Odłącz
cases-source-disconnect-confirm = Tak, odłącz i usuń wnioski tej organizacji
cases-source-disconnected = Odłączono: „{ $name }”.
cases-connect-title = Połącz organizację
cases-connect-intro = Organizacja daje ci adres połączenia oraz client-id i sekret. Sekret trafia do magazynu kluczy twojego komputera, a nie do plików Wegwijs.
cases-connect-name = Nazwa
cases-connect-name-hint = Na przykład: Gemeente Arnhem.
cases-connect-url = Adres Zaken API
cases-connect-url-hint = Zaczyna się od https://
cases-connect-auth = Jak Wegwijs pokazuje, kim jesteś?
cases-connect-auth-jwt = Przez client-id i sekret od organizacji
cases-connect-auth-login = Przez moje logowanie (w Ustawieniach)
cases-connect-client = Client-id
cases-connect-secret = Sekret
cases-connect-secret-hint = Nie widzisz go podczas pisania.
cases-connect-submit = Połącz
cases-connected = Połączono: „{ $name }”. Kliknij Odśwież, żeby pobrać swoje wnioski.
cases-from-source = Od: { $name }, przez połączenie.
cases-step-todo = jeszcze nie
cases-closed-on = Zakończono { $date }.
cases-result = Wynik: { $result }
cases-calendar = Wpisz ostatnie dni do kalendarza
cases-overdue = Za późno: organizacja powinna już była podjąć decyzję. Możesz wysłać jej pisemne wezwanie do wydania decyzji ({ NL("ingebrekestelling") }). Jeśli potem w ciągu dwóch tygodni nadal nie zdecyduje, może być zobowiązana zapłacić ci pewną kwotę (Awb, artykuł 4:17).
cases-bsn-used = Organizacje wyszukują wnioski osoby { $name } na podstawie numeru BSN { $bsn }.
cases-bsn-missing = Żeby pobrać wnioski osoby { $name }, potrzebny jest numer BSN.
cases-bsn-add = Wpisz numer BSN
cases-bsn-change = Zmień numer BSN
cases-bsn-label = Numer BSN – { $name }
cases-bsn-hint = Dziewięć cyfr. Jest w paszporcie, dowodzie osobistym lub prawie jazdy. Zostaw puste, żeby go usunąć.
cases-bsn-saved = Numer BSN jest zapisany.

## Wydarzenia i twój plan

life-events-choose = Wybierz, co się dzieje
life-events-search = Szukaj wydarzenia
life-events-count = { $count ->
    [one] { $count } wydarzenie
    [few] { $count } wydarzenia
    [many] { $count } wydarzeń
   *[other] { $count } wydarzeń
}
plan-date-hint = Na przykład: 27 11 2026. Nie znasz jeszcze dokładnej daty? Wpisz datę, której się spodziewasz.
plan-make = Utwórz mój plan
plan-title = Twój plan: { $event }, { $date }
plan-group-before = Przed { $date }
plan-group-on-the-day = W dniu { $date }
plan-group-after = Po { $date }
plan-group-undated = Bez stałej daty
plan-due = Najpóźniej { $date }
plan-due-abroad = To jest data holenderska. W miejscu { $place } masz czas do { $date }, godz. { $time }.
plan-where-to-go = Ambasada lub konsulat Holandii dla kraju { $country }:
plan-window = Od { $from } do { $to } włącznie
plan-from = Od { $date }
plan-no-date = Bez stałej daty
plan-provider = Instytucja: { $provider }
plan-check = Sprawdź, czy to dotyczy ciebie.
plan-bring = Weź ze sobą:
plan-channels = Jak:
plan-why = Dlaczego to jest w twoim planie:
plan-sources = Gdzie jest zapisana ta zasada:
plan-empty = Przy tym wydarzeniu nie musisz nic załatwiać.
plan-show-left-out = { $count ->
    [one] Pokaż też { $count } zadanie, które cię nie dotyczy
    [few] Pokaż też { $count } zadania, które cię nie dotyczą
    [many] Pokaż też { $count } zadań, które cię nie dotyczą
   *[other] Pokaż też { $count } zadań, które cię nie dotyczą
}
plan-left-out-title = Nie dotyczy ciebie
plan-keep = Zachowaj ten plan
plan-kept = Twój plan jest zachowany. Zaznaczaj, co jest już zrobione.
plan-done = Zrobione
plan-overdue = Po terminie
plan-note = Twoja notatka
plan-note-save = Zapisz notatkę
plan-note-saved = Twoja notatka jest zapisana.
plan-delete = Usuń plan
plan-deleted = Plan został usunięty.
kept-plans-title = Twoje plany
kept-plan-open = { $open ->
    [one] jeszcze { $open } zadanie
    [few] jeszcze { $open } zadania
    [many] jeszcze { $open } zadań
   *[other] jeszcze { $open } zadań
}
kept-plan-overdue = { $overdue ->
    [one] { $overdue } po terminie
    [few] { $overdue } po terminie
    [many] { $overdue } po terminie
   *[other] { $overdue } po terminie
}
plan-export-ics = Dodaj do kalendarza
plan-export-done = Plik do kalendarza jest zapisany.
plan-export-pdf = Lista do wydruku (PDF)
plan-pdf-done = Lista do wydruku jest zapisana.
plan-print = Drukuj

## Ustawienia

settings-title = Ustawienia
settings-language-title = Język
settings-profile-title = Twoje dane
settings-notifications-title = Powiadomienia
settings-notifications-label = Pokazuj powiadomienie, gdy coś się zbliża
settings-notifications-hint = Na przykład gdy twoje dziecko wkrótce kończy 18 lat albo wkrótce zaczyna się twoja emerytura państwowa (AOW). Powiadomienie pochodzi z twojego komputera; nic nie idzie przez internet.
settings-notifications-on = Powiadomienia są włączone.
settings-notifications-off = Powiadomienia są wyłączone.
settings-data-title = Gdzie są twoje dane
settings-data-intro = Wegwijs przechowuje twoje dane tylko na tym urządzeniu, w tym folderze:

## Pomoc

footer-help = Potrzebujesz pomocy? W wielu bibliotekach jest punkt informacyjny ds. e-administracji (Informatiepunt Digitale Overheid). Tam pomogą ci bezpłatnie.

## Wiersz poleceń

cli-no-profile = Nie ma jeszcze żadnych danych. Wpisz je poleceniem: wegwijs profile set --name … --birth-date RRRR-MM-DD --country NL --municipality …
cli-profile-saved = Twoje dane są zapisane.
cli-error = Błąd
cli-no-keyring = Na tym urządzeniu nie ma magazynu kluczy.
cli-prompt-passphrase = Hasło:
cli-prompt-new-passphrase = Wybierz hasło, żeby chronić swoje dane (co najmniej 8 znaków):
cli-prompt-backup-passphrase = Hasło do kopii zapasowej:
cli-prompt-recovery-key = Klucz odzyskiwania:
cli-recovery-key = Twój klucz odzyskiwania: { $key }
    Zapisz go i przechowuj w bezpiecznym miejscu. Dzięki niemu otworzysz swoje dane na nowym urządzeniu. Widzisz go tylko ten jeden raz.
cli-vault-added = Dodano: { $title } ({ $id })
cli-vault-without-text = { $title }: zachowano, ale nie udało się odczytać tekstu. Wyszukiwanie znajdzie ten dokument tylko po tytule i etykietach.
cli-vault-none = Nie znaleziono dokumentów.
cli-vault-document = { $id }  { $title } ({ $kind })
cli-vault-document-expires = { $id }  { $title } ({ $kind }), ważny do { $expires }
cli-vault-saved = Zapisano jako { $path }.
cli-vault-removed = Dokument został usunięty.
cli-vault-verified = Sprawdzone dokumenty: { $documents }, w porządku: { $ok }.
cli-vault-damaged = Uszkodzony: { $id }
cli-vault-backup = Kopia zapasowa zapisana. Liczba dokumentów: { $documents }.
cli-vault-restored = Przywrócone dokumenty: { $restored }; już istniejące: { $skipped }.
cli-vault-restore-not-allowed = Nie przywrócono dokumentów innych osób (liczba: { $count }): żadna reprezentacja nie pozwala ci dodawać ich dokumentów. Zapisz reprezentację, a potem przywróć kopię zapasową jeszcze raz.
cli-vault-restore-log-behind = Ta kopia zapasowa pochodzi z tej instalacji, a dziennik w niej ma wpisy, których tutaj brakuje: przywrócono starszą kopię twoich danych. Jest to teraz zapisane w dzienniku.
cli-vault-recovered = Twoje dane są znowu otwarte na tym urządzeniu.
unlock-window-title = Otwórz swoje dane
unlock-choose-title = Chroń swoje dane hasłem
unlock-choose-intro = Wegwijs przechowuje twoje dane w formie zaszyfrowanej na tym urządzeniu. To urządzenie nie ma magazynu kluczy, w którym można bezpiecznie przechowywać klucz. Dlatego wybierz hasło. Wpisujesz je za każdym razem, gdy otwierasz Wegwijs.
unlock-enter-title = Wpisz hasło
unlock-enter-intro = Twoje dane są zaszyfrowane. Wpisz hasło, żeby je otworzyć.
unlock-recover-title = Otwórz dane kluczem odzyskiwania
unlock-recover-intro = Klucza do twoich danych nie ma na tym urządzeniu. Wpisz klucz odzyskiwania, który został zapisany na początku korzystania z Wegwijs.
unlock-passphrase = Hasło
unlock-new-passphrase = Nowe hasło
unlock-new-passphrase-hint = Co najmniej 8 znaków. Krótkie zdanie łatwo zapamiętać i trudno zgadnąć.
unlock-repeat = Wpisz hasło jeszcze raz
unlock-repeat-differs = Te dwa hasła nie są takie same.
unlock-recovery-key = Klucz odzyskiwania
unlock-recovery-key-hint = 32 litery i cyfry, na przykład ABCD-EFGH-… Wielkie litery i myślniki nie mają znaczenia.
unlock-submit = Otwórz
unlock-choose-submit = Chroń i otwórz
unlock-forgot = Nie pamiętam hasła
recovery-key-title = Zapisz swój klucz odzyskiwania
recovery-key-intro = Tym kluczem otworzysz swoje dane na nowym urządzeniu albo wtedy, gdy klucz na tym urządzeniu zginie.
recovery-key-keep = Przechowuj go na papierze w bezpiecznym miejscu. Nie pokazuj go nikomu. Widzisz go tylko ten jeden raz.
recovery-key-print = Drukuj
recovery-key-done = Klucz jest zapisany
documents-add-title = Dodaj dokumenty
documents-add-intro = Wybierz, jakie dokumenty dodajesz. Możesz dodać kilka plików naraz.
documents-kind = Rodzaj dokumentu
documents-doc-title = Tytuł
documents-doc-title-hint = Zostaw puste, żeby użyć nazwy pliku.
documents-expires = Ważny do
documents-expires-hint = Zostaw puste, jeśli dokument nie traci ważności. Na przykład: 14 3 2031.
documents-tags = Etykiety
documents-tags-hint = Słowa, po których znajdziesz dokument, oddzielone przecinkami. Na przykład: dom, czynsz.
documents-choose-files = Wybierz pliki…
documents-add-dropped = { $count ->
        [one] Dodaj upuszczony plik
        [few] Dodaj { $count } upuszczone pliki
        [many] Dodaj { $count } upuszczonych plików
       *[other] Dodaj { $count } upuszczonych plików
    }
documents-drop-hint = Możesz też przeciągnąć pliki do tego okna.
documents-dropped = { $count ->
        [one] { $count } plik czeka na dodanie.
        [few] { $count } pliki czekają na dodanie.
        [many] { $count } plików czeka na dodanie.
       *[other] { $count } plików czeka na dodanie.
    }
documents-added = { $count ->
        [one] Dodano { $count } dokument.
        [few] Dodano { $count } dokumenty.
        [many] Dodano { $count } dokumentów.
       *[other] Dodano { $count } dokumentów.
    }
documents-without-text = { $count ->
        [one] Nie udało się odczytać tekstu. Dlatego wyszukiwanie znajdzie ten dokument tylko po tytule i etykietach.
        [few] W { $count } dokumentach nie udało się odczytać tekstu. Dlatego wyszukiwanie znajdzie je tylko po tytule i etykietach.
        [many] W { $count } dokumentach nie udało się odczytać tekstu. Dlatego wyszukiwanie znajdzie je tylko po tytule i etykietach.
       *[other] W { $count } dokumentach nie udało się odczytać tekstu. Dlatego wyszukiwanie znajdzie je tylko po tytule i etykietach.
    }
documents-not-added = Nie dodano
documents-list-title = Twoje dokumenty
documents-search = Szukaj
documents-search-hint = Szukaj w tytułach, etykietach i tekście plików PDF i plików tekstowych.
documents-count = { $count ->
        [0] Brak dokumentów.
        [one] { $count } dokument.
        [few] { $count } dokumenty.
        [many] { $count } dokumentów.
       *[other] { $count } dokumentów.
    }
documents-expiry-valid = Ważny do { $date }
documents-expiry-soon = Wkrótce traci ważność: { $date }
documents-expiry-expired = Ważność skończyła się { $date }
documents-export = Zapisz kopię
documents-exported = Zapisano kopię: { $title }.
documents-delete = Usuń
documents-delete-confirm = Na pewno usunąć? Naciśnij jeszcze raz
documents-removed = Usunięto: { $title }.
documents-verify = Sprawdź wszystkie dokumenty
documents-verify-ok = { $count ->
        [one] Dokument jest w porządku.
        [few] Wszystkie dokumenty są w porządku ({ $count }).
        [many] Wszystkie dokumenty są w porządku ({ $count }).
       *[other] Wszystkie dokumenty są w porządku ({ $count }).
    }
documents-verify-damaged = { $count ->
        [one] { $count } dokument jest uszkodzony. Przywróć go z kopii zapasowej.
        [few] { $count } dokumenty są uszkodzone. Przywróć je z kopii zapasowej.
        [many] { $count } dokumentów jest uszkodzonych. Przywróć je z kopii zapasowej.
       *[other] { $count } dokumentów jest uszkodzonych. Przywróć je z kopii zapasowej.
    }
size-bytes = { $n } B
size-kb = { $n } kB
size-mb = { $n } MB
home-signal-documents = Przejdź do dokumentów
home-signal-case = Zobacz wniosek
home-signal-announcements = Zobacz komunikaty
plan-held-valid = W twoich dokumentach: { $title } (wtedy ten dokument jest jeszcze ważny)
plan-held-invalid = W twoich dokumentach: { $title }, ale wtedy ten dokument nie jest już ważny. Najpierw go odnów.
documents-edit = Zmień
documents-save = Zapisz
documents-cancel = Anuluj
documents-saved = Zapisano dane: { $title }.
cli-person-added = Dodano: { $name } (id { $id }).
cli-cases-none = Nie ma jeszcze wniosków. Dodaj wniosek poleceniem: wegwijs cases add
cli-case-removed = Usunięto wniosek { $id }.
cli-case-decision-due = Organizacja musi podjąć decyzję najpóźniej { $date }.
cli-case-objection-due = Ostatni dzień na sprzeciw ({ NL("bezwaar") }): { $date }.
cli-case-letter = Pismo z decyzją: { $title } (dokument { $id }).
cli-sources-none = Nie ma jeszcze połączonych organizacji. Połącz organizację poleceniem: wegwijs cases source add
cli-source-removed = Odłączono: { $name }. Sekret i wnioski tej organizacji zostały usunięte.
cli-source-synced = Ostatnia aktualizacja: { $at }
cli-source-never-synced = Jeszcze nie zaktualizowano.
cli-prompt-zgw-secret = Sekret, który dała ci organizacja (nie będzie widoczny):
cli-sync-ok = { $name }: zaktualizowano.
cli-sync-failed = { $name }: { $error }
cli-sync-changed = Wnioski nowe lub z postępem: { $count }
cli-cases-calendar-written = Plik do kalendarza jest zapisany.
cli-representation-granted = Zapisano reprezentację { $id }.
cli-representation-revoked = Cofnięto reprezentację { $id }.
cli-audit-ok = Liczba wpisów w dzienniku: { $entries }; łańcuch jest nienaruszony.
cli-audit-broken = Liczba wpisów w dzienniku: { $entries }; łańcuch jest PRZERWANY: jakiś wpis został zmieniony, usunięty lub przeniesiony.
people-list-title = Twoje gospodarstwo domowe
people-you = ty
people-born = data urodzenia: { $date }
people-relation = Kim ta osoba jest dla ciebie
people-add-title = Dodaj osobę
people-add-submit = Dodaj
people-added = Dodano: { $name }.
people-rename = Zmień imię: { $name }
people-rename-label = Nowe imię dla: { $name }
people-rename-save = Zapisz imię
people-rename-cancel = Anuluj
people-renamed = Imię to teraz: { $name }.
relation-child = dziecko
relation-partner = partner
relation-parent = rodzic
relation-other = inna relacja
reps-title = Kto działa w czyim imieniu
reps-none = Nikt jeszcze nie działa w niczyim imieniu.
reps-line = { $representative } działa w imieniu: { $subject }
reps-view-only = tylko podgląd
reps-ends-on = Do { $date }
reps-ended-on = Zakończono { $date }
reps-revoked-on = Cofnięto { $date }
reps-no-end = Bez daty końcowej
reps-act-for = Działaj w imieniu: { $name }
reps-revoke = Cofnij
reps-revoke-confirm = Na pewno cofnąć? Naciśnij jeszcze raz
people-granted = Zapisano reprezentację: { $name }.
people-revoked = Cofnięto reprezentację: { $name }.
grant-title = Zapisz reprezentację
grant-representative = Kto działa?
grant-subject = W czyim imieniu?
grant-basis = Na jakiej podstawie?
grant-scopes = W jakich sprawach?
grant-scopes-hint = Nie zaznaczaj nic, jeśli chodzi o wszystko, na co pozwala podstawa. Upoważnienie ({ NL("machtiging") }) wymaga zaznaczenia co najmniej jednej sprawy: tylko tego, co wybierze sama osoba.
grant-until = Do
grant-until-hint = Zostaw puste, jeśli nie ma daty końcowej. Władza rodzicielska i opieka prawna kończą się automatycznie w wieku 18 lat.
grant-view-only = Tylko podgląd: bez zmian, bez zapisywania kopii, bez usuwania
grant-submit = Zapisz
basis-ouderlijk-gezag = Władza rodzicielska
basis-ouderlijk-gezag-explain = rodzic załatwia wszystko za dziecko poniżej 18 lat. Kończy się automatycznie w dniu 18. urodzin.
basis-voogdij = Opieka prawna
basis-voogdij-explain = tak jak władza rodzicielska, ale dla osoby, która nie jest rodzicem. Kończy się w wieku 18 lat.
basis-curatele = Kuratela
basis-curatele-explain = sąd postanowił, że kurator ({ NL("curator") }) załatwia sprawy finansowe i osobiste.
basis-beschermingsbewind = Zarząd majątkiem
basis-beschermingsbewind-explain = sąd postanowił, że zarządca majątku ({ NL("bewindvoerder") }) załatwia tylko sprawy finansowe.
basis-mentorschap = Mentorat
basis-mentorschap-explain = sąd postanowił, że opiekun w sprawach zdrowia i opieki ({ NL("mentor") }) załatwia tylko sprawy opieki.
basis-machtiging = Upoważnienie
basis-machtiging-explain = osoba sama prosi o pomoc, w sprawach i na okres, które sama wybiera.
scope-documents = dokumenty
scope-guidance = plany i terminy
scope-finance = pieniądze
scope-care = opieka
acting-banner = Działasz teraz w imieniu: { $name }
acting-details = { $basis }, do { $date }
acting-details-no-end = { $basis }
acting-stop = Przestań działać w imieniu: { $name }
documents-acting-title = Dokumenty – { $name }
audit-title = Kto co zrobił w czyim imieniu
audit-intro = Tutaj jest wszystko, co zostało zrobione w imieniu innej osoby. Nie da się tego niezauważenie zmienić.
audit-none = Nic jeszcze nie zostało zapisane.
audit-line = { $actor } w imieniu: { $subject }:
audit-action-representation-grant = zapisanie reprezentacji
audit-action-representation-revoke = cofnięcie reprezentacji
audit-action-documents-view = przeglądanie dokumentów
audit-action-documents-change = dodanie lub zmiana dokumentu
audit-action-documents-export = zapisanie kopii dokumentu
audit-action-documents-delete = usunięcie dokumentu
audit-action-guidance-view = przeglądanie planów
audit-action-audit-mismatch = wykrycie, że w dzienniku brakuje wpisów
audit-verify = Sprawdź dziennik
audit-ok = Dziennik jest nienaruszony (liczba wpisów: { $count }).
audit-broken = Ktoś majstrował przy dzienniku. Poproś o pomoc.
lock-now = Zablokuj
unlock-open-title = Aplikacja Wegwijs jest zablokowana
unlock-open-intro = Dopóki Wegwijs jest zablokowany, nie widać żadnych twoich danych. Otwórz go ponownie, gdy wszystko będzie gotowe.
lock-warning-title = Wegwijs zaraz się zablokuje
lock-warning-text = Od jakiegoś czasu nie używasz Wegwijs. Za 1 minutę się zablokuje. To, czego jeszcze nie zapisano, zostanie wtedy utracone.
lock-warning-keep-open = Nie blokuj

settings-accessibility-title = Dostępność
settings-accessibility-intro = Wegwijs ma być wygodny dla każdego, także na małym ekranie, z dużym tekstem lub z czytnikiem ekranu. Sami sprawdziliśmy aplikację pod kątem wymagań dostępności (WCAG 2.1, poziom AA). Niezależnego audytu jeszcze nie było.
settings-accessibility-known = To jeszcze nie działa dobrze:
settings-accessibility-known-pdf = Lista do wydruku (PDF) nie działa jeszcze dobrze z czytnikiem ekranu.
settings-accessibility-untested = Jeszcze nie przetestowano: korzystania z Wegwijs z czytnikiem ekranu oraz na Windows, macOS i telefonach.

settings-text-size-title = Rozmiar tekstu
settings-text-size = Jak duże ma być wszystko na ekranie?
settings-text-size-hint = Tekst, przyciski i obrazki rosną razem, więc nic na siebie nie nachodzi. Dopóki nie wybierzesz, Wegwijs używa rozmiaru tekstu z twojego komputera.
settings-text-size-saved = Rozmiar tekstu to teraz { $size }.
settings-time-zone-title = Strefa czasowa
settings-time-zone-hint = Termin to data holenderska. Mieszkasz w innej strefie czasowej? Wtedy przy każdej dacie widzisz też, do której godziny masz czas u siebie.
settings-time-zone = Twoja strefa czasowa
settings-time-zone-device = Strefa tego urządzenia
settings-time-zone-current = Teraz: { $zone }
settings-time-zone-saved = Twoja strefa czasowa to teraz { $zone }.

settings-auto-lock-title = Blokowanie
settings-auto-lock = Blokuj Wegwijs, gdy nie jest używany przez
settings-auto-lock-never = Nigdy
settings-auto-lock-minutes = { $count ->
        [one] { $count } minutę
        [few] { $count } minuty
        [many] { $count } minut
       *[other] { $count } minut
    }
settings-auto-lock-saved = Zapisano.
documents-issued = Data wydania
documents-issued-hint = Jeśli ją znasz. Na przykład: 14 3 2021.
documents-events = Do jakich wydarzeń?
documents-events-hint = Nieobowiązkowe. Przytrzymaj Ctrl (lub Cmd), żeby wybrać więcej.
cli-login-open = Zaloguj się w przeglądarce. Jeśli przeglądarka się nie otworzy, przejdź pod ten adres: { $url }
cli-login-service = Usługa logowania: { $issuer }
cli-login-signed-in = Zalogowano jako { $name }.
cli-login-signed-out = Brak logowania.
cli-login-acting-for = Działasz w imieniu osoby { $id } (potwierdzone przez usługę logowania).
cli-login-unlinked = Według usługi logowania działasz w imieniu innej osoby. Podaj, kto to jest, poleceniem: wegwijs login link PERSOON_ID
cli-logged-out = Wylogowano, także w usłudze logowania.
cli-logged-out-here = Wylogowano na tym urządzeniu. Usługa logowania była niedostępna.
cli-representation-verified = potwierdzona
cli-representation-upcoming = zaczyna się później
login-title = Logowanie w usłudze logowania
login-intro = Możesz zalogować się w usłudze logowania do urzędów, na przykład DigiD przez pośrednika ({ NL("makelaar") }). Jeśli działasz tam w imieniu innej osoby, na przykład z upoważnieniem DigiD (DigiD-machtiging), Wegwijs zapisuje to jako potwierdzoną reprezentację. Dane, którymi się logujesz, zostają w magazynie kluczy twojego komputera.
login-signed-in = Zalogowano jako { $name } od { $date }.
login-signed-out = Nie ma aktywnego logowania.
login-not-kept = Ten komputer nie ma magazynu kluczy, więc logowanie nie zostanie zapamiętane. Teraz możesz jednak z niego korzystać.
login-acting-for = Usługa logowania potwierdza, że działasz w imieniu: { $name }.
login-unlinked = Według usługi logowania działasz w imieniu innej osoby. Kto to jest?
login-unlinked-add-first = Najpierw dodaj tę osobę w części Osoby, a potem wróć tutaj.
login-link-scopes-hint = Usługa logowania nie mówi, w jakich sprawach. Wybierz to, co zostało ustalone; co najmniej jedną sprawę.
login-link-person = Ta osoba to
login-link-submit = Połącz
login-linked = Połączono. Działasz teraz w imieniu: { $name }, co potwierdza usługa logowania.
login-start = Zaloguj się
login-again = Zaloguj się ponownie
login-waiting = Zaloguj się w oknie przeglądarki, które się otworzyło. Wegwijs czeka, aż wrócisz.
login-cancel = Przestań czekać
login-check = Sprawdź logowanie
login-still-valid = Twoje logowanie jest nadal ważne.
login-logout = Wyloguj się
login-logged-out = Wylogowano, także w usłudze logowania.
login-logged-out-here = Wylogowano na tym urządzeniu. Usługa logowania była niedostępna.
login-done = Zalogowano jako { $name }.
login-settings-title = Ustawienia usługi logowania
login-issuer = Adres usługi logowania
login-issuer-hint = Na przykład https://login.example.nl. Adres dostaniesz od organizacji, która zarządza usługą logowania.
login-client-id = Client-id
login-client-id-hint = Nazwa, którą usługa logowania nadała aplikacji Wegwijs.
login-settings-save = Zapisz ustawienia
login-settings-saved = Ustawienia są zapisane.
reps-verified = Potwierdzone przez usługę logowania
grant-evidence = Dowód (nieobowiązkowy)
grant-evidence-hint = Dokument w twoim sejfie, który to pokazuje, na przykład wyrok sądu albo podpisane upoważnienie ({ NL("machtiging") }).
grant-evidence-none = Brak dokumentu
audit-filter = Pokaż, co zostało zrobione w imieniu
audit-filter-everyone = Wszystkie osoby
audit-print = Drukuj to zestawienie
home-signals-title-for = Wkrótce – { $name }
life-events-acting = Plany tutaj dotyczą osoby: { $name }, na podstawie jej daty urodzenia. Nie są zachowywane na twojej własnej liście.
login-browser-done = Wegwijs ma już odpowiedź usługi logowania. Możesz zamknąć to okno i wrócić do Wegwijs.

# Upoważnienie na czas po 18. urodzinach (Daan: władza rodzicielska się kończy, pomoc trwa
# dalej tylko w takim zakresie, w jakim chce tego młoda osoba).
grant-from = Od
grant-from-hint = Zostaw puste, żeby zacząć od dzisiaj.
reps-starts-on = Zaczyna się { $date }
reps-mandate-offer = { $name } kończy 18 lat { $date }. Potem możesz pomagać już tylko w tym, co { $name } wybierze, na podstawie upoważnienia ({ NL("machtiging") }).
reps-mandate-button = Zapisz upoważnienie od: { $name }
grant-mandate-intro = Decyzję podejmuje tylko { $name }. Ustalcie razem, w czym możesz dalej pomagać i jak długo, i zapisz to tutaj. { $name } musi też dać ci upoważnienie ({ NL("machtiging") }) w DigiD Machtigen, na machtigen.digid.nl. Bez tego upoważnienia nie możesz załatwić w urzędach niczego w imieniu tej osoby.
home-signal-mandate = Zapisz upoważnienie na czas po 18. urodzinach

## Read aloud: the platform's voice reads a plan or a task

read-aloud-plan = Przeczytaj plan na głos
read-aloud-task = Przeczytaj na głos
read-aloud-stop = Przestań czytać na głos

## Komunikaty o twojej okolicy (strona Wnioski)
neighbourhood-title = Komunikaty o twojej okolicy
neighbourhood-intro = Gminy, prowincje i zarządy wodne ({ NL("waterschappen") }) ogłaszają oficjalne komunikaty. Na przykład o pozwoleniu na budowę obok twojego domu, o drzewie, które zostanie wycięte, albo o nowym przepisie drogowym. Wegwijs może ich dla ciebie szukać w pobliżu twojego adresu.
neighbourhood-privacy = Twój adres zostaje na tym urządzeniu. Wegwijs wysyła do usługi urzędowej tylko punkt na mapie. W ten sposób Wegwijs pyta, co jest w pobliżu.
neighbourhood-off = Ta funkcja jest wyłączona. Wegwijs o nic nie pyta, dopóki jej nie włączysz.
neighbourhood-postcode = Kod pocztowy
neighbourhood-number = Numer domu
neighbourhood-addition = Litera lub dodatek do numeru (jeśli jest)
neighbourhood-find = Znajdź mój adres
neighbourhood-found = Czy to twój adres?
neighbourhood-radius = Odległość od twojego adresu
neighbourhood-metres = { $metres } m
neighbourhood-confirm = Tak, szukaj tutaj
neighbourhood-change = Nie, zmień
neighbourhood-watching = Wegwijs szuka w promieniu { $metres } metrów od adresu { $address }.
neighbourhood-check = Sprawdź teraz
neighbourhood-checking = Trwa sprawdzanie…
neighbourhood-checked = Nowe: { $new }, razem: { $total }.
neighbourhood-last-checked = Ostatnio sprawdzono: { $date }.
neighbourhood-never-checked = Jeszcze nie sprawdzono.
neighbourhood-last-failed = Ostatnie sprawdzanie się nie udało. Widzisz to, co znaleziono wcześniej.
neighbourhood-save-radius = Zapisz odległość
neighbourhood-disable = Wyłącz i zapomnij mój adres
neighbourhood-disabled = Komunikaty o twojej okolicy są wyłączone. Twój adres i to, co znaleziono, zostały usunięte.
neighbourhood-list-title = Co znaleziono
neighbourhood-none = Nie znaleziono żadnych komunikatów w pobliżu twojego adresu.
neighbourhood-filter-kind = Rodzaj
neighbourhood-filter-all = Wszystkie rodzaje
neighbourhood-unread-only = Pokaż tylko nowe
neighbourhood-shown = Widoczne: { $shown } z { $total }
neighbourhood-new = Nowy
neighbourhood-distance = { $metres } m od twojego adresu
neighbourhood-distance-unknown = W twojej gminie
neighbourhood-published = Opublikowano { $date }
neighbourhood-by = Od: { $organisation }
neighbourhood-respond-by = Ostatni dzień na zgłoszenie uwag: { $date }
neighbourhood-open = Przeczytaj komunikat (otworzy się w przeglądarce)
neighbourhood-mark-read = Oznacz jako przeczytany
neighbourhood-mark-unread = Oznacz jako nowy
neighbourhood-map-title = Mapa
neighbourhood-map-label = Mapa: twój adres na środku, północ u góry. Liczba komunikatów w promieniu { $metres } metrów: { $count }.
neighbourhood-map-you = Twój adres
neighbourhood-calendar = Wpisz ostatnie dni na zgłoszenie uwag do kalendarza
neighbourhood-calendar-saved = Plik do kalendarza jest zapisany.
cli-announcements-enabled = Wegwijs szuka komunikatów w promieniu { $radius } metrów od adresu { $address }.
cli-announcements-disabled = Komunikaty o twojej okolicy są wyłączone. Adres i to, co znaleziono, zostały usunięte.
cli-announcements-checked = Nowe: { $new }, razem: { $total }.
cli-announcements-off = Komunikaty o twojej okolicy są wyłączone. Włącz je poleceniem `wegwijs announcements enable`.
cli-announcements-none = Nie znaleziono żadnych komunikatów w pobliżu twojego adresu.
cli-announcements-respond-by = Ostatni dzień na zgłoszenie uwag: { $date }
cli-announcements-read = Komunikat { $id } jest oznaczony jako przeczytany.
cli-announcements-calendar-written = Plik do kalendarza jest zapisany.
