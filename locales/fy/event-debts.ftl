# Wegwijs: skulden (taalnivo B1, de lêzer is "do").

event-debts-title = Skulden
event-debts-summary = Do hast skulden dy't do net sels oplosse kinst. Dyn gemeente kin dy helpe. Dit regelest by de gemeente, Dienst Toeslagen en de Belastingdienst.
event-debts-date = De dei dat do dy meldest foar skuldhelp

task-debts-ask-debt-help-title = Freegje skuldhelp oan by dyn gemeente
task-debts-ask-debt-help-body = Meld dy by de gemeente dêr't do wennest: meastal kin dat online, telefoanysk of oan de baly. Sammelje alfêst dyn brieven fan skuldeaskers, dyn leanstrook of útkearingsbrief en dyn hierkontrakt. Wolst dat immen oars de oanfraach foar dy docht, dan kinst dy persoan skriftlik machtigje.

task-debts-first-meeting-title = Hâld it earste petear mei de gemeente
task-debts-first-meeting-body = Nei dyn oanmelding moat de gemeente binnen 4 wiken in earste petear mei dy hâlde. Driget dyn hûs ûntrome te wurden, of driget dyn gas, wetter of stroom ôfsletten te wurden? Sis dat daliks, dan krijst meastal binnen 3 dagen help. Yn it petear sjogge jim tegearre wat nedich is om dyn skulden op te lossen.

task-debts-apply-allowances-title = Sjoch oft do rjocht hast op taslach
task-debts-apply-allowances-body = Miskien hast rjocht op soarchtaslach ({ NL("zorgtoeslag") }), hiertaslach ({ NL("huurtoeslag") }) of bernebudzjet ({ NL("kindgebonden budget") }) en krijst do dy noch net. Meitsje in proefberekkening op de webside fan de Belastingdienst. Freegje de taslach oan yn Mijn toeslagen. Hoe earder do oanfreegest, hoe earder do it jild krijst.

task-debts-tax-payment-arrangement-title = Freegje útstel of in betellingsregeling foar dyn belesting
task-debts-tax-payment-arrangement-body = Kinst in belestingoanslach net op tiid betelje? Skilje dan daliks de BelastingTelefoon of stjoer in brief. Miskien krijst 4 moannen útstel of in betellingsregeling fan maksimaal 12 moannen. Doch it foar de uterste beteldatum op de oanslach, dan foarkomst ekstra kosten.

task-debts-tax-remission-title = Freegje kwytskelding fan gemeentlike belestingen
task-debts-tax-remission-body = Hast in leech ynkommen en gjin sparjild of oare besittings? Dan hoechst de gemeentlike belestingen miskien net of mar foar in part te beteljen. Freegje kwytskelding oan by dyn gemeente, mei it formulier en de bewiisstikken. Doch dit gau neidat do de oanslach krigen hast.
