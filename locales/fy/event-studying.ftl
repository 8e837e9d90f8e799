# Wegwijs: gean studearjen (taalnivo B1, de lêzer is "do").

event-studying-title = Gean studearjen
event-studying-summary = Do giest nei it mbo, it hbo of de universiteit. Dit regelest by DUO en by Dienst Toeslagen.
event-studying-date = De earste dei fan dyn oplieding

task-studying-student-finance-title = Freegje stúdzjefinansiering oan by DUO
task-studying-student-finance-body = Freegje stúdzjefinansiering oan yn Mijn DUO; do logst yn mei DigiD. Doch it ek as do noch net witst oft do slagge of talitten bist. Feroaret der wat, jou it dan sa gau mooglik troch oan DUO. Giest nei it mbo, dan krijst stúdzjefinansiering fan 18 jier ôf.

task-studying-student-travel-product-title = Regelje dyn studintereisprodukt
task-studying-student-travel-product-body = Mei it studintereisprodukt reizgest fergees of mei koarting mei it iepenbier ferfier. Do freegest it oan tegearre mei dyn stúdzjefinansiering. DUO set in wike-abonnemint foar dy klear; do kinst wikselje nei in wykeinabonnemint. Keppelje it reisprodukt oan dyn persoanlike OV-chipkaart en set it derop by in ophelautomaat.

task-studying-healthcare-allowance-title = Freegje soarchtaslach ({ NL("zorgtoeslag") }) oan
task-studying-healthcare-allowance-body = Fan 18 jier ôf hast in eigen soarchfersekering en betellest sels preemje. Mei in leech ynkommen kinst soarchtaslach ({ NL("zorgtoeslag") }) krije. Freegje it oan yn Mijn toeslagen, mei DigiD. Hoe earder do oanfreegest, hoe earder do it jild krijst.

task-studying-rent-allowance-title = Sjoch oft do hiertaslach ({ NL("huurtoeslag") }) krije kinst
task-studying-rent-allowance-body = Giest op dysels wenjen? Hiertaslach ({ NL("huurtoeslag") }) krijst allinne foar in selsstannige wenning, mei in eigen foardoar, keuken, wc en dûs. Foar in keamer mei in dielde keuken of wc krijst meastal gjin hiertaslach. Meitsje in proefberekkening en freegje it oan yn Mijn toeslagen.
