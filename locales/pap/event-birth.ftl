# Wegwijs: haña un yu (nivel di idioma B1, lektor ta "bo").

event-birth-title = Haña un yu
event-birth-summary = Bo ta haña un bebi. Bo ta regla esaki na munisipio, bo kompania di seguro di salú, SVB, Toeslagen i bo dunadó di trabou.
event-birth-date = Fecha di nasementu di bo yu

task-birth-register-birth-title = Deklará e nasementu na munisipio
task-birth-register-birth-body = Hasi e deklarashon di nasementu ({ NL("aangifte") }) den e munisipio kaminda bo yu a nase. Si e último dia ta kai den fin di siman òf riba un dia di fiesta, bo ta haña mas tempu. Hiba bo mes prueba di identidat i esun di e mama. E ora ei bo yu ta haña un akta di nasementu ({ NL("geboorteakte") }) i un number di servisio pa siudadano (BSN).

task-birth-health-insurance-title = Registrá bo yu na bo kompania di seguro di salú
task-birth-health-insurance-body = Registrá bo yu na bo kompania di seguro di salú òf esun di bo partner. Pa esei bo mester di e BSN di bo yu. Si bo hasi esei na tempu, bo yu ta sigurá for di e nasementu. Pa yu ménos di 18 aña bo no ta paga premio.

task-birth-child-benefit-title = Pidi yudansa pa yu ({ NL("kinderbijslag") }) na SVB
task-birth-child-benefit-body = Munisipio ta pasa e nasementu na SVB. Mas o ménos 2 te 4 siman despues bo ta haña un karta. Despues bo ta pidi e yudansa pa yu ({ NL("kinderbijslag") }) riba e wèpsait di SVB, ku DigiD. Si bo ta haña yudansa pa yu kaba i bo yu a nase den Hulanda, bo no mester hasi nada. Bo yu a nase den eksterior? Anto pasa e nasementu bo mes na SVB.
task-birth-child-benefit-abroad-title = Pasa e nasementu bo mes na SVB
task-birth-child-benefit-abroad-body = Bo ta biba den eksterior? Anto SVB no ta haña sa outomátikamente ku bo yu a nase. Pasa e nasementu bo mes, ku e akta di nasementu ({ NL("geboorteakte") }). Si bo no hasi esei, bo no por pidi yudansa pa yu ({ NL("kinderbijslag") }). Si bo ta haña yudansa pa yu òf no, ta dependé di bo trabou i di e pais kaminda bo ta biba.

task-birth-childcare-allowance-title = Pidi subsidio pa kuido di yu ({ NL("kinderopvangtoeslag") })
task-birth-childcare-allowance-body = Bo yu ta bai na un krèsh registrá, i abo i bo partner ta traha òf studia? Anto bo por haña subsidio pa kuido di yu ({ NL("kinderopvangtoeslag") }). Pidi esaki den Mijn toeslagen, denter di 3 luna despues di e luna ku e kuido ta kuminsá. Sino bo ta pèrdè plaka.

task-birth-partner-leave-title = Tuma bo lisensia di nasementu
task-birth-partner-leave-body = Bo partner a duna lus i bo ta traha pa un dunadó di trabou? Anto bo ta haña 1 siman di lisensia di nasementu: asina tantu ora ku bo ta traha pa siman. Bisa bo dunadó di trabou mas pronto posibel ki ora bo ta tuma e lisensia. Bo dunadó di trabou ta sigui paga bo salario.

task-birth-extra-partner-leave-title = Pidi lisensia di nasementu adishonal
task-birth-extra-partner-leave-body = Despues di bo siman di lisensia di nasementu, bo por tuma te 5 siman di lisensia ekstra. Pidi esaki por eskrito na bo dunadó di trabou, por lo ménos 4 siman di antemano. Bo dunadó di trabou ta pidi e beneficio na UWV. E ora ei bo ta haña 70% di bo salario pa dia.

task-birth-acknowledge-child-title = Rekonosé bo yu na munisipio
task-birth-acknowledge-child-body = Boso no ta kasá i boso no ta partner registrá? Anto e partner mester rekonosé e yu ({ NL("erkenning") }). Esei ta posibel kaba promé ku e nasementu, i esei ta práktiko. Boso ta bai huntu na munisipio, ku boso prueba di identidat. E mama mester ta di akuerdo. Desde 2023, e rekonosementu ta duna boso dos tambe e outoridat di mayor riba bo yu.

task-birth-choose-surname-title = Skohe e fam di bo yu
task-birth-choose-surname-body = Boso por skohe huntu kua fam bo yu ta haña. Hasi esei promé ku e nasementu, òf lo mas tardá ora boso deklará e nasementu. Boso dos ta bai na munisipio pa esei. Bo promé yu a nase na 2024 òf despues? Anto e por haña un fam dobel tambe. Loke bo skohe ta bale tambe pa bo siguiente yunan.

task-birth-pregnancy-leave-title = Regla bo lisensia di embaraso i di parto
task-birth-pregnancy-leave-body = Bo ta haña por lo ménos 16 siman di lisensia. E ta kuminsá 6 te 4 siman promé ku e fecha ku bo ta spera e bebi. UWV ta paga esaki. Bo tin un trabou? Anto pidi bo dunadó di trabou e lisensia lo mas tardá 3 siman promé ku e kuminsá. Bo dunadó di trabou ta pidi e plaka na UWV. Bo ta traha riba bo mes kuenta? Anto pidi bo mes un beneficio ZEZ na UWV, lo mas tardá 2 siman promé ku bo lisensia.

task-birth-paid-parental-leave-title = Tuma lisensia di mayor pagá
task-birth-paid-parental-leave-body = Bo ta traha pa un dunadó di trabou? Anto den e promé aña despues di e nasementu bo por tuma 9 siman di lisensia di mayor pagá. E ora ei bo ta haña 70% di bo salario di UWV. Hasi un areglo ku bo dunadó di trabou tokante ki ora bo ta tuma e lisensia. Bo dunadó di trabou ta pidi e plaka na UWV.
