# Wegwijs: texts of the app and the command line (plain language, reader is "you").

app-name = Wegwijs
app-tagline = Your guide to Dutch government
skip-to-content = Skip to main content
loading = One moment, Wegwijs is loading…

## Language

language-label = Language
language-nl = Nederlands
language-en = English
# Each language by its own name, the same in every file.
language-fy = Frysk
language-pap = Papiamentu
language-tr = Türkçe
language-ar = العربية
language-pl = Polski
language-uk = Українська
translation-unreviewed = This translation was made with the help of a computer. No native speaker of this language has checked it yet.
translation-unreviewed-short = Translation not checked yet
translation-show-dutch = Show the Dutch text
translation-showing-dutch = You now see the Dutch text.
translation-back = Back to { $language }
glossary-link = Glossary: Dutch words from government letters
language-changed = The language is now English.

## First run

welcome-title = Welcome to Wegwijs
welcome-intro = Sometimes a lot changes in your life. You have a child, you move house or you stop working. Wegwijs shows what you need to arrange, with which organisation and when.
welcome-privacy = Your data stays on this device. Wegwijs does not send it anywhere.
welcome-setup-title = About you
welcome-setup-intro = Fill in a few details. Then Wegwijs knows which rules apply to you. You can always change them later.
welcome-submit = Save and continue

## Profile form

field-name = Name
field-name-hint = What you want to be called.
field-birth-date = Date of birth
field-birth-date-hint = For example: 14 3 1990
field-birth-day = Day
field-birth-month = Month
field-birth-year = Year
field-residence-where = Where do you live?
field-residence-nl = In the Netherlands
field-residence-abroad = Abroad
field-residence-country = Country where you live
field-residence-country-hint = Do you live abroad? Then choose the country where you live now.
field-residence-country-choose = Choose a country
field-municipality = Municipality
field-municipality-hint = The municipality where you are registered.
field-situation = Your situation
field-situation-intro = These questions are optional. With your answers Wegwijs makes your plan more personal.
field-partner = Do you have a partner?
field-partner-hint = A partner is your husband or wife, your registered partner, or someone you live with.
field-partner-yes = Yes
field-partner-no = No
field-partner-unsaid = I prefer not to say
field-employment = What do you do?
field-employment-unsaid = I prefer not to say
employment-employed = I work for an employer
employment-self-employed = I have my own business or am self-employed
employment-unemployed = I have no work and am looking for work
employment-retired = I am retired
employment-student = I am a student
employment-none = I have no paid work
field-bsn = Citizen service number (BSN)
field-children-on-people = Add your children and others you care for under People, with their name. Then Wegwijs shows in time what changes for them, for example when your child turns 18.
field-children-people-link = Go to People
profile-save = Save
profile-saved = Your details have been saved.
required = required

## Form errors

error-summary-title = Check your details
error-summary-intro = { $count ->
    [one] We found 1 problem.
   *[other] We found { $count } problems.
} What you filled in is still there.

## Navigation

nav-label = Main menu
nav-menu = Menu
nav-home = Home
nav-life-events = Life events
nav-documents = Documents
nav-people = People
nav-status = Applications
nav-settings = Settings

## Home

home-title = Hello { $name }
home-intro = What would you like to arrange today?
home-signals-title = Coming up
home-signal-plan = See what you need to arrange
home-profile-title = Your details
home-profile-edit = Change details
home-lives-in-nl = { $municipality }, the Netherlands

## Sections still to come

