# Wegwijs: trouwe of registrearre partnerskip (taalnivo B1, de lêzer is "do").

event-marriage-title = Trouwe of registrearre partner wurde
event-marriage-summary = Do silst trouwe of in registrearre partnerskip oangean. Meld dit op tiid by de gemeente. Tink ek oan dyn namme en dyn taslaggen.
event-marriage-date = Troudatum

task-marriage-give-notice-title = Meld dyn houlik of partnerskip by de gemeente
task-marriage-give-notice-body = Doch tegearre de melding foarnommen houlik of partnerskip by de gemeente dêr't do trouwe silst. Jou ek de nammen fan 2 oant 4 tsjûgen troch. Bist yn it bûtenlân berne of hast dêr wenne? Nim dan in pear moannen earder kontakt op mei de gemeente.

task-marriage-name-use-title = Kies hokker efternamme do brûkst
task-marriage-name-use-body = Nei it trouwen meist de efternamme fan dyn partner brûke, foar of nei dyn eigen namme, of ynstee dêrfan. Dyn offisjele efternamme feroaret net. Jou dyn kar troch oan de gemeente dêr't do wennest. Dyn bank en fersekerders bringst sels op 'e hichte.

task-marriage-allowances-title = Kontrolearje dyn taslaggen
task-marriage-allowances-body = Nei it trouwen binne jimme elkoars taslachpartner ({ NL("toeslagpartner") }). Dat jildt fan de earste dei fan de moanne nei de brulloft ôf. Jimme ynkommens telle dan tegearre foar dyn taslaggen. Pas dyn gegevens oan yn Mijn toeslagen, sadat do letter net werom hoechst te beteljen.

task-marriage-prenuptial-agreement-title = Kies oft do houlikse betingsten wolst
task-marriage-prenuptial-agreement-body = Trouwst sûnder ôfspraken, dan wurdt wat jimme yn de tiid fan it houlik krije fan jimme tegearre. Wat do al hiest, en wat do erfst of krijst, bliuwt fan dysels. Wolle jimme wat oars? Meitsje dan foar it trouwen houlikse betingsten ({ NL("huwelijkse voorwaarden") }) by in notaris.
