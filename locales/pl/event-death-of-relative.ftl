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
