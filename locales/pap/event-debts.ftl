# Wegwijs: debe (nivel di idioma B1, lektor ta "bo").

event-debts-title = Debe
event-debts-summary = Bo tin debenan ku bo no por solushoná bo mes. Bo munisipio por yuda bo. Bo ta regla esaki na munisipio, Dienst Toeslagen i Belastingdienst.
event-debts-date = E dia ku bo ta registrá pa yudansa ku debe

task-debts-ask-debt-help-title = Pidi yudansa ku debe na bo munisipio
task-debts-ask-debt-help-body = Presentá bo mes na e munisipio kaminda bo ta biba: mayoria biaha bo por hasi esei via internet, pa telefòn òf na loket. Kolektá di antemano e kartanan di bo kreditornan, bo slep di salario òf karta di beneficio i bo kontrakt di hür. Bo ke pa un otro hende hasi e petishon pa bo? Anto bo por duna e persona ei un outorisashon ({ NL("machtiging") }) por eskrito.

task-debts-first-meeting-title = Tene e promé kòmbersashon ku munisipio
task-debts-first-meeting-body = Despues ku bo a registrá, munisipio mester tene un promé kòmbersashon ku bo denter di 4 siman. Nan ta menasá di saka bo for di bo kas, òf di kòrta bo gas, awa òf koriente? Bisa esei mesora; e ora ei mayoria biaha bo ta haña yudansa denter di 3 dia. Den e kòmbersashon, boso ta mira huntu kiko ta nesesario pa solushoná bo debenan.

task-debts-apply-allowances-title = Mira si bo tin derecho riba subsidio
task-debts-apply-allowances-body = Kisas bo tin derecho riba subsidio pa seguro di salú ({ NL("zorgtoeslag") }), subsidio di hür ({ NL("huurtoeslag") }) òf budget pa yu ({ NL("kindgebonden budget") }), i bo no ta haña esaki ainda. Hasi un kalkulashon di prueba riba e wèpsait di Belastingdienst. Pidi e subsidio den Mijn toeslagen. Mas trempan bo pidi, mas trempan bo ta haña e plaka.

task-debts-tax-payment-arrangement-title = Pidi mas tempu òf un areglo di pago pa bo impuesto
task-debts-tax-payment-arrangement-body = Bo no por paga un kalkulo di impuesto ({ NL("belastingaanslag") }) na tempu? Anto yama BelastingTelefoon mesora òf manda un karta. Kisas bo ta haña 4 luna mas di tempu òf un areglo di pago di maksimo 12 luna. Hasi esaki promé ku e último fecha di pago riba e kalkulo di impuesto; asina bo ta evitá gastu ekstra.

task-debts-tax-remission-title = Pidi perdon di impuesto munisipal
task-debts-tax-remission-body = Bo tin un entrada abou i bo no tin plaka spar òf otro propiedat? Anto kisas bo no mester paga e impuestonan munisipal, òf solamente un parti. Pidi perdon di impuesto ({ NL("kwijtschelding") }) na bo munisipio, ku e formulario i e pruebanan. Hasi esaki lihé despues ku bo a haña e kalkulo di impuesto.
