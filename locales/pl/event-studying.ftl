# Wegwijs: rozpoczęcie nauki (poziom języka B1, zwracamy się do czytelnika per „ty”).

event-studying-title = Rozpoczęcie nauki
event-studying-summary = Idziesz do szkoły mbo, do hbo albo na uniwersytet. Załatwiasz to w DUO i w Dienst Toeslagen.
event-studying-date = Pierwszy dzień nauki

task-studying-student-finance-title = Złóż w DUO wniosek o finansowanie nauki ({ NL("studiefinanciering") })
task-studying-student-finance-body = Złóż wniosek o finansowanie nauki w Mijn DUO; logujesz się z DigiD. Zrób to także wtedy, gdy jeszcze nie wiesz, czy masz zdane egzaminy i czy cię przyjęto. Jeśli coś się zmieni, jak najszybciej zgłoś to do DUO. Jeśli idziesz do mbo, dostajesz finansowanie nauki od 18 lat.

task-studying-student-travel-product-title = Załatw studencki bilet na przejazdy ({ NL("studentenreisproduct") })
task-studying-student-travel-product-body = Ze studenckim biletem na przejazdy ({ NL("studentenreisproduct") }) jeździsz komunikacją publiczną za darmo albo ze zniżką. Wniosek składasz razem z wnioskiem o finansowanie nauki. DUO przygotowuje dla ciebie bilet tygodniowy ({ NL("weekabonnement") }); możesz go zamienić na bilet weekendowy ({ NL("weekendabonnement") }). Połącz bilet ze swoją osobistą kartą OV-chipkaart i wgraj go na kartę w automacie do odbioru ({ NL("ophaalautomaat") }).

task-studying-healthcare-allowance-title = Złóż wniosek o dodatek do ubezpieczenia zdrowotnego ({ NL("zorgtoeslag") })
task-studying-healthcare-allowance-body = Od 18 lat masz własne ubezpieczenie zdrowotne i płacisz za nie składkę. Przy niskim dochodzie możesz dostać dodatek do ubezpieczenia zdrowotnego ({ NL("zorgtoeslag") }). Złóż wniosek w Mijn toeslagen, z DigiD. Im wcześniej złożysz wniosek, tym wcześniej dostaniesz pieniądze.

task-studying-rent-allowance-title = Sprawdź, czy możesz dostać dodatek mieszkaniowy ({ NL("huurtoeslag") })
task-studying-rent-allowance-body = Zamieszkasz samodzielnie? Dodatek mieszkaniowy ({ NL("huurtoeslag") }) dostaniesz tylko na samodzielne mieszkanie, z własnymi drzwiami wejściowymi, kuchnią, toaletą i prysznicem. Na pokój ze wspólną kuchnią lub toaletą zwykle nie dostaniesz dodatku mieszkaniowego. Zrób próbne wyliczenie i złóż wniosek w Mijn toeslagen.
