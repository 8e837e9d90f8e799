# Wegwijs: un aña den eksterior (nivel di idioma B1, lektor ta "bo").

event-living-abroad-title = Biba den eksterior, tur aña
event-living-abroad-summary = Bo ta biba pafó di Hulanda. Esaki ta bolbe tur aña, òf ora e momento yega.
event-living-abroad-date = E kuminsamentu di aña (por ehempel 1 yanüari)

task-living-abroad-proof-of-life-title = Manda un prueba di bida ({ NL("levensbewijs") }) na SVB
task-living-abroad-proof-of-life-body = Bo ta haña penshun di estado (AOW) òf un otro beneficio di SVB? Anto mayoria biaha SVB ta pidi bo 1 biaha pa aña pa un prueba di bida ({ NL("levensbewijs") }). Pa esei bo ta haña un karta. Manda e prueba di bida via e app, òf laga firma e formulario i manda esaki bèk. Hasi esei na tempu, sino SVB ta stop di paga.

task-living-abroad-passport-title = Renobá bo pasaporte òf karchi di identidat na tempu
task-living-abroad-passport-body = Den eksterior un pasaporte nobo ta tuma mas tempu ku den Hulanda. Pues mira na tempu ki ora bo pasaporte ta vense. Bo ta pidi esaki na un embahada òf konsulado, den un di e munisipionan na frontera di Hulanda òf na Schiphol. Bo mes mester bai einan. Bai buska esaki denter di 3 luna. E munisipionan na frontera ta: Aalten, Bergeijk, Bergen op Zoom, Breda, Den Haag, Echt-Susteren, Enschede, Heerlen, Maastricht, Montferland, Nijmegen, Oldambt, Sluis i Venlo.

task-living-abroad-voting-title = Sigui vota for di eksterior
task-living-abroad-voting-body = Bo tin nashonalidat hulandes? Anto bo por vota for di eksterior. Pa esei, registrá bo mes 1 biaha na munisipio Den Haag. Skohe einan pa kua elekshon: e Di Dos Kamer, e Parlamento Oropeo i e kolegio elektoral pa e Promé Kamer ({ NL("kiescollege") }). Pa kada sorto di elekshon bo ta registrá bo mes aparte. Despues di esei, na kada elekshon bo ta haña un mensahe, sin ku bo mester pidi. Bo a muda? Anto pasa bo adrès nobo na Den Haag.

task-living-abroad-digid-title = Sòru pa bo DigiD funshoná
task-living-abroad-digid-body = Ku DigiD bo ta regla hopi asuntu ku gobièrnu hulandes via internet. Bo no tin DigiD ainda, òf e no ta funshoná mas? Bo por pidi esaki tambe for di eksterior. Bo ta haña e kódigo pa aktivá esaki pa korreo, òf na un loket di DigiD òf den un yamada di video.

task-living-abroad-tax-return-title = Hasi deklarashon di impuesto na Hulanda si esei ta nesesario
task-living-abroad-tax-return-body = Bo tin entrada òf propiedat na Hulanda, manera un penshun òf un kas? Anto kisas bo mester hasi deklarashon di impuesto ({ NL("aangifte") }) tur aña na e Belastingdienst hulandes. Bo ta haña un karta òf un formulario di deklarashon? Anto bo mester hasi esaki. E fecha ta den e karta. No tin karta? Anto bo mester hasi esaki solamente si bo mester paga mas ku un suma chikí di impuesto. Bo ta haña plaka bèk? Bo por pidi esaki te 5 aña despues di e aña.

task-living-abroad-cak-title = Pasa kambionan na CAK
task-living-abroad-cak-body = Bo ta haña penshun di estado (AOW), un penshun òf un beneficio for di Hulanda? I bo ta biba den un pais di EU òf EER, den Suisa òf den un pais ku tratado? Anto bo kuido di salú einan ta bai mayoria biaha via CAK. Bo ta paga un kontribushon p'esei. Mayoria biaha e ta sali for di bo penshun. Algu ta kambia, manera bo adrès òf bo entrada? Pasa esei na CAK.
