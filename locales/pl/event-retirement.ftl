# Wegwijs: przejście na emeryturę (poziom języka B1, zwracamy się do czytelnika per „ty”).

event-retirement-title = Przejście na emeryturę
event-retirement-summary = Osiągasz wiek emerytury państwowej (AOW-leeftijd). Załatwiasz to w SVB i w Dienst Toeslagen.
event-retirement-date = Dzień, w którym osiągasz wiek emerytury państwowej (AOW)

task-retirement-apply-aow-title = Złóż w SVB wniosek o emeryturę państwową (AOW)
task-retirement-apply-aow-body = Około 4 do 5 miesięcy przed osiągnięciem wieku emerytury państwowej (AOW) dostajesz list z SVB. Wniosek o AOW składasz w Mijn SVB z DigiD albo na papierowym formularzu. Jeśli 3 miesiące przed osiągnięciem wieku AOW nadal nie masz listu, skontaktuj się z SVB samodzielnie. Jeśli złożysz wniosek za późno, SVB zwykle wypłaca wstecz tylko za 1 rok.

task-retirement-apply-aow-abroad-title = Złóż samodzielnie wniosek o emeryturę państwową (AOW) z zagranicy
task-retirement-apply-aow-abroad-body = Jeśli mieszkasz poza Holandią, musisz samodzielnie i na czas pamiętać o emeryturze państwowej (AOW). W kraju UE albo w kraju, z którym Holandia ma umowę, zwykle składasz wniosek o AOW w instytucji emerytalnej kraju, w którym mieszkasz. Jeśli mieszkasz w innym kraju, skontaktuj się z SVB.

task-retirement-digid-via-svb-title = Złóż wniosek o DigiD przez SVB
task-retirement-digid-via-svb-body = Z DigiD załatwiasz swoją emeryturę państwową (AOW) przez internet w Mijn SVB. Mieszkasz poza Holandią i wkrótce dostaniesz AOW? Wtedy składasz wniosek o DigiD przez SVB. List z kodem aktywacyjnym przychodzi na twój adres za granicą, więc nie musisz iść do okienka.

task-retirement-proof-of-life-title = Wyślij do SVB zaświadczenie o życiu ({ NL("levensbewijs") })
task-retirement-proof-of-life-body = Jeśli mieszkasz poza Holandią, SVB zwykle 1 raz w roku prosi cię o zaświadczenie o życiu ({ NL("levensbewijs") }), w niektórych krajach rzadziej. Dostajesz wtedy list z kodem QR. Przekaż zaświadczenie przez aplikację albo poproś o podpisanie formularza i odeślij go. Jeśli nie dostaniesz listu, nie musisz nic robić.

task-retirement-report-income-title = Zgłoś nowy dochód w Dienst Toeslagen
task-retirement-report-income-body = Dostajesz dodatek do ubezpieczenia zdrowotnego ({ NL("zorgtoeslag") }) lub dodatek mieszkaniowy ({ NL("huurtoeslag") })? Z emeryturą państwową (AOW) i emeryturą z funduszu emerytalnego zmienia się twój dochód. Podaj nowy dochód roczny w Mijn toeslagen. W ten sposób nie dostaniesz za dużo ani za mało dodatku.
