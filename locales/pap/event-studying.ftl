# Wegwijs: bai studia (nivel di idioma B1, lektor ta "bo").

event-studying-title = Bai studia
event-studying-summary = Bo ta bai na mbo, hbo òf universidat. Bo ta regla esaki na DUO i na Dienst Toeslagen.
event-studying-date = E promé dia di bo estudio

task-studying-student-finance-title = Pidi finansiamentu di estudio na DUO
task-studying-student-finance-body = Pidi finansiamentu di estudio ({ NL("studiefinanciering") }) den Mijn DUO; bo ta drenta ku DigiD. Hasi esei tambe si bo no sa ainda si bo a pasa òf si nan a aseptá bo. Si algu kambia, informá DUO mas pronto posibel. Si bo ta bai na mbo, bo ta haña finansiamentu di estudio for di 18 aña.

task-studying-student-travel-product-title = Regla bo produkto di biahe pa studiante
task-studying-student-travel-product-body = Ku e produkto di biahe pa studiante ({ NL("studentenreisproduct") }) bo ta biaha grátis òf ku deskuento ku transporte públiko. Bo ta pidi esaki huntu ku bo finansiamentu di estudio. DUO ta prepará un abonamentu di siman pa bo; bo por kambia pa un abonamentu di fin di siman. Konektá e produkto di biahe ku bo OV-chipkaart personal i pone esaki riba e karchi na un mashin di rekohe ({ NL("ophaalautomaat") }).

task-studying-healthcare-allowance-title = Pidi subsidio pa seguro di salú ({ NL("zorgtoeslag") })
task-studying-healthcare-allowance-body = For di 18 aña bo tin bo mes seguro di salú i bo mes ta paga premio. Ku un entrada abou bo por haña subsidio pa seguro di salú ({ NL("zorgtoeslag") }). Pidi esaki den Mijn toeslagen, ku DigiD. Mas trempan bo pidi, mas trempan bo ta haña e plaka.

task-studying-rent-allowance-title = Mira si bo por haña subsidio di hür ({ NL("huurtoeslag") })
task-studying-rent-allowance-body = Bo ta bai biba riba bo mes? Bo ta haña subsidio di hür ({ NL("huurtoeslag") }) solamente pa un kas independiente, ku bo mes porta di kaya, kushina, wc i dush. Pa un kamber ku un kushina òf wc kompartí, mayoria biaha bo no ta haña subsidio di hür. Hasi un kalkulashon di prueba i pidi e subsidio den Mijn toeslagen.
