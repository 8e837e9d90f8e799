# Wegwijs: a year abroad (plain language, reader is "you").

event-living-abroad-title = Living abroad, every year
event-living-abroad-summary = You live outside the Netherlands. These things come back every year, or when the time comes.
event-living-abroad-date = The start of the year (for example 1 January)

task-living-abroad-proof-of-life-title = Send a proof of life to the SVB
task-living-abroad-proof-of-life-body = Do you get AOW or another benefit from the SVB? Then the SVB usually asks you for a proof of life ({ NL("levensbewijs") }) once a year. You get a letter for it. Send the proof of life with the app, or have the form signed and send it back. Do it in time, or the payments stop.

task-living-abroad-passport-title = Renew your passport or ID card in time
task-living-abroad-passport-body = Abroad, a new passport takes longer than in the Netherlands. So check in time when yours expires. You apply at an embassy or consulate, in one of the border municipalities or at Schiphol. You must go there in person. Collect it within 3 months. The border municipalities are: Aalten, Bergeijk, Bergen op Zoom, Breda, Den Haag, Echt-Susteren, Enschede, Heerlen, Maastricht, Montferland, Nijmegen, Oldambt, Sluis and Venlo.

task-living-abroad-voting-title = Keep voting from abroad
task-living-abroad-voting-body = Do you have Dutch nationality? Then you can vote from abroad. Register once with the municipality of The Hague for it. Choose which elections: the House of Representatives, the European Parliament and the electoral college for the Senate. You register for each kind of election on its own. After that you hear about every election by yourself. Have you moved? Then give your new address to The Hague.

task-living-abroad-digid-title = Make sure your DigiD works
task-living-abroad-digid-body = With DigiD you arrange many things with the Dutch government online. Do you not have DigiD yet, or does it no longer work? You can also apply for it from abroad. You get the code to activate it by post, or at a DigiD desk or in a video call.

task-living-abroad-tax-return-title = File a Dutch tax return when you must
task-living-abroad-tax-return-body = Do you have income or property in the Netherlands, such as a pension or a house? Then you may have to file a tax return with the Dutch Belastingdienst every year. Do you get a letter or a tax return form? Then you must file. The date is in the letter. No letter? Then you only must when you owe more than a small amount of tax. Will you get money back? You can ask for it up to 5 years after the year.

task-living-abroad-cak-title = Tell the CAK about changes
task-living-abroad-cak-body = Do you get AOW, a pension or a benefit from the Netherlands? And do you live in a country of the EU or the EEA, in Switzerland or in a treaty country? Then your care there usually goes through the CAK. You pay a contribution for it. It usually comes off your pension. Does something change, such as your address or your income? Tell the CAK.
