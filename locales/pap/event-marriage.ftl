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

task-marriage-prenuptial-agreement-title = Skohe si bo ke kondishonnan di matrimonio
task-marriage-prenuptial-agreement-body = Si bo kasa sin areglo, loke boso haña durante e matrimonio ta di boso dos. Loke bo tabatin kaba, i loke bo heredá òf haña komo regalo, ta keda di bo mes. Boso ke algu otro? Anto traha kondishonnan di matrimonio ({ NL("huwelijkse voorwaarden") }) serka un notario promé ku e boda.
