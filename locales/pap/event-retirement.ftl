# Wegwijs: bai ku penshun (nivel di idioma B1, lektor ta "bo").

event-retirement-title = Bai ku penshun
event-retirement-summary = Bo ta yega e edat di penshun di estado (AOW). Bo ta regla esaki na SVB i na Dienst Toeslagen.
event-retirement-date = E dia ku bo ta yega e edat di penshun di estado (AOW)

task-retirement-apply-aow-title = Pidi bo penshun di estado (AOW) na SVB
task-retirement-apply-aow-body = Mas o ménos 4 te 5 luna promé ku bo edat di penshun di estado (AOW), bo ta haña un karta di SVB. Bo ta pidi e AOW den Mijn SVB ku DigiD, òf ku un formulario di papel. Si 3 luna promé ku bo edat di AOW bo no a haña un karta ainda, tuma kontakto bo mes ku SVB. Si bo pidi lat, mayoria biaha SVB ta paga solamente 1 aña bèk.

task-retirement-apply-aow-abroad-title = Pidi bo penshun di estado (AOW) bo mes for di eksterior
task-retirement-apply-aow-abroad-body = Si bo ta biba pafó di Hulanda, bo mes mester pensa riba bo penshun di estado (AOW) na tempu. Den un pais di EU òf un pais ku tratado, mayoria biaha bo ta pidi e AOW na e instansia di penshun di e pais kaminda bo ta biba. Si bo ta biba den un otro pais, tuma kontakto ku SVB.

task-retirement-digid-via-svb-title = Pidi DigiD via SVB
task-retirement-digid-via-svb-body = Ku DigiD bo ta regla bo penshun di estado (AOW) via internet den Mijn SVB. Bo ta biba pafó di Hulanda i pronto bo ta haña AOW? Anto bo ta pidi DigiD via SVB. E karta ku bo kódigo di aktivashon ta bini na bo adrès den eksterior, pues bo no mester bai na un loket.

task-retirement-proof-of-life-title = Manda un prueba di bida ({ NL("levensbewijs") }) na SVB
task-retirement-proof-of-life-body = Si bo ta biba pafó di Hulanda, mayoria biaha SVB ta pidi bo 1 biaha pa aña pa un prueba di bida ({ NL("levensbewijs") }); den algun pais ménos hopi biaha. E ora ei bo ta haña un karta ku un kódigo QR. Manda e prueba di bida via e app, òf laga firma e formulario i manda esaki bèk. Si bo no haña un karta, bo no mester hasi nada.

task-retirement-report-income-title = Informá Dienst Toeslagen di bo entrada nobo
task-retirement-report-income-body = Bo ta haña subsidio pa seguro di salú ({ NL("zorgtoeslag") }) òf subsidio di hür ({ NL("huurtoeslag") })? Ku penshun di estado (AOW) i penshun, bo entrada ta kambia. Pasa bo entrada nobo pa aña den Mijn toeslagen. Asina bo no ta haña di mas òf di ménos subsidio.