life-events-title = Events in your life
life-events-intro = Having a child, turning 18, moving house, retiring: choose what is happening in your life. You get one plan with everything you need to arrange, with every organisation, and the dates that apply to you. Each task says where the rule comes from.
documents-title = Documents
documents-intro = Keep your passport, birth certificate, rental contract and letters from the government safe on this device. They are stored encrypted. Wegwijs warns you before a document expires.
people-title = People
people-intro = Arrange things for someone else, for example for your child or for a parent who needs help. You always see who you are acting for, and everything is recorded.
status-title = Applications
status-intro = See how your applications to the government are doing, and read official announcements about your neighbourhood.
cases-title-for = Applications of { $name }
cases-intro = Keep track of what you asked for: a permit, an allowance, help from the municipality. Wegwijs tells you by when the organisation must decide, and after a decision, until when you can object.
cases-list-title = Your applications
cases-none = You have not added an application yet.
cases-reference = reference { $reference }
cases-submitted = received on { $date }
cases-decision-due = The organisation must decide by { $date }.
cases-decided = Decision sent on { $date }.
cases-objection-due = You can object up to and including { $date }.
cases-moved = (Moved to the next working day because of a weekend or public holiday.)
cases-add-step = Write down what happened
cases-record-decision = Write down the decision
cases-remove = Delete
cases-remove-confirm = Yes, delete it with all its steps
cases-objection-check = Check the letter: it says whether you can object, to whom, and if another term applies.
cases-decision-check = The term stops while the organisation waits for papers from you, and it may be extended once.
cases-step-status = What happened?
cases-step-status-hint = For example: "They asked for more papers".
cases-step-date = On which day?
cases-step-date-hint = Leave empty for today.
cases-step-note = Note (optional)
cases-decision-date = Date of the decision letter
cases-decision-date-hint = The date on the letter, or the day the decision arrived in your Berichtenbox. Not the day you read it.
cases-save = Save
cases-cancel = Cancel
cases-add-title = Add an application
cases-add-intro = Most organisations cannot send your applications to Wegwijs yet. Write them down here.
cases-provider = Organisation
cases-provider-hint = For example: Gemeente Utrecht, SVB, Belastingdienst.
cases-what = What did you ask for?
cases-what-hint = In your own words.
cases-submitted-label = Date the organisation received it
cases-submitted-hint = For example 30 10 2026. It is often on the confirmation.
cases-reference-label = Reference (optional)
cases-reference-hint = The number on letters about it ({ NL("zaaknummer") }).
cases-weeks = Decision term in weeks (optional)
cases-weeks-hint = Leave empty for 8 weeks: the usual term. Some laws give another term.
cases-add-submit = Add application
cases-added = "{ $title }" has been added.
cases-step-saved = Saved for "{ $title }".
cases-decision-saved = The decision for "{ $title }" has been saved.
cases-letter = Decision letter: { $title }
cases-letter-link = Choose the decision letter
cases-letter-change = Choose another letter
cases-letter-choose = The decision letter
cases-letter-choose-hint = Choose the letter from your documents. Is it not there yet? Then add it under Documents first.
cases-letter-no-documents = You have not saved any documents yet. Add the letter under Documents first.
cases-letter-none = No letter
cases-letter-saved = The letter is linked to "{ $title }".
cases-letter-unlinked = No letter is linked to "{ $title }" any more.
cases-removed = "{ $title }" has been deleted.
cases-sources-title = Organisations that show your requests
cases-sources-intro = Some municipalities and organisations show your requests through a connection (the ZGW standard). Wegwijs fetches them with your BSN and keeps them on this device: once a day while Wegwijs is open, and when you press Refresh.
cases-sources-none = You have not connected an organisation yet.
cases-source-synced = Last updated: { $date }
cases-source-never = Not updated yet.
cases-sync = Refresh
cases-syncing = Fetching…
cases-synced = Updated. New or moved on: { $count }.
cases-sync-failed = Not everything was updated. What went wrong is below. You see the requests from last time.
cases-source-disconnect = Disconnect
cases-source-disconnect-confirm = Yes, disconnect and remove this organisation's requests
cases-source-disconnected = "{ $name }" is disconnected.
cases-connect-title = Connect an organisation
cases-connect-intro = The organisation gives you the connection's address, a client id and a secret. The secret goes to your computer's keyring, not to Wegwijs' files.
cases-connect-name = Name
cases-connect-name-hint = For example: Gemeente Arnhem.
cases-connect-url = Address of the Zaken API
cases-connect-url-hint = Starts with https://
cases-connect-auth = How does Wegwijs show who you are?
cases-connect-auth-jwt = With a client id and secret from the organisation
cases-connect-auth-login = With my login (under Settings)
cases-connect-client = Client id
cases-connect-secret = Secret
cases-connect-secret-hint = It is not shown as you type.
cases-connect-submit = Connect
cases-connected = "{ $name }" is connected. Press Refresh to fetch your requests.
cases-from-source = From { $name }, through the connection.
cases-step-todo = not yet
cases-closed-on = Closed on { $date }.
cases-result = Outcome: { $result }
cases-calendar = Put the last days in your calendar
cases-overdue = Late: the organisation should have decided by now. You can give it notice in writing ({ NL("ingebrekestelling") }). If it still does not decide within two weeks, it may have to pay you a sum (Awb, article 4:17).
cases-bsn-used = The organisations look up { $name }'s requests with BSN { $bsn }.
cases-bsn-missing = To fetch { $name }'s requests, the BSN is needed.
cases-bsn-add = Fill in the BSN
cases-bsn-change = Change the BSN
cases-bsn-label = { $name }'s BSN
cases-bsn-hint = Nine digits. It is on the passport, the identity card or the driving licence. Leave empty to clear it.
cases-bsn-saved = The BSN is saved.

