# Wêrom't in taak yn dyn plan stiet (of net).

why-everyone = Dit jildt foar elkenien by dit barren.
why-atw-extended = Sûnder de Algemene termijnenwet wie dit { $date }. Dy wet jout dy ekstra tiid as der in wykein of feestdei yn de termyn falt.
why-residence-nl = Do wennest yn Nederlân.
why-residence-abroad = Do wennest yn it bûtenlân.
why-partner-yes = Do hast in partner.
why-partner-no = Do hast gjin partner.
why-children-yes = Do hast bern.
why-children-no = Do hast gjin bern.
why-employment = Dit past by dyn wurksituaasje.
why-min-age = Do bist dan { $age } jier of âlder.
why-max-age = Do bist dan { $age } jier of jonger.
why-not-residence-nl = Dit jildt allinne as do yn Nederlân wennest.
why-not-residence-abroad = Dit jildt allinne as do yn it bûtenlân wennest.
why-not-partner-yes = Dit jildt allinne as do in partner hast.
why-not-partner-no = Dit jildt allinne as do gjin partner hast.
why-not-children-yes = Dit jildt allinne as do bern hast.
why-not-children-no = Dit jildt allinne as do gjin bern hast.
why-not-employment = Dit jildt net by dyn wurksituaasje.
why-not-min-age = Dit jildt pas fan { $age } jier ôf.
why-not-max-age = Dit jildt allinne oant en mei { $age } jier.
why-check-residence-nl = Wennest yn Nederlân? Dan jildt dit foar dy.
why-check-residence-abroad = Wennest yn it bûtenlân? Dan jildt dit foar dy.
why-check-partner-yes = Hast in partner? Dan jildt dit foar dy.
why-check-partner-no = Hast gjin partner? Dan jildt dit foar dy.
why-check-children-yes = Hast bern? Dan jildt dit foar dy.
why-check-children-no = Hast gjin bern? Dan jildt dit foar dy.
why-check-employment = Sjoch oft dit by dyn wurksituaasje past.
why-check-min-age = Dit jildt fan { $age } jier ôf.
why-check-max-age = Dit jildt oant en mei { $age } jier.

## Wat der oankomt

signal-turning-18-me = Do wurdst 18
signal-turning-18-child = Dyn bern wurdt 18
signal-turning-18-named-child = Dyn bern { $name } wurdt 18
signal-retirement-me = Dyn âlderdomspensjoen (AOW) giet yn
signal-document-expires = Ferrint ynkoarten: { $title }
signal-document-expired = Ferrûn: { $title }

## Bestannen (aginda)

export-provider = By:
export-window = Perioade:
export-cases-title = dyn oanfragen
export-announcements-title = berjochten oer dyn buert
export-case-decision = Uterste dei foar it beslút oer "{ $title }"
export-sources = Wêr't de regel stiet:

## Meldingen

notification-body = Op { $date }. Iepenje Wegwijs om te sjen wat do regelje moatst.

## List om te printsjen (PDF)

