# Wegwijs: in bern krije (taalnivo B1, de lêzer is "do").

event-birth-title = In bern krije
event-birth-summary = Do krijst in poppe. Dit regelest by de gemeente, dyn soarchfersekerder, de SVB, Toeslagen en dyn wurkjouwer.
event-birth-date = Bertedatum fan dyn bern

task-birth-register-birth-title = Jou de berte oan by de gemeente
task-birth-register-birth-body = Doch oanjefte ({ NL("aangifte") }) yn de gemeente dêr't dyn bern berne is. Falt de lêste dei yn it wykein of op in feestdei, dan krijst mear tiid. Nim dyn eigen identiteitsbewiis mei en dat fan de mem. Dyn bern krijt dan in berteakte ({ NL("geboorteakte") }) en in boargerservicenûmer (BSN).

task-birth-health-insurance-title = Meld dyn bern oan by dyn soarchfersekerder
task-birth-health-insurance-body = Meld dyn bern oan by dyn soarchfersekerder of by dy fan dyn partner. Do hast dêrfoar it BSN fan dyn bern nedich. Dochst it op tiid, dan is dyn bern fersekere fan de berte ôf. Foar bern jonger as 18 jier betellest gjin preemje.

task-birth-child-benefit-title = Freegje bernebyslach ({ NL("kinderbijslag") }) oan by de SVB
task-birth-child-benefit-body = De gemeente jout de berte troch oan de SVB. Likernôch 2 oant 4 wiken letter krijst in brief. Dêrnei freegest de bernebyslach ({ NL("kinderbijslag") }) oan op de webside fan de SVB, mei DigiD. Krijst al bernebyslach en is dyn bern yn Nederlân berne, dan hoechst neat te dwaan. Is dyn bern yn it bûtenlân berne? Jou de berte dan sels troch oan de SVB.
task-birth-child-benefit-abroad-title = Jou de berte sels troch oan de SVB
task-birth-child-benefit-abroad-body = Wennest yn it bûtenlân? Dan heart de SVB net fansels dat dyn bern berne is. Jou de berte sels troch, mei de berteakte ({ NL("geboorteakte") }). Dochst dat net, dan kinst gjin bernebyslach ({ NL("kinderbijslag") }) oanfreegje. Oft do bernebyslach krijst, hinget ôf fan dyn wurk en fan it lân dêr't do wennest.

task-birth-childcare-allowance-title = Freegje berneopfangtaslach ({ NL("kinderopvangtoeslag") }) oan
task-birth-childcare-allowance-body = Giet dyn bern nei in registrearre berneopfang en wurkje of studearje do en dyn partner? Dan kinst berneopfangtaslach ({ NL("kinderopvangtoeslag") }) krije. Freegje it oan yn Mijn toeslagen, binnen 3 moannen nei de moanne wêryn't de opfang begjint. Oars rinst jild mis.

task-birth-partner-leave-title = Nim berteferlof op
task-birth-partner-leave-body = Is dyn partner befallen en wurkest yn leantsjinst? Dan krijst 1 wike berteferlof: safolle oeren as do yn 'e wike wurkest. Sis sa gau mooglik tsjin dyn wurkjouwer wannear't do it opnimst. Dyn wurkjouwer betellet dyn lean troch.

task-birth-extra-partner-leave-title = Freegje ekstra berteferlof oan
task-birth-extra-partner-leave-body = Nei dyn wike berteferlof kinst oant 5 wiken ekstra ferlof opnimme. Freegje it op syn minst 4 wiken fan tefoaren skriftlik oan by dyn wurkjouwer. Dyn wurkjouwer freget de útkearing oan by UWV. Do krijst dan 70% fan dyn deilean.

task-birth-acknowledge-child-title = Erken dyn bern by de gemeente
task-birth-acknowledge-child-body = Binne jimme net troud en gjin registrearre partners? Dan moat de partner it bern erkenne ({ NL("erkenning") }). Dat kin al foar de berte, en dat is handich. Jimme geane tegearre nei de gemeente, mei jimme identiteitsbewiis. De mem moat it goedfine. Sûnt 2023 krije jimme mei de erkenning ek tegearre it âlderlik gesach oer dyn bern.

task-birth-choose-surname-title = Kies de efternamme fan dyn bern
task-birth-choose-surname-body = Jimme kinne tegearre kieze hokker efternamme dyn bern krijt. Doch dat foar de berte, of uterlik by de oanjefte fan de berte. Jimme geane der allebeide foar nei de gemeente. Is dyn earste bern yn 2024 of letter berne? Dan kin it ek in dûbele efternamme krije. Wat do kiest, jildt ek foar dyn folgjende bern.

task-birth-pregnancy-leave-title = Regelje dyn swangerskipsferlof en befallingsferlof
task-birth-pregnancy-leave-body = Do krijst op syn minst 16 wiken ferlof. It begjint 6 oant 4 wiken foar de útrekkene datum. UWV betellet it. Hast in baan? Freegje it ferlof dan uterlik 3 wiken foar it begjin oan by dyn wurkjouwer. Dyn wurkjouwer freget it jild oan by UWV. Bist selsstannige? Freegje dan sels in ZEZ-útkearing oan by UWV, uterlik 2 wiken foar dyn ferlof.

task-birth-paid-parental-leave-title = Nim betelle âlderskipsferlof op
task-birth-paid-parental-leave-body = Wurkest yn leantsjinst? Dan kinst yn it earste jier nei de berte 9 wiken betelle âlderskipsferlof opnimme. Do krijst dan 70% fan dyn lean fan UWV. Sprek mei dyn wurkjouwer ôf wannear't do it opnimst. Dyn wurkjouwer freget it jild oan by UWV.
