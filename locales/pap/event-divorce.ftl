# Wegwijs: divorsio (nivel di idioma B1, lektor ta "bo").

event-divorce-title = Divorsio
event-divorce-summary = Hues a pronunsiá boso divorsio. Bo ainda mester regla esaki, pa e divorsio bira ofisial i pa bo plaka ta kuadra.
event-divorce-date = Fecha ku e desishon di hues a bira definitivo

task-divorce-register-divorce-title = Laga registrá e divorsio na munisipio
task-divorce-register-divorce-body = E desishon di hues mester wòrdu registrá na e munisipio kaminda bo a kasa. Ta solamente e ora ei bo ta ofisialmente divorsiá. Mayoria biaha bo abogado ta regla esaki. Si esei no sosodé na tempu, e desishon ta kaduká i e prosedura mester kuminsá di nobo.

task-divorce-allowances-title = Informá Toeslagen di e divorsio
task-divorce-allowances-body = Informá den Mijn toeslagen ku boso ta separá, ku e fecha di e petishon pa divorsio. Informá munisipio tambe di un mudansa: ta solamente despues di esei boso entradanan no ta konta huntu mas. Si un subsidio tabata na nòmber di bo eks, pidi e subsidio bo mes.

task-divorce-child-benefit-title = Regla e yudansa pa yu ({ NL("kinderbijslag") }) i e budget pa yu ({ NL("kindgebonden budget") })
task-divorce-child-benefit-body = E mayor kaminda e yu ta biba ta haña e yudansa pa yu ({ NL("kinderbijslag") }). Si boso ta ko-mayor, boso por parti e yudansa pa yu. Informá SVB na tempu di kambio den e kuido di bo yunan. Kontrolá tambe bo budget pa yu ({ NL("kindgebonden budget") }) den Mijn toeslagen.

task-divorce-name-use-title = Skohe kua fam bo ta usa
task-divorce-name-use-body = Despues di e divorsio, bo mag sigui usa e fam di bo eks, te ora bo kasa atrobe. Bo ke usa solamente bo mes fam atrobe? Anto bo mes mester informá e munisipio kaminda bo ta biba. Esei no ta bai outomátiko.

task-divorce-pension-division-title = Informá e fondo di penshun di e divorsio
task-divorce-pension-division-body = Despues di un divorsio, bo eks tin derecho riba mitar di e penshun ku bo a akumulá durante e matrimonio. Informá e fondo di penshun di e divorsio denter di 2 aña, ku e formulario di gobièrnu. E ora ei e fondo mes ta paga e parti ei na bo eks. Bo ta lat? Anto boso mester regla esaki huntu.
