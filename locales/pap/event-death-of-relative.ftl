# Wegwijs: fayesimentu di un ser kerí (nivel di idioma B1, lektor ta "bo").

event-death-of-relative-title = Fayesimentu di un ser kerí
event-death-of-relative-summary = Un hende serka bo a fayesé. Bo mester regla esaki, òf laga e empresa di entiero regla esaki.
event-death-of-relative-date = Fecha di fayesimentu

task-death-of-relative-register-death-title = Deklará e fayesimentu na munisipio
task-death-of-relative-register-death-body = E fayesimentu mester wòrdu deklará ({ NL("aangifte") }) den e munisipio kaminda e persona a fayesé. Mayoria biaha e empresa di entiero ta hasi esaki pa bo. Si bo hasi esaki bo mes, hiba bo prueba di identidat i e deklarashon di fayesimentu di e dòkter. Despues munisipio ta duna pèrmit pa e entiero òf e kremashon.

task-death-of-relative-funeral-title = Regla e entiero òf e kremashon
task-death-of-relative-funeral-body = E entiero òf e kremashon no mag tuma lugá promé ku 36 ora despues di e fayesimentu. E mester sosodé lo mas tardá riba e di 6 dia di trabou despues di e dia di fayesimentu. Bo tin mester di mas tempu, por ehempel pa famia for di eksterior? Anto e empresa di entiero ta pidi munisipio pèrmit pa hasi esaki mas lat.

task-death-of-relative-survivor-benefit-title = Pidi un beneficio pa sobrebibiente
task-death-of-relative-survivor-benefit-body = Bo partner a fayesé i bo no ta haña penshun di estado (AOW) ainda? Anto bo por haña un beneficio si bo tin un yu ménos di 18 aña, òf si bo ta por lo ménos 45% inkapas pa traha. Si bo tabata kasá òf partner registrá, SVB ta manda bo un karta denter di 2 siman. Si boso tabata biba huntu sin kasa, bo mes mester pidi e beneficio na SVB.

task-death-of-relative-survivor-mandate-title = Pidi un outorisashon pa sobrebibiente ({ NL("nabestaandenmachtiging") })
task-death-of-relative-survivor-mandate-body = Ku un outorisashon pa sobrebibiente ({ NL("nabestaandenmachtiging") }) bo ta regla e impuesto i e subsidionan di e persona fayesí via internet. Bo ta drenta ku bo mes DigiD. E herederonan òf e ehekutor por pidi e outorisashon. Tin biaha bo mester di un deklarashon di herensia ({ NL("verklaring van erfrecht") }) di e notario.

task-death-of-relative-inheritance-tax-title = Hasi deklarashon di impuesto di herensia ({ NL("aangifte erfbelasting") })
task-death-of-relative-inheritance-tax-body = Si bo ta heredá mas ku e suma liber di impuesto, bo mester hasi deklarashon di impuesto di herensia ({ NL("aangifte erfbelasting") }). Si Belastingdienst ta spera ku bo mester paga impuesto di herensia, un di e herederonan ta haña un karta. E persona a fayesé riba òf despues di 1 yanüari 2026? Anto bo tin 20 luna pa e deklarashon. Pa un fayesimentu na 2025 òf promé, esei tabata 8 luna. E fecha ta den e karta tambe.

task-death-of-relative-income-tax-deceased-title = Hasi deklarashon di impuesto riba entrada pa e persona fayesí
task-death-of-relative-income-tax-deceased-body = Pa e aña di e fayesimentu, e herederonan ainda mester hasi deklarashon di impuesto riba entrada. Belastingdienst ta manda un formulario di papel pa esei ({ NL("F-formulier") }). Yena solamente e partinan ku ta nesesario. E fecha ku e mester ta einan, ta den e karta.

task-death-of-relative-accept-inheritance-title = Skohe si bo ta aseptá e herensia
task-death-of-relative-accept-inheritance-body = Bo por aseptá un herensia, rechasá e herensia, òf aseptá e herensia ku protekshon kontra debe ({ NL("beneficiair aanvaarden") }). E último ei ta nifiká: bo ta paga debenan solamente ku loke bo ta heredá. Bo no sa si tin debe? Anto skohe e protekshon. Bo ta hasi esei ku un deklarashon na korte, òf via un notario.

task-death-of-relative-certificate-of-inheritance-title = Pidi un deklarashon di herensia
task-death-of-relative-certificate-of-inheritance-body = Un deklarashon di herensia ({ NL("verklaring van erfrecht") }) ta bisa ken ta e herederonan. Banko hopi biaha ta pidi esaki promé ku bo mag hasi algu ku e kuentanan. Un notario ta traha e deklarashon.

task-death-of-relative-orphans-benefit-title = Pidi un beneficio pa wérfano
task-death-of-relative-orphans-benefit-body = Tur dos mayor di un yu a fayesé? Anto e yu por haña un beneficio pa wérfano ({ NL("wezenuitkering") }) di SVB, te 21 aña. For di 16 aña e yu mester bai skol òf studia. Pa un yu ménos di 18 aña, e persona ku ta kuida e yu ta pidi e beneficio.