## Life events and your plan

life-events-choose = Choose what is happening
life-events-search = Search for an event
life-events-count = { $count ->
    [one] 1 event
   *[other] { $count } events
}
plan-date-hint = For example: 27 11 2026. Not sure of the exact date yet? Fill in the date you expect.
plan-make = Make my plan
plan-title = Your plan: { $event }, { $date }
plan-group-before = Before { $date }
plan-group-on-the-day = On { $date }
plan-group-after = After { $date }
plan-group-undated = No fixed date
plan-due = By { $date } at the latest
plan-due-abroad = This is a Dutch date. In { $place } you have until { $time } on { $date }.
plan-where-to-go = The Dutch embassy or consulate for { $country }:
plan-window = From { $from } up to and including { $to }
plan-from = From { $date }
plan-no-date = No fixed date
plan-provider = With: { $provider }
plan-check = Check whether this applies to you.
plan-bring = Bring:
plan-channels = How:
plan-why = Why this is in your plan:
plan-sources = Where the rule comes from:
plan-empty = There is nothing for you to arrange for this event.
plan-show-left-out = { $count ->
    [one] Also show 1 task that does not apply to you
   *[other] Also show { $count } tasks that do not apply to you
}
plan-left-out-title = Does not apply to you
plan-keep = Keep this plan
plan-kept = Your plan has been kept. Tick off what you have done.
plan-done = Done
plan-overdue = Overdue
plan-note = Your note
plan-note-save = Save note
plan-note-saved = Your note has been saved.
plan-delete = Delete plan
plan-deleted = The plan has been deleted.
kept-plans-title = Your plans
kept-plan-open = { $open ->
    [one] 1 task left
   *[other] { $open } tasks left
}
kept-plan-overdue = { $overdue ->
    [one] 1 overdue
   *[other] { $overdue } overdue
}
plan-export-ics = Add to your calendar
plan-export-done = The file for your calendar has been saved.
plan-export-pdf = Printable checklist (PDF)
plan-pdf-done = The printable checklist has been saved.
plan-print = Print

## Settings

settings-title = Settings
settings-language-title = Language
settings-profile-title = Your details
settings-notifications-title = Notifications
settings-notifications-label = Show a notification when something is coming up
settings-notifications-hint = For example when your child is about to turn 18 or your AOW is about to start. The notification comes from your own computer; nothing goes over the internet.
settings-notifications-on = Notifications are on.
settings-notifications-off = Notifications are off.
settings-data-title = Where your data is kept
settings-data-intro = Wegwijs keeps your data only on this device, in this folder:

## Help

footer-help = Need help? Many public libraries have an Informatiepunt Digitale Overheid (government information point). They help you for free.

## Command line

cli-no-profile = There are no details yet. Fill them in with: wegwijs profile set --name … --birth-date YYYY-MM-DD --country NL --municipality …
cli-profile-saved = Your details have been saved.
cli-error = Error
cli-no-keyring = No keyring is available on this device.
cli-prompt-passphrase = Passphrase:
cli-prompt-new-passphrase = Choose a passphrase to protect your data (at least 8 characters):
cli-prompt-backup-passphrase = Passphrase for the backup:
cli-prompt-recovery-key = Recovery key:
cli-recovery-key = Your recovery key: { $key }
    Write it down and keep it somewhere safe. With it you can open your data on a new device. It is shown only this once.
