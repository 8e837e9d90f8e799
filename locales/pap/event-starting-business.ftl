# Wegwijs: kuminsá un negoshi (nivel di idioma B1, lektor ta "bo").

event-starting-business-title = Kuminsá un negoshi
event-starting-business-summary = Bo ta kuminsá bo mes negoshi. Bo ta inskribí bo negoshi na KVK. E ora ei Belastingdienst ta haña bo datonan outomátikamente.
event-starting-business-date = Fecha di inisio di bo negoshi

task-starting-business-check-trade-name-title = Skohe un bon nòmber pa bo negoshi
task-starting-business-check-trade-name-body = Usa e Naamchecker di KVK pa mira si bo nòmber ta den e registro di komersio (Handelsregister) kaba. Bo nòmber no mag parse e nòmber di un negoshi òf marka ku ta eksistí kaba. E no mag duna un impreshon robes tampoko, manera & Partners si bo ta traha bo so. KVK ta registrá bo nòmber ora bo inskribí bo negoshi.

task-starting-business-register-kvk-title = Inskribí bo negoshi na KVK
task-starting-business-register-kvk-body = Yena e formulario di inskripshon via internet ku DigiD. Despues hasi un sita na un ofisina di KVK i hiba bo prueba di identidat ku bo. Bo adrès di negoshi no ta bo adrès di kas? Anto hiba tambe bo kontrakt di hür òf un deklarashon di pèrmit.

task-starting-business-vat-numbers-title = Kontrolá si bo a haña bo numbernan di btw
task-starting-business-vat-numbers-body = KVK ta pasa bo inskripshon na Belastingdienst. Belastingdienst ta manda bo, pa korreo, bo number di identifikashon di btw (btw-identificatienummer) i bo number di impuesto riba benta ({ NL("omzetbelastingnummer") }). Bo ta pone e btw-id riba bo fakturanan i riba bo wèpsait. Si bo no a haña nada, yama BelastingTelefoon.

task-starting-business-small-business-scheme-title = Skohe si bo ke e regla pa negoshi chikí
task-starting-business-small-business-scheme-body = Bo ta spera un benta di no mas ku 20.000 euro pa aña? Anto ku e regla pa negoshi chikí ({ NL("kleineondernemersregeling") }, KOR) bo no ta kobra btw i bo no ta hasi deklarashon di btw. Registrá bo mes na Belastingdienst. Hasi esei por lo ménos 4 siman promé ku e regla mester kuminsá.
