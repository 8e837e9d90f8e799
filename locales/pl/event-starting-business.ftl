# Wegwijs: zakładanie firmy (poziom języka B1, zwracamy się do czytelnika per „ty”).

event-starting-business-title = Zakładanie firmy
event-starting-business-summary = Zakładasz własną firmę. Rejestrujesz się w KVK. Belastingdienst dostaje wtedy twoje dane automatycznie.
event-starting-business-date = Data rozpoczęcia działalności firmy

task-starting-business-check-trade-name-title = Wybierz dobrą nazwę firmy
task-starting-business-check-trade-name-body = Sprawdź w narzędziu Naamchecker na stronie KVK, czy twoja nazwa jest już w rejestrze handlowym (Handelsregister). Nazwa nie może być podobna do istniejącej firmy lub marki. Nie może też wprowadzać w błąd, na przykład & Partners, gdy pracujesz bez wspólników. KVK zapisuje twoją nazwę, gdy rejestrujesz firmę.

task-starting-business-register-kvk-title = Zarejestruj firmę w KVK
task-starting-business-register-kvk-body = Wypełnij formularz rejestracyjny przez internet z DigiD. Potem umów wizytę w biurze KVK i weź ze sobą dokument tożsamości. Adres firmy nie jest twoim adresem domowym? Weź wtedy też umowę najmu albo pisemną zgodę ({ NL("toestemmingsverklaring") }).

task-starting-business-vat-numbers-title = Sprawdź, czy masz już numery VAT ({ NL("btw") })
task-starting-business-vat-numbers-body = KVK przekazuje informację o twojej rejestracji do Belastingdienst. Belastingdienst wysyła ci pocztą numer identyfikacyjny VAT (btw-identificatienummer) i numer podatku obrotowego ({ NL("omzetbelastingnummer") }). Numer btw-id umieszczasz na fakturach i na swojej stronie internetowej. Jeśli nic nie dostaniesz, zadzwoń na BelastingTelefoon.

task-starting-business-small-business-scheme-title = Zdecyduj, czy chcesz korzystać z ulgi dla małych przedsiębiorców
task-starting-business-small-business-scheme-body = Spodziewasz się obrotu nie większego niż 20 000 euro rocznie? Wtedy dzięki uldze dla małych przedsiębiorców ({ NL("kleineondernemersregeling") }, KOR) nie naliczasz VAT i nie składasz deklaracji VAT. Zgłoś się w Belastingdienst. Trzeba to zrobić co najmniej 4 tygodnie przed dniem, od którego ulga ma obowiązywać.
