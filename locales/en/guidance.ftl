# Why a task is in your plan (or not).

why-everyone = This applies to everyone with this event.
why-atw-extended = Without the General Time Limits Act (Algemene termijnenwet) this would be { $date }. That Act gives you extra time when a weekend or public holiday falls in the term.
why-residence-nl = You live in the Netherlands.
why-residence-abroad = You live abroad.
why-partner-yes = You have a partner.
why-partner-no = You do not have a partner.
why-children-yes = You have children.
why-children-no = You do not have children.
why-employment = This fits your work situation.
why-min-age = You are { $age } or older then.
why-max-age = You are { $age } or younger then.
why-not-residence-nl = This only applies if you live in the Netherlands.
why-not-residence-abroad = This only applies if you live abroad.
why-not-partner-yes = This only applies if you have a partner.
why-not-partner-no = This only applies if you do not have a partner.
why-not-children-yes = This only applies if you have children.
why-not-children-no = This only applies if you do not have children.
why-not-employment = This does not apply to your work situation.
why-not-min-age = This only applies from the age of { $age }.
why-not-max-age = This only applies up to the age of { $age }.
why-check-residence-nl = Do you live in the Netherlands? Then this applies to you.
why-check-residence-abroad = Do you live abroad? Then this applies to you.
why-check-partner-yes = Do you have a partner? Then this applies to you.
why-check-partner-no = Do you not have a partner? Then this applies to you.
why-check-children-yes = Do you have children? Then this applies to you.
why-check-children-no = Do you not have children? Then this applies to you.
why-check-employment = Check whether this fits your work situation.
why-check-min-age = This applies from the age of { $age }.
why-check-max-age = This applies up to the age of { $age }.

## What is coming up

signal-turning-18-me = You turn 18
signal-turning-18-child = Your child turns 18
signal-turning-18-named-child = Your child { $name } turns 18
signal-retirement-me = Your AOW state pension starts
signal-document-expires = Expires soon: { $title }
signal-document-expired = Expired: { $title }

## Files (calendar)

export-provider = With:
export-window = Period:
export-cases-title = your requests
export-announcements-title = announcements near your address
export-case-decision = Last day for the decision on "{ $title }"
export-sources = Where the rule comes from:

## Notifications

notification-body = On { $date }. Open Wegwijs to see what you need to arrange.

## Printable checklist (PDF)

pdf-made-for = Made for { $name } on { $date } with Wegwijs.
pdf-made-on = Made on { $date } with Wegwijs.
pdf-intro = Tick the box when you have arranged something. Take this list with you when you ask for help.
pdf-help-title = Need help?
pdf-help = Many public libraries have an Informatiepunt Digitale Overheid (government information point). They help you for free, for example with DigiD or with an application on the internet. Take this list and your proof of identity with you. Ask your local library where and when the information point is open.
pdf-questions-title = Questions you can ask
pdf-question-first = What should I do first, and by what date?
pdf-question-papers = Which papers do I need to bring or send?
pdf-question-digid = Can you help me log in with DigiD?
pdf-question-someone-else = May someone else arrange this for me? How do I do that?
pdf-question-disagree = What can I do if I do not agree with a decision?
pdf-contacts-title = How to reach the organisations
pdf-contact-phone = Phone: { $phone }
pdf-contact-abroad = Phone from abroad: { $phone }
pdf-contact-site = Website: { $site }. The opening hours are there too.
pdf-contact-gemeente = Call 14 and then the area code of your municipality. In Amsterdam that is 14 020.
pdf-contact-letter = The phone number is in their letters or on their website.
pdf-glossary-title = Words from government letters
pdf-page = Page
date-long = { $day } { $month } { $year }
month-1 = January
month-2 = February
month-3 = March
month-4 = April
month-5 = May
month-6 = June
month-7 = July
month-8 = August
month-9 = September
month-10 = October
month-11 = November
month-12 = December
signal-authority-ends = Your parental authority for { $name } ends: { $name } turns 18
signal-objection-due = Last day to object to the decision on "{ $title }"
signal-announcements-new = { $count ->
    [one] 1 new announcement near your address
   *[other] { $count } new announcements near your address
}
signal-announcement-respond-by = Last day to respond to "{ $title }"
signal-case-status = New on "{ $title }": { $status }
signal-turning-18-other = { $name } turns 18
signal-retirement-other = The AOW state pension of { $name } starts
why-below-aow-age-yes = You have not reached the AOW age then.
why-below-aow-age-no = You have reached the AOW age then.
why-dutch-yes = You have Dutch nationality.
why-dutch-no = You do not have Dutch nationality.
why-gave-birth-yes = You gave birth yourself.
why-gave-birth-no = You did not give birth yourself. You are the partner.
why-not-below-aow-age-yes = This only applies if you have not reached the AOW age.
why-not-below-aow-age-no = This only applies from your AOW age.
why-not-dutch-yes = This only applies if you have Dutch nationality.
why-not-dutch-no = This only applies if you do not have Dutch nationality.
why-not-gave-birth-yes = This only applies to the person who gave birth.
why-not-gave-birth-no = This only applies to the partner of the person who gave birth.
why-check-below-aow-age-yes = Have you not reached the AOW age then? Then this applies to you.
why-check-below-aow-age-no = Have you reached the AOW age then? Then this applies to you.
why-check-dutch-yes = Do you have Dutch nationality? Then this applies to you.
why-check-dutch-no = Do you not have Dutch nationality? Then this applies to you.
why-check-gave-birth-yes = Did you give birth yourself? Then this applies to you.
why-check-gave-birth-no = Are you the partner of the person who gave birth? Then this applies to you.
