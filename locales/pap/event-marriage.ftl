# Wegwijs: kasa òf partnerschap registrá (nivel di idioma B1, lektor ta "bo").

event-marriage-title = Kasa òf bira partner registrá
event-marriage-summary = Bo ta bai kasa òf drenta un partnerschap registrá. Informá munisipio di esaki na tempu. Pensa tambe riba bo nòmber i bo subsidionan.
event-marriage-date = Fecha di matrimonio

task-marriage-give-notice-title = Informá munisipio di bo matrimonio òf partnerschap
task-marriage-give-notice-body = Huntu, hasi e notifikashon di matrimonio òf partnerschap planiá na e munisipio kaminda boso ta bai kasa. Duna tambe e nòmber di 2 te 4 testigu. Bo a nase den eksterior òf bo a biba einan? Anto tuma kontakto ku munisipio un par di luna mas trempan.

task-marriage-name-use-title = Skohe kua fam bo ta usa
task-marriage-name-use-body = Despues di kasa, bo mag usa e fam di bo partner, promé òf despues di bo mes fam, òf na lugá di bo fam. Bo fam ofisial no ta kambia. Informá e munisipio kaminda bo ta biba di bo eskoho. Bo mes mester informá bo banko i bo kompanianan di seguro.

task-marriage-allowances-title = Kontrolá bo subsidionan
task-marriage-allowances-body = Despues di kasa, boso ta otro su partner pa subsidio ({ NL("toeslagpartner") }). Esei ta bale for di e promé dia di e luna despues di e boda. E ora ei boso entradanan ta konta huntu pa bo subsidionan. Kambia bo datonan den Mijn toeslagen, pa bo no mester paga bèk mas lat.
