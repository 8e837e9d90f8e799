# Wegwijs: ferstjerren fan in neiste (taalnivo B1, de lêzer is "do").

event-death-of-relative-title = Ferstjerren fan in neiste
event-death-of-relative-summary = Ien dy't ticht by dy stiet, is ferstoarn. Dit moatst regelje, of litte regelje troch de útfeartûndernimmer.
event-death-of-relative-date = Datum fan ferstjerren

task-death-of-relative-register-death-title = Jou it ferstjerren oan by de gemeente
task-death-of-relative-register-death-body = It ferstjerren moat oanjûn wurde yn de gemeente dêr't de persoan ferstoarn is. Meastal docht de útfeartûndernimmer dit foar dy. Dochst it sels, nim dan dyn identiteitsbewiis en de ferklearring fan ferstjerren fan de dokter mei. Dêrnei jout de gemeente tastimming foar de begraffenis of kremaasje.

task-death-of-relative-funeral-title = Regelje de begraffenis of kremaasje
task-death-of-relative-funeral-body = De begraffenis of kremaasje mei net earder wêze as 36 oeren nei it ferstjerren. It moat uterlik op de 6e wurkdei nei de dei fan ferstjerren. Is der mear tiid nedich, bygelyks foar famylje út it bûtenlân? Dan freget de útfeartûndernimmer útstel oan by de gemeente.

task-death-of-relative-survivor-benefit-title = Freegje in neibesteandenútkearing oan
task-death-of-relative-survivor-benefit-body = Is dyn partner ferstoarn en hast noch gjin âlderdomspensjoen (AOW)? Dan kinst in útkearing krije as do in bern ûnder de 18 hast of foar op syn minst 45% arbeidsûngeskikt bist. Wiest troud of registrearre partner, dan stjoert de SVB dy binnen 2 wiken in brief. Wennest net troud gear, dan freegest it sels oan by de SVB.

task-death-of-relative-survivor-mandate-title = Freegje in neibesteandenmachtiging oan
task-death-of-relative-survivor-mandate-body = Mei in neibesteandenmachtiging regelest online de belesting en de taslaggen fan de ferstoarne. Do logst dan yn mei dyn eigen DigiD. Erfgenamen of de eksekuteur kinne de machtiging oanfreegje. Soms hast in ferklearring fan erfrjocht ({ NL("verklaring van erfrecht") }) fan de notaris nedich.

task-death-of-relative-inheritance-tax-title = Doch oanjefte foar de erfbelesting ({ NL("aangifte erfbelasting") })
task-death-of-relative-inheritance-tax-body = Erfst mear as de frijstelling, dan moatst oanjefte foar de erfbelesting ({ NL("aangifte erfbelasting") }) dwaan. Ferwachtet de Belastingdienst dat do erfbelesting betelje moatst, dan krijt ien fan de erfgenamen in brief. Is ien ferstoarn op of nei 1 jannewaris 2026? Dan hast 20 moannen foar de oanjefte. By in ferstjerren yn 2025 of earder wie dat 8 moannen. De datum stiet ek yn de brief.

task-death-of-relative-income-tax-deceased-title = Doch de oanjefte ynkomstebelesting foar de ferstoarne
task-death-of-relative-income-tax-deceased-body = Oer it jier fan it ferstjerren dogge de erfgenamen noch oanjefte ynkomstebelesting. De Belastingdienst stjoert dêrfoar in formulier op papier ({ NL("F-formulier") }). Folje allinne de dielen yn dy't nedich binne. De datum dêr't it binnen wêze moat, stiet yn de brief.

task-death-of-relative-accept-inheritance-title = Kies oft do de erfenis oannimst
task-death-of-relative-accept-inheritance-body = Do kinst in erfenis oannimme, wegerje, of oannimme mei beskerming tsjin skulden ({ NL("beneficiair aanvaarden") }). Dat lêste betsjut: do betellest skulden allinne mei wat do erfst. Witst net oft der skulden binne? Kies dan foar dy beskerming. Dat dochst mei in ferklearring by de rjochtbank, of fia in notaris.

task-death-of-relative-certificate-of-inheritance-title = Freegje in ferklearring fan erfrjocht oan
task-death-of-relative-certificate-of-inheritance-body = In ferklearring fan erfrjocht ({ NL("verklaring van erfrecht") }) seit wa't de erfgenamen binne. De bank freget der faak om, foardat do wat mei de rekkens dwaan meist. In notaris makket de ferklearring.

task-death-of-relative-orphans-benefit-title = Freegje in wezenútkearing oan
task-death-of-relative-orphans-benefit-body = Binne beide âlden fan in bern ferstoarn? Dan kin it bern in wezenútkearing ({ NL("wezenuitkering") }) fan de SVB krije, oant 21 jier. Fan 16 jier ôf moat it bern wol nei skoalle gean of studearje. Foar in bern ûnder de 18 freget de fersoarger de útkearing oan.
