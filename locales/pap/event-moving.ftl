# Wegwijs: muda di kas (nivel di idioma B1, lektor ta "bo").

event-moving-title = Muda di kas
event-moving-summary = Bo ta bai muda den Hulanda. Duna munisipio bo adrès nobo na tempu. E ora ei hopi instansia ta haña e adrès outomátikamente.
event-moving-date = Fecha di mudansa

task-moving-report-move-title = Informá munisipio di bo mudansa
task-moving-report-move-body = Duna bo adrès nobo na e munisipio kaminda bo ta bai biba. Bo por hasi esei via internet ku DigiD, òf na loket. Hopi biaha bo por registrá e mudansa di bo famianan di kas mesora tambe. Si bo ta lat, e dia ku bo ta informá munisipio ta bira bo fecha di mudansa.

task-moving-address-passed-on-title = Munisipio ta pasa bo adrès nobo
task-moving-address-passed-on-body = Munisipio ta pasa bo adrès nobo na, entre otro, Belastingdienst, SVB, DUO, CAK, RDW, bo fondo di penshun i bo kompania di seguro di salú. Bo mes no mester hasi nada pa esei. Kompanianan, manera bo banko i bo kompania di energia, no ta haña e adrès for di munisipio. Bo mes mester informá nan.

task-moving-rent-allowance-title = Informá Toeslagen di bo hür nobo
task-moving-rent-allowance-body = Bo ta haña subsidio di hür ({ NL("huurtoeslag") })? Anto despues di e mudansa, pasa bo hür nobo den Mijn toeslagen. Si bo ta bai biba den un kas ku bo a kumpra, stop e subsidio di hür. Asina bo ta evitá ku mas lat bo mester paga plaka bèk.