cli-vault-added = Added: { $title } ({ $id })
cli-vault-without-text = { $title }: stored, but its text could not be read; search finds it by its title and tags only.
cli-vault-none = No documents found.
cli-vault-document = { $id }  { $title } ({ $kind })
cli-vault-document-expires = { $id }  { $title } ({ $kind }), valid until { $expires }
cli-vault-saved = Saved as { $path }.
cli-vault-removed = The document has been deleted.
cli-vault-verified = { $documents } documents checked, { $ok } in order.
cli-vault-damaged = Damaged: { $id }
cli-vault-backup = Backup written with { $documents } documents.
cli-vault-restored = { $restored } documents restored; { $skipped } were already there.
cli-vault-restore-not-allowed = { $count } documents of other people were not restored: no representation lets you add their documents. Record one, then restore again.
cli-vault-restore-log-behind = This backup is of this installation and its log has entries that are missing here: an older copy of your data was put back. This is now recorded in the log.
cli-vault-recovered = Your data is open again on this device.
unlock-window-title = Open your data
unlock-choose-title = Protect your data with a passphrase
unlock-choose-intro = Wegwijs keeps your data encrypted on this device. This device has no keyring to keep the key safe, so choose a passphrase. You type it each time you open Wegwijs.
unlock-enter-title = Enter your passphrase
unlock-enter-intro = Your data is encrypted. Enter your passphrase to open it.
unlock-recover-title = Open your data with your recovery key
unlock-recover-intro = The key to your data is not on this device. Type the recovery key you wrote down when you started using Wegwijs.
unlock-passphrase = Passphrase
unlock-new-passphrase = New passphrase
unlock-new-passphrase-hint = At least 8 characters. A short sentence is easy to remember and hard to guess.
unlock-repeat = Type the passphrase again
unlock-repeat-differs = The two passphrases are not the same.
unlock-recovery-key = Recovery key
unlock-recovery-key-hint = 32 letters and digits, for example ABCD-EFGH-… Capitals and dashes do not matter.
unlock-submit = Open
unlock-choose-submit = Protect and open
unlock-forgot = I forgot my passphrase
recovery-key-title = Write down your recovery key
recovery-key-intro = With this key you can open your data on a new device, or when the key on this device is lost.
recovery-key-keep = Keep it on paper in a safe place. Do not share it. You see it only this once.
recovery-key-print = Print
recovery-key-done = I have written it down
documents-add-title = Add documents
documents-add-intro = Choose what kind of documents you add. You can add several files at once.
documents-kind = Kind of document
documents-doc-title = Title
documents-doc-title-hint = Leave empty to use the file name.
documents-expires = Valid until
documents-expires-hint = Leave empty if the document does not expire. For example: 14 3 2031.
documents-tags = Tags
documents-tags-hint = Words to find the document by, separated by commas. For example: house, rent.
documents-choose-files = Choose files…
documents-add-dropped = Add the { $count ->
        [one] dropped file
       *[other] { $count } dropped files
    }
documents-drop-hint = You can also drag files onto this window.
documents-dropped = { $count ->
        [one] 1 file is ready to add.
       *[other] { $count } files are ready to add.
    }
documents-added = { $count ->
        [one] 1 document added.
       *[other] { $count } documents added.
    }
documents-without-text = { $count ->
        [one] Its text could not be read, so search finds it by its title and tags only.
       *[other] The text of { $count } of them could not be read, so search finds those by their title and tags only.
    }
documents-not-added = Not added
documents-list-title = Your documents
documents-search = Search
documents-search-hint = Search in titles, tags and the text of PDF and text files.
documents-count = { $count ->
        [0] No documents.
        [one] 1 document.
       *[other] { $count } documents.
    }
documents-expiry-valid = Valid until { $date }
documents-expiry-soon = Expires soon: { $date }
documents-expiry-expired = Expired on { $date }
documents-export = Save a copy
documents-exported = A copy of { $title } has been saved.
documents-delete = Delete
documents-delete-confirm = Really delete? Press again
documents-removed = { $title } has been deleted.
documents-verify = Check all documents
documents-verify-ok = { $count ->
        [one] The document is in order.
       *[other] All { $count } documents are in order.
    }
documents-verify-damaged = { $count ->
        [one] 1 document is damaged. Restore it from a backup.
       *[other] { $count } documents are damaged. Restore them from a backup.
    }
