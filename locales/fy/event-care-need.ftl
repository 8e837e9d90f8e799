# Wegwijs: soarch en stipe nedich (taalnivo B1, de lêzer is "do").

event-care-need-title = Help of soarch nedich thús
event-care-need-summary = Do kinst thús net mear alles sels, bygelyks troch âlderdom, sykte of in beheining. De gemeente kin helpe fia de Wet maatskiplike stipe (Wmo). Dit regelest by de gemeente en it CAK.
event-care-need-date = De dei dat do dyn helpfraach by de gemeente meldest

task-care-need-report-need-title = Meld by de gemeente dat do help nedich hast
task-care-need-report-need-body = Fertel it loket foar maatskiplike stipe (Wmo-loket) of it wykteam fan dyn gemeente wat do net mear sels kinst. Bygelyks: ik kin net mear sels iten siede of skjinmeitsje. Dat kin meastal telefoanysk, online, per brief of oan de baly. In famyljelid of mantelsoarger mei dy dêrby helpe.

task-care-need-personal-plan-title = Skriuw as do wolst in persoanlik plan
task-care-need-personal-plan-body = Yn in persoanlik plan skriuwst wat do nedich hast en wêrom. Do joust it oan de gemeente foardat it ûndersyk begjint. It plan is net ferplichte. Joust gjin plan, dan hat dat gjin gefolgen foar dyn oanfraach.

task-care-need-client-support-title = Freegje fergees help fan in kliïntûndersteuner
task-care-need-client-support-body = In kliïntûndersteuner helpt dy fergees en ûnôfhinklik. Dy kin mei dy meitinke, helpe mei formulieren en meigean nei it petear mei de gemeente. Ek dyn mantelsoarger kin dizze help krije. Freegje dyn gemeente of it wykteam wêr't do in kliïntûndersteuner finst.

task-care-need-investigation-title = Praat mei de gemeente oer dyn situaasje
task-care-need-investigation-body = De gemeente ûndersiket wat do nedich hast, meastal yn in petear by dy thús. Noegje immen út dy't mei dy meitinkt, lykas in famyljelid of dyn mantelsoarger. De gemeente sjocht wat do sels kinst, wat minsken om dy hinne dwaan kinne en hokker help de gemeente jaan kin. Dêrnei krijst it ferslach op papier.

task-care-need-apply-title = Freegje de help oan by de gemeente
task-care-need-apply-body = Nei it ûndersyk freegest de help oan, faak troch it ferslach te ûndertekenjen en werom te stjoeren. Bist it net iens mei wat de gemeente foarstelt? Dan meist dochs in oanfraach dwaan. De gemeente beslút binnen 2 wiken nei dyn oanfraach en stjoert dy in brief mei it beslút.

task-care-need-own-contribution-title = Betelje dyn eigen bydrage oan it CAK
task-care-need-own-contribution-body = Krijst help of in foarsjenning fan de gemeente, lykas help yn 'e húshâlding of in treplift? Dan betellest meastal in eigen bydrage. It CAK stelt dy fêst en stjoert dy de rekken. Do betellest heechstens in fêst bedrach yn 'e moanne per húshâlding, hoefolle help do ek krijst.

task-care-need-wlz-title = Freegje soarch út de Wlz oan by it CIZ
task-care-need-wlz-body = Hast altyd soarch ticht yn 'e buert nedich, dei en nacht? Dan krijst dy soarch net fan de gemeente, mar út de Wet langduorjende soarch ({ NL("Wet langdurige zorg") }, Wlz). Freegje it oan by it CIZ. Dat kin online, of dyn soarchferliener docht it foar dy. Stjoer de diagnoaze fan dyn dokter mei. It CIZ beslút, dêrnei regelet it soarchkantoar ({ NL("zorgkantoor") }) dyn soarch.
