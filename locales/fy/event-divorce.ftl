# Wegwijs: skiede (taalnivo B1, de lêzer is "do").

event-divorce-title = Skiede
event-divorce-summary = De rjochter hat jimme skieding útsprutsen. Dit moatst noch regelje, sadat de skieding offisjeel wurdt en dyn jild klopt.
event-divorce-date = Datum dat de útspraak fan de rjochter definityf waard

task-divorce-register-divorce-title = Lit de skieding ynskriuwe by de gemeente
task-divorce-register-divorce-body = De útspraak fan de rjochter moat ynskreaun wurde by de gemeente dêr't do troud bist. Pas dan bist offisjeel skieden. Meastal regelet dyn advokaat dit. Bart it net op tiid, dan ferfalt de útspraak en moat de proseduere op 'e nij.

task-divorce-allowances-title = Jou de skieding troch oan Toeslagen
task-divorce-allowances-body = Jou yn Mijn toeslagen troch dat jimme útinoar geane, mei de datum fan it fersyk ta echtskieding. Jou in ferhuzing ek troch oan de gemeente: pas dêrnei telle jimme ynkommens net mear tegearre. Stie in taslach op namme fan dyn eks, freegje him dan sels oan.

task-divorce-child-benefit-title = Regelje de bernebyslach ({ NL("kinderbijslag") }) en it bernebudzjet ({ NL("kindgebonden budget") })
task-divorce-child-benefit-body = De âlder by wa't it bern wennet, krijt de bernebyslach ({ NL("kinderbijslag") }). Binne jimme ko-âlden, dan kinne jimme de bernebyslach diele. Jou feroarings yn de soarch foar dyn bern op tiid troch oan de SVB. Kontrolearje ek dyn bernebudzjet ({ NL("kindgebonden budget") }) yn Mijn toeslagen.

task-divorce-name-use-title = Kies hokker efternamme do brûkst
task-divorce-name-use-body = Nei de skieding meist de efternamme fan dyn eks brûke bliuwe, oant do op 'e nij trouwst. Wolst wer allinne dyn eigen namme? Jou dat dan sels troch oan de gemeente dêr't do wennest. Dat giet net fansels.

task-divorce-pension-division-title = Jou de skieding troch oan it pensjoenfûns
task-divorce-pension-division-body = Nei in skieding hat dyn eks rjocht op de helte fan it pensjoen dat do yn de tiid fan it houlik opboud hast. Jou de skieding binnen 2 jier troch oan it pensjoenfûns, mei it formulier fan de oerheid. Dan betellet it fûns dat diel sels oan dyn eks. Te let? Dan moatte jimme it tegearre regelje.
