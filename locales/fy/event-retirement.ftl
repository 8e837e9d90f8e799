# Wegwijs: mei pensjoen gean (taalnivo B1, de lêzer is "do").

event-retirement-title = Mei pensjoen gean
event-retirement-summary = Do berikst de leeftyd foar it âlderdomspensjoen (AOW-leeftijd). Dit regelest by de SVB en by Dienst Toeslagen.
event-retirement-date = De dei dat do de leeftyd foar it âlderdomspensjoen (AOW-leeftijd) berikst

task-retirement-apply-aow-title = Freegje dyn âlderdomspensjoen (AOW) oan by de SVB
task-retirement-apply-aow-body = Likernôch 4 oant 5 moannen foar de leeftyd fan dyn âlderdomspensjoen (AOW-leeftijd) krijst in brief fan de SVB. Do freegest de AOW oan yn Mijn SVB mei DigiD, of mei in papieren formulier. Hast 3 moannen foar dyn AOW-leeftyd noch gjin brief, nim dan sels kontakt op mei de SVB. Freegest te let oan, dan betellet de SVB meastal mar 1 jier werom.

task-retirement-apply-aow-abroad-title = Freegje dyn âlderdomspensjoen (AOW) sels oan út it bûtenlân
task-retirement-apply-aow-abroad-body = Wennest bûten Nederlân, dan moatst sels op tiid oan dyn âlderdomspensjoen (AOW) tinke. Yn in EU-lân of in ferdrachslân freegest de AOW meastal oan by de pensjoenynstânsje fan dyn wenlân. Wennest yn in oar lân, nim dan kontakt op mei de SVB.

task-retirement-digid-via-svb-title = Freegje DigiD oan fia de SVB
task-retirement-digid-via-svb-body = Mei DigiD regelest dyn âlderdomspensjoen (AOW) online yn Mijn SVB. Wennest bûten Nederlân en krijst ynkoarten AOW? Dan freegest DigiD oan fia de SVB. De brief mei dyn aktivearringskoade komt nei dyn adres yn it bûtenlân, dus do hoechst net nei in baly.

task-retirement-proof-of-life-title = Stjoer in libbensbewiis ({ NL("levensbewijs") }) nei de SVB
task-retirement-proof-of-life-body = Wennest bûten Nederlân, dan freget de SVB dy meastal 1 kear yn it jier om in libbensbewiis ({ NL("levensbewijs") }), yn guon lannen minder faak. Do krijst dan in brief mei in QR-koade. Jou it libbensbewiis troch mei de app, of lit it formulier ûndertekenje en stjoer it werom. Krijst gjin brief, dan hoechst neat te dwaan.

task-retirement-report-income-title = Jou dyn nije ynkommen troch oan Dienst Toeslagen
task-retirement-report-income-body = Krijst soarchtaslach ({ NL("zorgtoeslag") }) of hiertaslach ({ NL("huurtoeslag") })? Mei âlderdomspensjoen (AOW) en pensjoen feroaret dyn ynkommen. Jou dyn nije jierynkommen troch yn Mijn toeslagen. Sa krijst net te folle of te min taslach.
