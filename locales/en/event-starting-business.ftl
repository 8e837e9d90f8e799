# Wegwijs: starting a business (plain language, reader is "you").

event-starting-business-title = Starting a business
event-starting-business-summary = You are starting your own business. You register with KVK. The Belastingdienst then gets your details automatically.
event-starting-business-date = Start date of your business

task-starting-business-check-trade-name-title = Choose a good business name
task-starting-business-check-trade-name-body = Use the KVK Naamchecker to see whether your name is already in the Business Register. Your name may not look like an existing business or brand. It may also not give a wrong impression, such as & Partners when you work alone. KVK records your name when you register your business.

task-starting-business-register-kvk-title = Register your business with KVK
task-starting-business-register-kvk-body = Fill in the registration form online with DigiD. Then make an appointment at a KVK office and bring your ID. Is your business address not your home address? Then also bring your rental contract or a letter of consent.

task-starting-business-vat-numbers-title = Check that your VAT numbers have arrived
task-starting-business-vat-numbers-body = KVK passes your registration on to the Belastingdienst. It sends you your VAT identification number and your turnover tax number by post. You put the VAT ID on your invoices and your website. If you have not received anything, call the BelastingTelefoon.

task-starting-business-small-business-scheme-title = Decide whether you want the small business scheme
task-starting-business-small-business-scheme-body = Do you expect a turnover of no more than 20,000 euros a year? Then with the small business scheme ({ NL("kleineondernemersregeling") }, KOR) you charge no VAT and file no VAT returns. Register with the Belastingdienst. It must be at least 4 weeks before it should start.