size-bytes = { $n } bytes
size-kb = { $n } KB
size-mb = { $n } MB
home-signal-documents = Go to your documents
home-signal-case = See the application
home-signal-announcements = See the announcements
plan-held-valid = In your documents: { $title } (still valid then)
plan-held-invalid = In your documents: { $title }, but it is no longer valid then. Renew it first.
documents-edit = Change
documents-save = Save
documents-cancel = Cancel
documents-saved = The details of { $title } have been saved.
cli-person-added = { $name } added (id { $id }).
cli-cases-none = No requests yet. Add one with: wegwijs cases add
cli-case-removed = Request { $id } deleted.
cli-case-decision-due = The provider must decide by { $date }.
cli-case-objection-due = Last day to object: { $date }.
cli-case-letter = Decision letter: { $title } (document { $id }).
cli-sources-none = No organisations connected yet. Connect one with: wegwijs cases source add
cli-source-removed = { $name } disconnected. Its secret and its requests were removed.
cli-source-synced = Last updated: { $at }
cli-source-never-synced = Not updated yet.
cli-prompt-zgw-secret = Secret the organisation gave you (not shown):
cli-sync-ok = { $name }: updated.
cli-sync-failed = { $name }: { $error }
cli-sync-changed = Requests that are new or moved on: { $count }
cli-cases-calendar-written = The file for your calendar is saved.
cli-representation-granted = Representation { $id } recorded.
cli-representation-revoked = Representation { $id } revoked.
cli-audit-ok = The log has { $entries } entries; the chain is intact.
cli-audit-broken = The log has { $entries } entries; the chain is BROKEN: an entry was changed, removed or moved.
people-list-title = Your household
people-you = you
people-born = born { $date }
people-relation = Relation to you
people-add-title = Add someone
people-add-submit = Add
people-added = { $name } has been added.
people-rename = Change the name of { $name }
people-rename-label = New name for { $name }
people-rename-save = Save name
people-rename-cancel = Cancel
people-renamed = The name is now { $name }.
relation-child = child
relation-partner = partner
relation-parent = parent
relation-other = other
reps-title = Who acts for whom
reps-none = Nobody acts for anyone yet.
reps-line = { $representative } acts for { $subject }
reps-view-only = view only
reps-ends-on = Until { $date }
reps-ended-on = Ended on { $date }
reps-revoked-on = Revoked on { $date }
reps-no-end = No end date
reps-act-for = Act for { $name }
reps-revoke = Revoke
reps-revoke-confirm = Really revoke? Press again
people-granted = The representation for { $name } has been recorded.
people-revoked = The representation for { $name } has been revoked.
grant-title = Record a representation
grant-representative = Who acts?
grant-subject = For whom?
grant-basis = On what basis?
grant-scopes = For which matters?
grant-scopes-hint = Leave all unticked for everything the basis allows. A mandate needs at least one: only what the person chooses.
grant-until = Until
grant-until-hint = Leave empty if it has no end date. Parental authority and guardianship end at 18 by themselves.
grant-view-only = Only looking: no changing, saving copies or deleting
grant-submit = Record
basis-ouderlijk-gezag = Parental authority
basis-ouderlijk-gezag-explain = a parent arranges everything for a child under 18. It ends by itself on the 18th birthday.
basis-voogdij = Guardianship
basis-voogdij-explain = like parental authority, for someone who is not the parent. It ends at 18.
basis-curatele = Curatorship
basis-curatele-explain = a court decided that a curator arranges money and personal matters.
basis-beschermingsbewind = Protective administration ({ NL("bewind") })
basis-beschermingsbewind-explain = a court decided that an administrator arranges money matters only.
basis-mentorschap = Mentorship
basis-mentorschap-explain = a court decided that a mentor arranges care matters only.
basis-machtiging = Mandate
basis-machtiging-explain = the person themselves lets someone help, for the matters and the period they choose.
scope-documents = documents
scope-guidance = plans and deadlines
scope-finance = money
scope-care = care
acting-banner = You are acting for { $name }
acting-details = { $basis }, until { $date }
acting-details-no-end = { $basis }
acting-stop = Stop acting for { $name }
documents-acting-title = Documents of { $name }
audit-title = Who did what for whom
audit-intro = Everything done for someone else is recorded here, and cannot be changed unnoticed.
audit-none = Nothing has been recorded yet.
audit-line = { $actor } for { $subject }:
audit-action-representation-grant = recorded a representation
audit-action-representation-revoke = revoked a representation
audit-action-documents-view = looked at documents
audit-action-documents-change = added or changed a document
audit-action-documents-export = saved a copy of a document
audit-action-documents-delete = deleted a document
audit-action-guidance-view = looked at plans
audit-action-audit-mismatch = found that entries of the log were missing
audit-verify = Check the log
audit-ok = The log is intact ({ $count } entries).
audit-broken = The log has been tampered with. Ask for help.
lock-now = Lock
unlock-open-title = Wegwijs is locked
unlock-open-intro = Nothing of yours is shown while Wegwijs is locked. Open it again when you are ready.
lock-warning-title = Wegwijs is about to lock
lock-warning-text = You have not used Wegwijs for a while. In 1 minute it locks. Anything you have not saved yet is then lost.
lock-warning-keep-open = Keep it open