pdf-made-for = Makke foar { $name } op { $date } mei Wegwijs.
pdf-made-on = Makke op { $date } mei Wegwijs.
pdf-intro = Set in finkje yn it fakje as do eat regele hast. Nim dizze list mei as do om help freegest.
pdf-help-title = Help nedich?
pdf-help = Yn in protte bibleteken sit in Informatiepunt Digitale Overheid. Dêr helpe se dy fergees, bygelyks mei DigiD of mei in oanfraach op ynternet. Nim dizze list en dyn identiteitsbewiis mei. Freegje yn de bibleteek by dy yn 'e buert wêr en wannear't it Informatiepunt iepen is.
pdf-questions-title = Fragen dy't jo stelle kinne
pdf-question-first = Wat moat ik earst dwaan, en foar hokker datum?
pdf-question-papers = Hokker papieren moat ik meinimme of opstjoere?
pdf-question-digid = Kinne jo my helpe mei ynloggen mei DigiD?
pdf-question-someone-else = Mei in oar dit foar my regelje? Hoe doch ik dat?
pdf-question-disagree = Wat kin ik dwaan as ik it net iens bin mei in beslút?
pdf-contacts-title = Sa berikke jo de organisaasjes
pdf-contact-phone = Belje: { $phone }
pdf-contact-abroad = Belje út it bûtenlân: { $phone }
pdf-contact-site = Webside: { $site }. Dêr steane ek de iepeningstiden.
pdf-contact-gemeente = Belje 14 en dan it netnûmer fan jo gemeente. Yn Amsterdam is dat 14 020.
pdf-contact-letter = It telefoannûmer stiet yn harren brieven of op harren webside.
pdf-glossary-title = Wurden út brieven fan de oerheid
pdf-page = Side
# In útskreaune datum: { $month } is ien fan month-1..12, yn de foarm dy't binnen in datum brûkt wurdt.
date-long = { $day } { $month } { $year }
month-1 = jannewaris
month-2 = febrewaris
month-3 = maart
month-4 = april
month-5 = maaie
month-6 = juny
month-7 = july
month-8 = augustus
month-9 = septimber
month-10 = oktober
month-11 = novimber
month-12 = desimber
signal-authority-ends = Dyn âlderlik gesach foar { $name } hâldt op: { $name } wurdt 18
signal-objection-due = Lêste dei foar beswier ({ NL("bezwaar") }) tsjin it beslút oer "{ $title }"
signal-announcements-new = { $count ->
    [one] { $count } nij berjocht oer dyn buert
   *[other] { $count } nije berjochten oer dyn buert
}
signal-announcement-respond-by = Lêste dei om te reagearjen op "{ $title }"
signal-case-status = Nij by "{ $title }": { $status }
signal-turning-18-other = { $name } wurdt 18
signal-retirement-other = It âlderdomspensjoen (AOW) fan { $name } giet yn
why-below-aow-age-yes = Do hast dan noch net de leeftyd foar it âlderdomspensjoen (AOW-leeftijd).
why-below-aow-age-no = Do hast dan de leeftyd foar it âlderdomspensjoen (AOW-leeftijd).
why-dutch-yes = Do hast de Nederlânske nasjonaliteit.
why-dutch-no = Do hast net de Nederlânske nasjonaliteit.
why-gave-birth-yes = Do bist sels befallen.
why-gave-birth-no = Do bist net sels befallen. Do bist de partner.
why-not-below-aow-age-yes = Dit jildt allinne foar wa't de leeftyd foar it âlderdomspensjoen (AOW-leeftijd) noch net hat.
why-not-below-aow-age-no = Dit jildt allinne fan dyn leeftyd foar it âlderdomspensjoen (AOW-leeftijd) ôf.
why-not-dutch-yes = Dit jildt allinne as do de Nederlânske nasjonaliteit hast.
why-not-dutch-no = Dit jildt allinne as do net de Nederlânske nasjonaliteit hast.
why-not-gave-birth-yes = Dit jildt allinne foar wa't sels befallen is.
why-not-gave-birth-no = Dit jildt allinne foar de partner fan dejinge dy't befallen is.
why-check-below-aow-age-yes = Hast dan de leeftyd foar it âlderdomspensjoen (AOW-leeftijd) noch net? Dan jildt dit foar dy.
why-check-below-aow-age-no = Hast dan de leeftyd foar it âlderdomspensjoen (AOW-leeftijd)? Dan jildt dit foar dy.
why-check-dutch-yes = Hast de Nederlânske nasjonaliteit? Dan jildt dit foar dy.
why-check-dutch-no = Hast net de Nederlânske nasjonaliteit? Dan jildt dit foar dy.
why-check-gave-birth-yes = Bist sels befallen? Dan jildt dit foar dy.
why-check-gave-birth-no = Bist de partner fan dejinge dy't befallen is? Dan jildt dit foar dy.
