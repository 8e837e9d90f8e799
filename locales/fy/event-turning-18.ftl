# Wegwijs: 18 wurde (taalnivo B1, de lêzer is "do").

event-turning-18-title = 18 wurde
event-turning-18-summary = As do 18 wurdst, bist folwoeksen foar de wet. Do regelest dan mear sels: dyn soarchfersekering, dyn taslaggen en dyn saken mei de oerheid.
event-turning-18-date = Datum fan dyn 18e jierdei

task-turning-18-digid-title = Freegje in DigiD oan
task-turning-18-digid-body = Mei DigiD regelest online dyn saken mei de oerheid, lykas taslaggen en stúdzjefinansiering. Freegje it oan op digid.nl mei dyn BSN en dyn adres. Do krijst in aktivearringskoade per post. Yn de Berichtenbox fan MijnOverheid krijst dêrnei post fan de oerheid.

task-turning-18-health-insurance-title = Betelje sels dyn soarchfersekering
task-turning-18-health-insurance-body = Fan de moanne nei dyn 18e jierdei ôf betellest sels preemje foar dyn soarchfersekering. Do hast dan ek in eigen risiko. Do kinst op de polis fan dyn âlden bliuwe of sels in fersekering kieze. Regelje dit op tiid mei dyn soarchfersekerder.

task-turning-18-healthcare-allowance-title = Freegje soarchtaslach ({ NL("zorgtoeslag") }) oan
task-turning-18-healthcare-allowance-body = Soarchtaslach ({ NL("zorgtoeslag") }) is jild fan de oerheid foar dyn soarchfersekering. It hinget ôf fan dyn eigen ynkommen, net fan dat fan dyn âlden. Freegje it oan yn Mijn toeslagen, mei DigiD. Do kinst it ek letter yn it jier noch oanfreegje, mei weromwurkjende krêft.

task-turning-18-child-benefit-ends-title = De bernebyslach ({ NL("kinderbijslag") }) hâldt op
task-turning-18-child-benefit-ends-body = Dyn âlden krije bernebyslach ({ NL("kinderbijslag") }) oant de ein fan it kwartaal wêryn't do 18 wurdst. Wurdst 18 op de earste dei fan in kwartaal (1 jannewaris, 1 april, 1 july of 1 oktober)? Dan hâldt it op oan de ein fan it kwartaal dêrfoar. Se hoege dêrfoar neat te dwaan. De SVB stjoert harren in brief. Sitst noch op skoalle, dan kinst miskien in bydrage ({ NL("tegemoetkoming") }) fan DUO krije.

task-turning-18-student-finance-title = Freegje stúdzjefinansiering oan by DUO
task-turning-18-student-finance-body = Giest nei it mbo, hbo of de universiteit? Dan kinst stúdzjefinansiering krije. Freegje it oan yn Mijn DUO, mei DigiD. Doch dit likernôch 3 moannen foardat dyn oplieding begjint.

task-turning-18-voting-title = Do meist stimme
task-turning-18-voting-body = Fan 18 jier ôf meist stimme by ferkiezings. Foar elke ferkiezing krijst in stimpas fan de gemeente. Nim dy mei nei it stimburo, tegearre mei dyn identiteitsbewiis.

task-turning-18-donor-register-title = Lis dyn kar fêst yn it Donorregister
task-turning-18-donor-register-body = Nei dyn 18e jierdei krijst in brief fan it Donorregister. Kies oft do nei dyn dea organen en weefsels jaan wolst. Follest neat yn, dan komt by dyn namme te stean: gjin beswier ({ NL("bezwaar") }) tsjin orgaandonaasje. Do kinst dyn kar altyd feroarje.

task-turning-18-legal-representation-title = Regelje kuratele, bewâld of mentorskip
task-turning-18-legal-representation-body = Kinst dreech sels beslute oer jild of soarch, bygelyks troch in beheining? Dan kinne dyn âlden de kantonrjochter freegje om kuratele ({ NL("curatele") }), bewâld ({ NL("bewind") }) of mentorskip ({ NL("mentorschap") }). It gesach fan dyn âlden hâldt nammentlik op op dyn 18e jierdei. It advys is om it formulier uterlik 3 moannen fan tefoaren nei de rjochtbank te stjoeren.

task-turning-18-mandate-title = Jou dyn âlden in machtiging, as do harren help wolst
task-turning-18-mandate-body = Fan dyn 18e jierdei ôf meie dyn âlden net mear samar dingen foar dy regelje. Wolst dochs help, bygelyks by dyn belestingoanjefte of dyn taslaggen? Jou dyn heit of mem dan in machtiging mei DigiD Machtigen, op machtigen.digid.nl. Do kiest wat se dwaan meie en hoe lang. Se logge yn mei harren eigen DigiD. Jou nea immen dyn eigen DigiD. Do kinst de machtiging altyd stopje.

task-turning-18-child-budget-ends-title = It bernebudzjet feroaret
task-turning-18-child-budget-ends-body = Krije dyn âlden bernebudzjet ({ NL("kindgebonden budget") })? Dan telst fan de moanne nei dyn 18e jierdei ôf net mear mei. Bist it jongste bern, dan hâldt it op. Dyn âlden hoege dêrfoar neat te dwaan.
