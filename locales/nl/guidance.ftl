# Waarom een taak in je plan staat (of niet).

why-everyone = Dit geldt voor iedereen bij deze gebeurtenis.
why-atw-extended = Zonder de Algemene termijnenwet was dit { $date }. Die wet geeft je extra tijd als er een weekend of feestdag in de termijn valt.
why-residence-nl = Je woont in Nederland.
why-residence-abroad = Je woont in het buitenland.
why-partner-yes = Je hebt een partner.
why-partner-no = Je hebt geen partner.
why-children-yes = Je hebt kinderen.
why-children-no = Je hebt geen kinderen.
why-employment = Dit past bij je werksituatie.
why-min-age = Je bent dan { $age } jaar of ouder.
why-max-age = Je bent dan { $age } jaar of jonger.
why-not-residence-nl = Dit geldt alleen als je in Nederland woont.
why-not-residence-abroad = Dit geldt alleen als je in het buitenland woont.
why-not-partner-yes = Dit geldt alleen als je een partner hebt.
why-not-partner-no = Dit geldt alleen als je geen partner hebt.
why-not-children-yes = Dit geldt alleen als je kinderen hebt.
why-not-children-no = Dit geldt alleen als je geen kinderen hebt.
why-not-employment = Dit geldt niet bij je werksituatie.
why-not-min-age = Dit geldt pas vanaf { $age } jaar.
why-not-max-age = Dit geldt alleen tot en met { $age } jaar.
why-check-residence-nl = Woon je in Nederland? Dan geldt dit voor jou.
why-check-residence-abroad = Woon je in het buitenland? Dan geldt dit voor jou.
why-check-partner-yes = Heb je een partner? Dan geldt dit voor jou.
why-check-partner-no = Heb je geen partner? Dan geldt dit voor jou.
why-check-children-yes = Heb je kinderen? Dan geldt dit voor jou.
why-check-children-no = Heb je geen kinderen? Dan geldt dit voor jou.
why-check-employment = Kijk of dit past bij je werksituatie.
why-check-min-age = Dit geldt vanaf { $age } jaar.
why-check-max-age = Dit geldt tot en met { $age } jaar.

## Wat eraan komt

signal-turning-18-me = Je wordt 18
signal-turning-18-child = Je kind wordt 18
signal-turning-18-named-child = Je kind { $name } wordt 18
signal-retirement-me = Je AOW gaat in
signal-document-expires = Verloopt binnenkort: { $title }
signal-document-expired = Verlopen: { $title }

## Bestanden (agenda)

export-provider = Bij:
export-window = Periode:
export-cases-title = je aanvragen
export-announcements-title = berichten over je buurt
export-case-decision = Uiterlijke dag voor het besluit over "{ $title }"
export-sources = Waar de regel staat:

## Meldingen

notification-body = Op { $date }. Open Wegwijs om te zien wat je moet regelen.

## Afdrukbare lijst (PDF)

pdf-made-for = Gemaakt voor { $name } op { $date } met Wegwijs.
pdf-made-on = Gemaakt op { $date } met Wegwijs.
pdf-intro = Zet een vinkje in het hokje als je iets hebt geregeld. Neem deze lijst mee als je hulp vraagt.
pdf-help-title = Hulp nodig?
pdf-help = In veel bibliotheken zit een Informatiepunt Digitale Overheid. Daar helpen ze je gratis, bijvoorbeeld met DigiD of met een aanvraag op internet. Neem deze lijst en je identiteitsbewijs mee. Vraag in de bibliotheek bij jou in de buurt waar en wanneer het Informatiepunt open is.
pdf-questions-title = Vragen die je kunt stellen
pdf-question-first = Wat moet ik als eerste doen, en voor welke datum?
pdf-question-papers = Welke papieren moet ik meenemen of opsturen?
pdf-question-digid = Kunt u mij helpen met inloggen met DigiD?
pdf-question-someone-else = Mag iemand anders dit voor mij regelen? Hoe doe ik dat?
pdf-question-disagree = Wat kan ik doen als ik het niet eens ben met een besluit?
pdf-contacts-title = Zo bereik je de organisaties
pdf-contact-phone = Bellen: { $phone }
pdf-contact-abroad = Bellen vanuit het buitenland: { $phone }
pdf-contact-site = Website: { $site }. Daar staan ook de openingstijden.
pdf-contact-gemeente = Bel 14 en dan het netnummer van je gemeente. In Amsterdam is dat 14 020.
pdf-contact-letter = Het telefoonnummer staat in hun brieven of op hun website.
pdf-glossary-title = Woorden uit brieven van de overheid
pdf-page = Pagina
# A date written out: { $month } is one of month-1..12, in the form used inside a date.
date-long = { $day } { $month } { $year }
month-1 = januari
month-2 = februari
month-3 = maart
month-4 = april
month-5 = mei
month-6 = juni
month-7 = juli
month-8 = augustus
month-9 = september
month-10 = oktober
month-11 = november
month-12 = december
signal-authority-ends = Je ouderlijk gezag voor { $name } stopt: { $name } wordt 18
signal-objection-due = Laatste dag voor bezwaar tegen het besluit over "{ $title }"
signal-announcements-new = { $count ->
    [one] 1 nieuw bericht over je buurt
   *[other] { $count } nieuwe berichten over je buurt
}
signal-announcement-respond-by = Laatste dag om te reageren op "{ $title }"
signal-case-status = Nieuw bij "{ $title }": { $status }
signal-turning-18-other = { $name } wordt 18
signal-retirement-other = De AOW van { $name } gaat in
why-below-aow-age-yes = Je hebt dan nog geen AOW-leeftijd.
why-below-aow-age-no = Je hebt dan de AOW-leeftijd.
why-dutch-yes = Je hebt de Nederlandse nationaliteit.
why-dutch-no = Je hebt niet de Nederlandse nationaliteit.
why-gave-birth-yes = Je bent zelf bevallen.
why-gave-birth-no = Je bent niet zelf bevallen. Je bent de partner.
why-not-below-aow-age-yes = Dit geldt alleen voor wie de AOW-leeftijd nog niet heeft.
why-not-below-aow-age-no = Dit geldt alleen vanaf je AOW-leeftijd.
why-not-dutch-yes = Dit geldt alleen als je de Nederlandse nationaliteit hebt.
why-not-dutch-no = Dit geldt alleen als je niet de Nederlandse nationaliteit hebt.
why-not-gave-birth-yes = Dit geldt alleen voor wie zelf is bevallen.
why-not-gave-birth-no = Dit geldt alleen voor de partner van wie is bevallen.
why-check-below-aow-age-yes = Heb je dan nog geen AOW-leeftijd? Dan geldt dit voor jou.
why-check-below-aow-age-no = Heb je dan de AOW-leeftijd? Dan geldt dit voor jou.
why-check-dutch-yes = Heb je de Nederlandse nationaliteit? Dan geldt dit voor jou.
why-check-dutch-no = Heb je niet de Nederlandse nationaliteit? Dan geldt dit voor jou.
why-check-gave-birth-yes = Ben je zelf bevallen? Dan geldt dit voor jou.
why-check-gave-birth-no = Ben je de partner van wie is bevallen? Dan geldt dit voor jou.
