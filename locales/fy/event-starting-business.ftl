# Wegwijs: in bedriuw begjinne (taalnivo B1, de lêzer is "do").

event-starting-business-title = In bedriuw begjinne
event-starting-business-summary = Do begjinst in eigen bedriuw. Do skriuwst dy yn by KVK. De Belastingdienst krijt dyn gegevens dan fansels.
event-starting-business-date = Startdatum fan dyn bedriuw

task-starting-business-check-trade-name-title = Kies in goede bedriuwsnamme
task-starting-business-check-trade-name-body = Sjoch mei de Naamchecker fan KVK oft dyn namme al yn it Handelsregister stiet. Dyn namme mei net lykje op in besteand bedriuw of merk. Hy mei ek gjin ferkearde yndruk jaan, lykas & Partners as do allinne wurkest. KVK leit dyn namme fêst as do dyn bedriuw ynskriuwst.

task-starting-business-register-kvk-title = Skriuw dyn bedriuw yn by KVK
task-starting-business-register-kvk-body = Folje it ynskriuwformulier online yn mei DigiD. Meitsje dêrnei in ôfspraak by in KVK-kantoar en nim dyn identiteitsbewiis mei. Is dyn bedriuwsadres net dyn hûsadres? Nim dan ek dyn hierkontrakt of in tastimmingsferklearring mei.

task-starting-business-vat-numbers-title = Kontrolearje oft dyn btw-nûmers binnen binne
task-starting-business-vat-numbers-body = KVK jout dyn ynskriuwing troch oan de Belastingdienst. Dy stjoert dy per post dyn btw-identifikaasjenûmer en dyn omsetbelestingnûmer. It btw-id setst op dyn faktueren en dyn webside. Hast neat krigen, skilje dan de BelastingTelefoon.

task-starting-business-small-business-scheme-title = Kies oft do de regeling foar lytse ûndernimmers wolst
task-starting-business-small-business-scheme-body = Ferwachtest yn it jier net mear as 20.000 euro omset? Dan kinst mei de regeling foar lytse ûndernimmers ({ NL("kleineondernemersregeling") }, KOR) gjin btw rekkenje en gjin btw-oanjefte dwaan. Meld dy oan by de Belastingdienst. Doch dat op syn minst 4 wiken foardat de regeling yngean moat.
