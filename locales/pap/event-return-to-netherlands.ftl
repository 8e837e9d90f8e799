# Wegwijs: bolbe Hulanda (nivel di idioma B1, lektor ta "bo").

event-return-to-netherlands-title = Bolbe Hulanda
event-return-to-netherlands-summary = Despues di un tempu den eksterior, bo ta bini biba den Hulanda atrobe. Bo ta regla esaki na munisipio, un kompania di seguro di salú, Dienst Toeslagen i Belastingdienst.
event-return-to-netherlands-date = E dia ku bo ta yega Hulanda

task-return-to-netherlands-register-gemeente-title = Inskribí bo mes na bo munisipio nobo
task-return-to-netherlands-register-gemeente-body = Den e siguiente 6 lunanan bo ta biba por lo ménos 4 luna den Hulanda? Anto bo ta inskribí bo mes personalmente na e munisipio kaminda bo ta bai biba. Hasi un sita; bo partner i yunan ta bini ku bo tambe. Hiba bo pasaporte òf karchi di identidat, un prueba di bo adrès manera un kontrakt di hür, i aktanan di loke a kambia den eksterior, manera un matrimonio òf e nasementu di un yu.

task-return-to-netherlands-health-insurance-title = Tuma un seguro di salú hulandes
task-return-to-netherlands-health-insurance-body = Si bo ta biba den Hulanda atrobe, bo mester tin un seguro di salú hulandes. Un kompania di seguro di salú mester aseptá bo pa e seguro básiko. Si bo ta na tempu, e seguro ta kuminsá riba e dia ku bo ta obligá di ta sigurá.

task-return-to-netherlands-healthcare-allowance-title = Pidi subsidio pa seguro di salú ({ NL("zorgtoeslag") })
task-return-to-netherlands-healthcare-allowance-body = Bo tin un seguro di salú hulandes i un entrada ku no ta muy haltu? Anto bo por haña subsidio pa seguro di salú ({ NL("zorgtoeslag") }). Pidi esaki den Mijn toeslagen, ku DigiD. Mas trempan bo pidi, mas trempan bo ta haña e plaka.

task-return-to-netherlands-digid-title = Kontrolá bo DigiD
task-return-to-netherlands-digid-body = Si bo tabatin DigiD kaba den eksterior, bo por sigui usa esaki. Si bo no tin DigiD òf e no ta funshoná mas, pidi un nobo despues ku bo a inskribí na munisipio. Ku DigiD bo ta regla asuntu via internet ku Belastingdienst, SVB i bo munisipio.

task-return-to-netherlands-tax-return-title = Hasi deklarashon di impuesto pa e aña ku bo ta bolbe
task-return-to-netherlands-tax-return-body = Pa e aña ku bo ta bini Hulanda, bo ta hasi un deklarashon spesial: e M-aangifte. Bo por hasi esei via internet den Mijn Belastingdienst òf ku un formulario di papel. Den e deklarashon bo ta yena e tempu promé i despues di bo yegada aparte.

task-return-to-netherlands-child-benefit-title = Informá SVB di bo yunan
task-return-to-netherlands-child-benefit-body = Bo ta bini biba den Hulanda ku bo yunan? Anto bo mes mester informá SVB di bo yunan. Sino bo no por pidi yudansa pa yu ({ NL("kinderbijslag") }). Hasi esei denter di 4 siman.