settings-accessibility-title = Accessibility
settings-accessibility-intro = Wegwijs should work well for everyone, also on a small screen, with large text or with a screen reader. We checked the app ourselves against the accessibility requirements (WCAG 2.1, level AA). An independent audit has not been done yet.
settings-accessibility-known = This does not work well yet:
settings-accessibility-known-pdf = The printable checklist (PDF) does not work well with a screen reader yet.
settings-accessibility-untested = Not tested yet: using Wegwijs with a screen reader, and on Windows, macOS and phones.

settings-text-size-title = Text size
settings-text-size = How large do you want everything on the screen?
settings-text-size-hint = Text, buttons and pictures grow together, so nothing overlaps. Until you choose, Wegwijs follows your computer's text size.
settings-text-size-saved = The text size is now { $size }.
settings-time-zone-title = Time zone
settings-time-zone-hint = A deadline is a Dutch date. Do you live in another time zone? Then each date also says until what time you have where you are.
settings-time-zone = Your time zone
settings-time-zone-device = This device's
settings-time-zone-current = Now: { $zone }
settings-time-zone-saved = Your time zone is now { $zone }.

settings-auto-lock-title = Locking
settings-auto-lock = Lock Wegwijs when it has not been used for
settings-auto-lock-never = Never
settings-auto-lock-minutes = { $count ->
        [one] 1 minute
       *[other] { $count } minutes
    }
settings-auto-lock-saved = Saved.
documents-issued = Date of issue
documents-issued-hint = If you know it. For example: 14 3 2021.
documents-events = For which life events?
documents-events-hint = Optional. Hold Ctrl (or Cmd) to choose more than one.
cli-login-open = Log in in your browser. If it does not open, go to this address: { $url }
cli-login-service = Login service: { $issuer }
cli-login-signed-in = Logged in as { $name }.
cli-login-signed-out = Not logged in.
cli-login-acting-for = Acting for person { $id } (verified by the login service).
cli-login-unlinked = The login service says you act for someone. Say who with: wegwijs login link PERSON_ID
cli-logged-out = Logged out, also at the login service.
cli-logged-out-here = Logged out on this device. The login service could not be reached.
cli-representation-verified = verified
cli-representation-upcoming = starts later
login-title = Logging in with a login service
login-intro = You can log in with a login service for government, such as DigiD through a broker. If you act for someone else there, for example with a DigiD mandate, Wegwijs records that as a confirmed representation. What you log in with stays in your computer's keyring.
login-signed-in = Logged in as { $name } since { $date }.
login-signed-out = You are not logged in.
login-not-kept = This computer has no keyring, so the login is not remembered. You can still use it now.
login-acting-for = The login service confirms that you act for { $name }.
login-unlinked = The login service says you act for someone else. Who is it?
login-unlinked-add-first = First add this person under People, then come back here.
login-link-person = This person is
login-link-scopes-hint = The login service does not say for which matters. Choose what was agreed; at least one.
login-link-submit = Link
login-linked = Linked. You now act for { $name }, confirmed by the login service.
login-start = Log in
login-again = Log in again
login-waiting = Log in in the browser window that has opened. Wegwijs waits until you are back.
login-cancel = Stop waiting
login-check = Check login
login-still-valid = Your login is still valid.
login-logout = Log out
login-logged-out = You are logged out, also at the login service.
login-logged-out-here = You are logged out on this device. The login service could not be reached.
login-done = You are logged in as { $name }.
login-settings-title = Login service settings
login-issuer = Address of the login service
login-issuer-hint = For example https://login.example.nl. You get it from the organisation that runs the login service.
login-client-id = Client id
login-client-id-hint = The name the login service gave to Wegwijs.
login-settings-save = Save settings
login-settings-saved = The settings are saved.
reps-verified = Confirmed by the login service
grant-evidence = Proof (optional)
grant-evidence-hint = A document in your vault that shows it, such as a court decision or a signed mandate.
grant-evidence-none = No document
audit-filter = Show what was done for
audit-filter-everyone = Everyone
audit-print = Print this overview
home-signals-title-for = Coming up for { $name }
life-events-acting = Plans here are for { $name }, based on their date of birth. They are not kept in your own list.
login-browser-done = Wegwijs has the answer from the login service. You can close this window and go back to Wegwijs.

