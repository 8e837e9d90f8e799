# Wegwijs: bira 18 aña (nivel di idioma B1, lektor ta "bo").

event-turning-18-title = Bira 18 aña
event-turning-18-summary = Ora bo bira 18 aña, bo ta adulto pa lei. E ora ei bo mes ta regla mas kos: bo seguro di salú, bo subsidionan i bo asuntunan ku gobièrnu.
event-turning-18-date = Fecha ku bo ta kumpli 18 aña

task-turning-18-digid-title = Pidi un DigiD
task-turning-18-digid-body = Ku DigiD bo ta regla bo asuntunan ku gobièrnu via internet, manera subsidio i finansiamentu di estudio. Pidi esaki riba digid.nl ku bo BSN i bo adrès. Bo ta haña un kódigo di aktivashon pa korreo. Despues bo ta haña korespondensia di gobièrnu den e Berichtenbox di MijnOverheid.

task-turning-18-health-insurance-title = Paga bo seguro di salú bo mes
task-turning-18-health-insurance-body = For di e luna despues ku bo kumpli 18 aña, bo mes ta paga premio pa bo seguro di salú. E ora ei bo tin tambe un riesgo propio ({ NL("eigen risico") }). Bo por keda riba e pòlis di bo mayornan òf skohe un seguro bo mes. Regla esaki na tempu ku bo kompania di seguro di salú.

task-turning-18-healthcare-allowance-title = Pidi subsidio pa seguro di salú ({ NL("zorgtoeslag") })
task-turning-18-healthcare-allowance-body = Subsidio pa seguro di salú ({ NL("zorgtoeslag") }) ta plaka di gobièrnu pa bo seguro di salú. E ta dependé di bo mes entrada, no di esun di bo mayornan. Pidi esaki den Mijn toeslagen, ku DigiD. Bo por pidi esaki tambe mas lat den e aña, ku efekto retroaktivo.

task-turning-18-child-benefit-ends-title = E yudansa pa yu ({ NL("kinderbijslag") }) ta stop
task-turning-18-child-benefit-ends-body = Bo mayornan ta haña yudansa pa yu ({ NL("kinderbijslag") }) te na fin di e kuartal ku bo ta kumpli 18 aña. Bo ta kumpli 18 aña riba e promé dia di un kuartal (1 yanüari, 1 aprel, 1 yüli òf 1 òktober)? Anto e ta stop na fin di e kuartal promé ku esei. Nan no mester hasi nada pa esei. SVB ta manda nan un karta. Si bo ainda ta na skol, kisas bo por haña un kontribushon ({ NL("tegemoetkoming") }) di DUO.

task-turning-18-student-finance-title = Pidi finansiamentu di estudio na DUO
task-turning-18-student-finance-body = Bo ta bai na mbo, hbo òf universidat? Anto bo por haña finansiamentu di estudio. Pidi esaki den Mijn DUO, ku DigiD. Hasi esaki mas o ménos 3 luna promé ku bo estudio kuminsá.

task-turning-18-voting-title = Bo mag vota
task-turning-18-voting-body = For di 18 aña bo mag vota na elekshon. Pa kada elekshon bo ta haña un pas di voto ({ NL("stempas") }) di munisipio. Hiba esaki na e lokal di votashon, huntu ku bo prueba di identidat.

task-turning-18-donor-register-title = Registrá bo eskoho den Donorregister
task-turning-18-donor-register-body = Despues ku bo kumpli 18 aña, bo ta haña un karta di Donorregister. Skohe si bo ke duna òrganonan i tehidonan despues di bo morto. Si bo no yena nada, nan ta pone banda di bo nòmber: no tin objekshon kontra donashon di òrgano ({ NL("geen bezwaar") }). Bo por kambia bo eskoho semper.

task-turning-18-legal-representation-title = Regla kuratela ({ NL("curatele") }), administrashon protektivo ({ NL("bewind") }) òf mentoria ({ NL("mentorschap") })
task-turning-18-legal-representation-body = Ta difísil pa bo disidí bo mes tokante plaka òf kuido, por ehempel pa motibu di un limitashon? Anto bo mayornan por pidi e hues di kanton ({ NL("kantonrechter") }) pa kuratela ({ NL("curatele") }), administrashon protektivo ({ NL("bewind") }) òf mentoria ({ NL("mentorschap") }). E motibu ta ku e outoridat di bo mayornan ta stop riba e dia ku bo kumpli 18 aña. E konseho ta pa manda e formulario na korte lo mas tardá 3 luna di antemano.

task-turning-18-mandate-title = Duna bo mayornan un outorisashon ({ NL("machtiging") }), si bo ke nan yudansa
task-turning-18-mandate-body = For di e dia ku bo kumpli 18 aña, bo mayornan no mag regla kos pa bo asina so mas. Bo ke yudansa toch, por ehempel ku bo deklarashon di impuesto òf bo subsidionan? Anto duna bo tata òf mama un outorisashon ({ NL("machtiging") }) ku DigiD Machtigen, riba machtigen.digid.nl. Abo ta skohe kiko nan mag hasi i pa kuantu tempu. Nan ta drenta ku nan mes DigiD. Nunka duna niun hende bo mes DigiD. Bo por stop e outorisashon semper.

task-turning-18-child-budget-ends-title = E budget pa yu ta kambia
task-turning-18-child-budget-ends-body = Bo mayornan ta haña budget pa yu ({ NL("kindgebonden budget") })? Anto for di e luna despues ku bo kumpli 18 aña, bo no ta konta mas pa e budget. Si bo ta e yu di mas chikí, e ta stop. Bo mayornan no mester hasi nada pa esei.
