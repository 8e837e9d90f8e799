# Wegwijs: dyn baan kwytreitsje (taalnivo B1, de lêzer is "do").

event-job-loss-title = Dyn baan kwytreitsje
event-job-loss-summary = Do bist dyn baan kwyt of do reitst him ynkoarten kwyt. Dit regelest by UWV en by Dienst Toeslagen.
event-job-loss-date = Dyn earste dei sûnder wurk

task-job-loss-apply-ww-title = Freegje in wurkleazensútkearing (WW-uitkering) oan by UWV
task-job-loss-apply-ww-body = Freegje de wurkleazensútkearing (WW) online oan by UWV, mei dyn DigiD. Sûnder DigiD meldest dy by in UWV-kantoar en dochst de oanfraach per post. Hâld dyn boargerservicenûmer (BSN), de gegevens fan dyn lêste wurkjouwer en dyn leanstrook by de hân. Do kinst de WW al 4 wiken foardat do wurkleas bist oanfreegje.

task-job-loss-ww-decision-title = Lês it beslút fan UWV oer dyn wurkleazensútkearing (WW)
task-job-loss-ww-decision-body = UWV lit dy witte oft do in wurkleazensútkearing (WW-uitkering) krijst. Hast de WW pas nei dyn earste dei sûnder wurk oanfrege, dan kin it beslút letter komme. Do folgest dyn oanfraach yn Mijn UWV. Bist it net iens mei it beslút, dan stiet yn de brief hoe't do beswier ({ NL("bezwaar") }) makkest.

task-job-loss-report-income-title = Jou dyn nije ynkommen troch oan Dienst Toeslagen
task-job-loss-report-income-body = Krijst soarchtaslach ({ NL("zorgtoeslag") }), hiertaslach ({ NL("huurtoeslag") }) of bernebudzjet ({ NL("kindgebonden budget") })? Jou dan dyn nije jierynkommen troch yn Mijn toeslagen. Tel dyn lean en dyn wurkleazensútkearing (WW-uitkering) fan dit jier byinoar op. Sa krijst net te folle of te min taslach.

task-job-loss-apply-allowances-title = Sjoch oft do no taslach krije kinst
task-job-loss-apply-allowances-body = Mei minder ynkommen hast miskien rjocht op soarchtaslach ({ NL("zorgtoeslag") }), hiertaslach ({ NL("huurtoeslag") }) of bernebudzjet ({ NL("kindgebonden budget") }). Meitsje earst in proefberekkening op de webside fan de Belastingdienst. Freegje de taslach dêrnei oan yn Mijn toeslagen. Hoe earder do oanfreegest, hoe earder do it jild krijst.

task-job-loss-social-assistance-title = Freegje bystân oan as do gjin WW krijst
task-job-loss-social-assistance-body = Krijst gjin WW, of is it te min om fan te libjen? Dan kinst by de gemeente bystân ({ NL("bijstand") }) freegje. Meld dy op werk.nl op de earste dei dat do it nedich hast. Earder krijst it net. Bist jonger as 27? Dan sykjest earst 4 wiken nei wurk of in oplieding.
