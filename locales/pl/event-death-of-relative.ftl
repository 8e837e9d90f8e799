# Wegwijs: śmierć bliskiej osoby (poziom języka B1, zwracamy się do czytelnika per „ty”).

event-death-of-relative-title = Śmierć bliskiej osoby
event-death-of-relative-summary = Zmarła osoba, która jest ci bliska. Oto, co trzeba załatwić. Możesz to zrobić samodzielnie albo zlecić zakładowi pogrzebowemu.
event-death-of-relative-date = Data śmierci

task-death-of-relative-register-death-title = Zgłoś zgon w gminie
task-death-of-relative-register-death-body = Zgon trzeba zgłosić ({ NL("aangifte") }) w gminie, w której ta osoba zmarła. Zwykle robi to za ciebie zakład pogrzebowy. Jeśli robisz to samodzielnie, weź ze sobą dokument tożsamości i zaświadczenie lekarza o zgonie ({ NL("verklaring van overlijden") }). Potem gmina daje zgodę na pogrzeb lub kremację.

task-death-of-relative-funeral-title = Zorganizuj pogrzeb lub kremację
task-death-of-relative-funeral-body = Pogrzeb lub kremacja może się odbyć nie wcześniej niż 36 godzin po śmierci. Musi się odbyć najpóźniej 6. dnia roboczego po dniu śmierci. Potrzeba więcej czasu, na przykład dla rodziny z zagranicy? Wtedy zakład pogrzebowy prosi gminę o przesunięcie terminu.

task-death-of-relative-survivor-benefit-title = Złóż wniosek o świadczenie dla bliskich zmarłego
task-death-of-relative-survivor-benefit-body = Zmarł twój partner, a ty nie masz jeszcze emerytury państwowej (AOW)? Wtedy możesz dostać świadczenie dla bliskich zmarłego ({ NL("nabestaandenuitkering") }), jeśli masz dziecko poniżej 18 lat albo masz co najmniej 45% niezdolności do pracy. Jeśli łączyło was małżeństwo lub zarejestrowane partnerstwo, SVB wyśle ci list w ciągu 2 tygodni. W przypadku wspólnego zamieszkania bez ślubu wniosek składasz samodzielnie w SVB.

task-death-of-relative-survivor-mandate-title = Złóż wniosek o upoważnienie dla bliskich zmarłego ({ NL("nabestaandenmachtiging") })
task-death-of-relative-survivor-mandate-body = Z upoważnieniem dla bliskich zmarłego ({ NL("nabestaandenmachtiging") }) załatwiasz przez internet podatki i dodatki ({ NL("toeslagen") }) zmarłej osoby. Logujesz się wtedy własnym DigiD. O upoważnienie mogą wystąpić spadkobiercy lub wykonawca testamentu. Czasem potrzebujesz poświadczenia dziedziczenia ({ NL("verklaring van erfrecht") }) od notariusza.

task-death-of-relative-inheritance-tax-title = Złóż deklarację podatku od spadku ({ NL("aangifte erfbelasting") })
task-death-of-relative-inheritance-tax-body = Jeśli dziedziczysz więcej niż kwota wolna od podatku, musisz złożyć deklarację podatku od spadku ({ NL("aangifte erfbelasting") }). Jeśli Belastingdienst uważa, że musisz zapłacić podatek od spadku, jeden ze spadkobierców dostaje list. Czy zgon nastąpił 1 stycznia 2026 roku lub później? Wtedy masz 20 miesięcy na złożenie deklaracji. Przy zgonie w 2025 roku lub wcześniej było to 8 miesięcy. Ta data jest też podana w liście.

task-death-of-relative-income-tax-deceased-title = Złóż zeznanie podatkowe za zmarłą osobę
task-death-of-relative-income-tax-deceased-body = Za rok śmierci spadkobiercy nadal składają zeznanie w sprawie podatku dochodowego. Belastingdienst wysyła do tego papierowy formularz F ({ NL("F-formulier") }). Wypełnij tylko te części, które są potrzebne. Termin, do którego zeznanie musi dotrzeć, jest podany w liście.

task-death-of-relative-accept-inheritance-title = Zdecyduj, czy przyjmujesz spadek
task-death-of-relative-accept-inheritance-body = Spadek możesz przyjąć, odrzucić albo przyjąć z dobrodziejstwem inwentarza ({ NL("beneficiair aanvaarden") }). To znaczy: długi spłacasz tylko z tego, co dziedziczysz. Nie wiesz, czy są długi? Wtedy wybierz przyjęcie z dobrodziejstwem inwentarza. Robisz to przez oświadczenie w sądzie albo przez notariusza.

task-death-of-relative-certificate-of-inheritance-title = Poproś o poświadczenie dziedziczenia
task-death-of-relative-certificate-of-inheritance-body = W poświadczeniu dziedziczenia ({ NL("verklaring van erfrecht") }) jest napisane, kto jest spadkobiercą. Bank często o nie prosi, zanim pozwoli ci coś zrobić z kontami. Poświadczenie sporządza notariusz.

task-death-of-relative-orphans-benefit-title = Złóż wniosek o świadczenie dla sierot
task-death-of-relative-orphans-benefit-body = Zmarli oboje rodzice dziecka? Wtedy dziecko może dostać z SVB świadczenie dla sierot ({ NL("wezenuitkering") }), do ukończenia 21 lat. Od 16 lat dziecko musi jednak chodzić do szkoły lub studiować. Za dziecko poniżej 18 lat wniosek składa osoba, która się nim opiekuje.
