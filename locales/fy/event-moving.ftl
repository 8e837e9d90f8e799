# Wegwijs: ferhúzje (taalnivo B1, de lêzer is "do").

event-moving-title = Ferhúzje
event-moving-summary = Do giest ferhúzjen binnen Nederlân. Jou dyn nije adres op tiid troch oan de gemeente. In protte ynstânsjes krije it dan fansels.
event-moving-date = Ferhúsdatum

task-moving-report-move-title = Jou dyn ferhuzing troch oan de gemeente
task-moving-report-move-body = Jou dyn nije adres troch oan de gemeente dêr't do wenjen giest. Dat kin online mei DigiD, of oan de baly. Dyn gesinsleden kinst faak daliks mei ferhúzje litte. Bist te let, dan wurdt de dei dat do it trochjoust dyn ferhúsdatum.

task-moving-address-passed-on-title = De gemeente jout dyn nije adres troch
task-moving-address-passed-on-body = De gemeente jout dyn nije adres troch oan ûnder oaren de Belastingdienst, de SVB, DUO, it CAK, de RDW, dyn pensjoenfûns en dyn soarchfersekerder. Dêr hoechst sels neat foar te dwaan. Bedriuwen, lykas dyn bank en dyn enerzjyleveransier, krije it net fan de gemeente. Dy bringst sels op 'e hichte.

task-moving-rent-allowance-title = Jou dyn nije hier troch oan Toeslagen
task-moving-rent-allowance-body = Krijst hiertaslach ({ NL("huurtoeslag") })? Jou dan nei de ferhuzing dyn nije hier troch yn Mijn toeslagen. Giest nei in keapwenning, set de hiertaslach dan stop. Sa foarkomst dat do letter jild werombetelje moatst.
