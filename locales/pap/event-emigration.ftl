# Wegwijs: emigrá (nivel di idioma B1, lektor ta "bo").

event-emigration-title = Muda pa eksterior
event-emigration-summary = Bo ta bai biba den eksterior. Bo mester regla hopi kos promé ku bo sali, pasobra for di eksterior esei ta mas difísil.
event-emigration-date = E dia ku bo ta sali

task-emigration-report-departure-title = Informá munisipio di bo salida
task-emigration-report-departure-body = Si den 1 aña bo ta bai biba den eksterior pa 8 luna òf mas, informá bo munisipio di bo salida. Si tur hende riba bo adrès ta muda ku bo, bo por hasi esei via internet ku DigiD; sino bo ta bai na loket ku un sita. Munisipio ta kita bo for di e registro riba e dia ku bo informá nan. Si bo mester di un prueba ku bo a sali for di e registro ({ NL("bewijs van uitschrijving") }), bai na loket: munisipio ta duna esaki solamente riba e dia ku bo ta sali for di e registro.

task-emigration-digid-title = Regla bo DigiD promé ku bo sali
task-emigration-digid-body = Ku DigiD bo por regla asuntu ku gobièrnu hulandes tambe for di eksterior. Si bo no tin DigiD ainda, pidi esaki promé ku bo sali for di e registro, pasobra for di eksterior esei ta mas difísil. Instalá tambe e DigiD app. Si bo ta haña un otro number di telefòn, pasa e number nobo promé ku bo kansela bo number bieu.

task-emigration-health-insurance-title = Puntra bo kompania di seguro di salú kiko ta pasa ku bo seguro
task-emigration-health-insurance-body = Si bo ta biba den eksterior, mayoria biaha bo seguro di salú hulandes ta stop. Mihó informá bo kompania di seguro di salú di bo salida 2 luna di antemano. Bo ta haña ainda un penshun òf beneficio for di Hulanda? Anto lesa tambe e tarea tokante CAK. Si no, regla bo mes un seguro di salú den bo pais nobo.
task-emigration-cak-s1-title = Registrá bo mes na CAK pa bo kuido di salú den eksterior
task-emigration-cak-s1-body = Bo ta haña penshun di estado (AOW), un otro penshun legal òf un beneficio for di Hulanda? I bo ta bai biba den un pais di EU òf EER, den Suisa òf den un otro pais ku tratado? Anto bo mester sigurá bo mes via CAK. E ora ei bo no por skohe un seguro bo mes. Pidi CAK un formulario S1. Ku esei bo ta inskribí bo mes na un kompania di seguro di salú den bo pais nobo. Bo ta paga un kontribushon na CAK.

task-emigration-stop-allowances-title = Stop bo subsidio pa seguro di salú ({ NL("zorgtoeslag") })
task-emigration-stop-allowances-body = Sin seguro di salú hulandes bo no tin derecho mas riba subsidio pa seguro di salú ({ NL("zorgtoeslag") }). Stop bo subsidio pa seguro di salú den Mijn toeslagen, sino mas lat bo mester paga plaka bèk. Si bo ta haña otro subsidio, mira den Mijn toeslagen si bo ainda tin derecho riba nan.

task-emigration-register-to-vote-title = Registrá bo mes pa vota for di eksterior
task-emigration-register-to-vote-body = Bo ke sigui vota for di eksterior? Anto registrá bo mes 1 biaha na munisipio Den Haag komo votante pafó di Hulanda. Yena e formulario, firma esaki i manda esaki ku un kopia di bo pasaporte òf karchi di identidat. Bo por registrá for di 17 aña; bo por vota for di 18 aña.

task-emigration-passport-abroad-title = Renobá bo pasaporte den eksterior
task-emigration-passport-abroad-body = Promé ku bo sali, mira ki ora bo pasaporte òf karchi di identidat ta vense. Den eksterior bo ta pidi un nobo na mayoria embahada i konsulado hulandes, semper ku un sita. Bo por hasi esei tambe na Schiphol òf na algun munisipio den Hulanda. Bai buska bo dokumento nobo denter di 3 luna.

task-emigration-voluntary-aow-title = Skohe si bo ke sigurá bo mes voluntariamente pa e penshun di estado (AOW)
task-emigration-voluntary-aow-body = Si bo ta biba den eksterior, mayoria biaha bo no ta akumulá penshun di estado (AOW) mas. Mas lat bo AOW ta mas abou. Na SVB bo por sigurá bo mes voluntariamente pa e AOW, pero esei ta kosta premio. Bo por hasi esei for di 2 luna promé ku bo salida. Despues di 1 aña den eksterior no ta posibel mas.

task-emigration-tax-return-title = Hasi deklarashon di impuesto pa e aña ku bo ta sali
task-emigration-tax-return-body = Pa e aña ku bo ta emigrá, bo ta hasi un deklarashon spesial: e M-aangifte. Bo por hasi esei via internet den Mijn Belastingdienst òf ku un formulario di papel. Den e deklarashon bo ta yena e tempu promé i despues di bo salida aparte.