# A mandate for after 18 (Daan's journey: parental authority ends, help
# continues only as far as the young person chooses).
grant-from = From
grant-from-hint = Leave empty to start today.
reps-starts-on = Starts on { $date }
reps-mandate-offer = { $name } turns 18 on { $date }. From then on, you may only help with what { $name } chooses, with a mandate.
reps-mandate-button = Record a mandate from { $name }
grant-mandate-intro = Only { $name } decides this. Agree together what you may keep helping with, and for how long, and record it here. { $name } must also give you a mandate in DigiD Machtigen, on machtigen.digid.nl. Without it, you cannot arrange anything for { $name } with the government.
home-signal-mandate = Record a mandate for after 18

## Read aloud: the platform's voice reads a plan or a task

read-aloud-plan = Read the plan aloud
read-aloud-task = Read aloud
read-aloud-stop = Stop reading aloud

## Announcements near your address (Applications page)
neighbourhood-title = Announcements near your address
neighbourhood-intro = Municipalities, provinces and water boards publish official announcements. For example a building permit next door, a tree that will be cut down, or a new traffic rule. Wegwijs can look for them near your address.
neighbourhood-privacy = Your address stays on this device. Wegwijs only sends a point on the map to the government service, to ask what is near it.
neighbourhood-off = This is off. Wegwijs asks nothing until you turn it on.
neighbourhood-postcode = Postcode
neighbourhood-number = House number
neighbourhood-addition = Letter or addition (if you have one)
neighbourhood-find = Find my address
neighbourhood-found = Is this your address?
neighbourhood-radius = Distance around your address
neighbourhood-metres = { $metres } metres
neighbourhood-confirm = Yes, look here
neighbourhood-change = No, change it
neighbourhood-watching = Wegwijs looks within { $metres } metres of { $address }.
neighbourhood-check = Check now
neighbourhood-checking = Checking…
neighbourhood-checked = { $new } new, { $total } in all.
neighbourhood-last-checked = Last checked: { $date }.
neighbourhood-never-checked = Not checked yet.
neighbourhood-last-failed = The last check did not work. You see what was found before.
neighbourhood-save-radius = Save distance
neighbourhood-disable = Turn off and forget my address
neighbourhood-disabled = Announcements are off. Your address and what was found are deleted.
neighbourhood-list-title = What was found
neighbourhood-none = No announcements were found near your address.
neighbourhood-filter-kind = Kind
neighbourhood-filter-all = All kinds
neighbourhood-unread-only = Only show new ones
neighbourhood-shown = { $shown } of { $total } shown
neighbourhood-new = New
neighbourhood-distance = { $metres } metres away
neighbourhood-distance-unknown = In your municipality
neighbourhood-published = Published on { $date }
neighbourhood-by = By { $organisation }
neighbourhood-respond-by = Last day to respond: { $date }
neighbourhood-open = Read the announcement (opens in your browser)
neighbourhood-mark-read = Mark as read
neighbourhood-mark-unread = Mark as new
neighbourhood-map-title = Map
neighbourhood-map-label = Map: your address in the middle, north at the top, and { $count } announcements within { $metres } metres.
neighbourhood-map-you = Your address
neighbourhood-calendar = Save last days to respond for my calendar
neighbourhood-calendar-saved = The file for your calendar is saved.
cli-announcements-enabled = Wegwijs looks for announcements within { $radius } metres of { $address }.
cli-announcements-disabled = Announcements are off. The address and what was found are deleted.
cli-announcements-checked = { $new } new, { $total } in all.
cli-announcements-off = Announcements near your address are off. Turn them on with `wegwijs announcements enable`.
cli-announcements-none = No announcements were found near your address.
cli-announcements-respond-by = Last day to respond: { $date }
cli-announcements-read = Announcement { $id } is marked as read.
cli-announcements-calendar-written = The file for your calendar is saved.
