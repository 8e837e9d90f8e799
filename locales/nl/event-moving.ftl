# Wegwijs: verhuizen (taalniveau B1, lezer is "je").

event-moving-title = Verhuizen
event-moving-summary = Je gaat verhuizen binnen Nederland. Geef je nieuwe adres op tijd door aan de gemeente. Veel instanties krijgen het dan vanzelf.
event-moving-date = Verhuisdatum

task-moving-report-move-title = Geef je verhuizing door aan de gemeente
task-moving-report-move-body = Geef je nieuwe adres door aan de gemeente waar je gaat wonen. Dat kan online met DigiD, of aan de balie. Je gezinsleden kun je vaak meteen mee laten verhuizen. Ben je te laat, dan wordt de dag waarop je het doorgeeft je verhuisdatum.

task-moving-address-passed-on-title = De gemeente geeft je nieuwe adres door
task-moving-address-passed-on-body = De gemeente geeft je nieuwe adres door aan veel organisaties. Bijvoorbeeld aan de Belastingdienst, de SVB, DUO, het CAK, de RDW, je pensioenfonds en je zorgverzekeraar. Daar hoef je zelf niets voor te doen. Bedrijven, zoals je bank en je energieleverancier, krijgen het niet van de gemeente. Die licht je zelf in.

task-moving-rent-allowance-title = Geef je nieuwe huur door aan Toeslagen
task-moving-rent-allowance-body = Krijg je huurtoeslag? Geef dan na de verhuizing je nieuwe huur door in Mijn toeslagen. Ga je naar een koopwoning, zet de huurtoeslag dan stop. Zo voorkom je dat je later geld moet terugbetalen.
