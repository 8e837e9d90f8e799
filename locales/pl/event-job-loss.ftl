# Wegwijs: utrata pracy (poziom języka B1, zwracamy się do czytelnika per „ty”).

event-job-loss-title = Utrata pracy
event-job-loss-summary = Nie masz już pracy albo wkrótce ją stracisz. Załatwiasz to w UWV i w Dienst Toeslagen.
event-job-loss-date = Twój pierwszy dzień bez pracy

task-job-loss-apply-ww-title = Złóż w UWV wniosek o zasiłek dla bezrobotnych (WW)
task-job-loss-apply-ww-body = Złóż wniosek o zasiłek dla bezrobotnych (WW) przez internet w UWV, z DigiD. Bez DigiD zgłaszasz się w biurze UWV i składasz wniosek pocztą. Miej pod ręką numer obywatelski (BSN), dane ostatniego pracodawcy i pasek wypłaty. Wniosek o WW możesz złożyć już 4 tygodnie przed tym, jak zostaniesz bez pracy.

task-job-loss-ww-decision-title = Przeczytaj decyzję UWV w sprawie zasiłku dla bezrobotnych (WW)
task-job-loss-ww-decision-body = UWV informuje cię, czy dostaniesz zasiłek dla bezrobotnych (WW). Jeśli wniosek o WW został złożony dopiero po twoim pierwszym dniu bez pracy, decyzja może przyjść później. Swój wniosek śledzisz w Mijn UWV. Nie zgadzasz się z decyzją? W liście jest napisane, jak złożyć sprzeciw ({ NL("bezwaar") }).

task-job-loss-report-income-title = Zgłoś nowy dochód w Dienst Toeslagen
task-job-loss-report-income-body = Dostajesz dodatek do ubezpieczenia zdrowotnego ({ NL("zorgtoeslag") }), dodatek mieszkaniowy ({ NL("huurtoeslag") }) lub budżet na dziecko ({ NL("kindgebonden budget") })? Podaj wtedy w Mijn toeslagen swój nowy dochód roczny. Dodaj do siebie wynagrodzenie i zasiłek dla bezrobotnych (WW) z tego roku. W ten sposób nie dostaniesz za dużo ani za mało dodatku.

task-job-loss-apply-allowances-title = Sprawdź, czy możesz teraz dostać dodatek
task-job-loss-apply-allowances-body = Przy mniejszym dochodzie może masz prawo do dodatku do ubezpieczenia zdrowotnego ({ NL("zorgtoeslag") }), dodatku mieszkaniowego ({ NL("huurtoeslag") }) lub budżetu na dziecko ({ NL("kindgebonden budget") }). Najpierw zrób próbne wyliczenie na stronie Belastingdienst. Potem złóż wniosek o dodatek w Mijn toeslagen. Im wcześniej złożysz wniosek, tym wcześniej dostaniesz pieniądze.

task-job-loss-social-assistance-title = Złóż wniosek o zasiłek z pomocy społecznej, jeśli nie dostajesz WW
task-job-loss-social-assistance-body = Nie dostajesz WW albo jest to za mało, żeby z tego żyć? Wtedy możesz poprosić gminę o zasiłek z pomocy społecznej ({ NL("bijstand") }). Zgłoś się na werk.nl pierwszego dnia, w którym go potrzebujesz. Za czas przed tym dniem go nie dostaniesz. Masz mniej niż 27 lat? Wtedy najpierw przez 4 tygodnie szukasz pracy lub nauki.
