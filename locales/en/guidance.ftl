# Why a task is in your plan (or not).

why-everyone = This applies to everyone with this event.
why-atw-extended = The term ended on { $date }, a weekend day or public holiday. Under the General Time Limits Act it moves on.
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
signal-retirement-me = Your AOW state pension starts

## Files (calendar)

export-provider = With:
export-window = Period:
export-sources = Where the rule comes from:

## Notifications

notification-body = On { $date }. Open Wegwijs to see what you need to arrange.
