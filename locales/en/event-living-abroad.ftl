# Wegwijs: a year abroad (plain language, reader is "you").

event-living-abroad-title = Living abroad, every year
event-living-abroad-summary = You live outside the Netherlands. These things come back every year, or when the time comes.
event-living-abroad-date = The start of the year (for example 1 January)

task-living-abroad-proof-of-life-title = Send a proof of life to the SVB
task-living-abroad-proof-of-life-body = Do you get AOW or another benefit from the SVB? Then the SVB usually asks you for a proof of life ({ NL("levensbewijs") }) once a year. You get a letter for it. Send the proof of life with the app, or have the form signed and send it back. Do it in time, or the payments stop.

task-living-abroad-passport-title = Renew your passport or ID card in time
task-living-abroad-passport-body = Abroad, a new passport takes longer than in the Netherlands. So check in time when yours expires. You apply at an embassy or consulate, in one of the border municipalities or at Schiphol. You must go there in person. Collect it within 3 months. The border municipalities are: Aalten, Bergeijk, Bergen op Zoom, Breda, Den Haag, Echt-Susteren, Enschede, Heerlen, Maastricht, Montferland, Nijmegen, Oldambt, Sluis and Venlo.

task-living-abroad-voting-title = Keep voting from abroad
task-living-abroad-voting-body = Do you have Dutch nationality? Then you can vote from abroad. Register once with the municipality of The Hague for it. After that you hear about every election by yourself. Have you moved? Then give your new address to The Hague.

task-living-abroad-digid-title = Make sure your DigiD works
task-living-abroad-digid-body = With DigiD you arrange many things with the Dutch government online. Do you not have DigiD yet, or does it no longer work? You can also apply for it from abroad. You get the code to activate it by post, or at a DigiD desk or in a video call.
