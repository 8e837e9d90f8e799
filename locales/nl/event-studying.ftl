# Wegwijs: gaan studeren (taalniveau B1, lezer is "je").

event-studying-title = Gaan studeren
event-studying-summary = Je gaat naar het mbo, het hbo of de universiteit. Dit regel je bij DUO en bij Dienst Toeslagen.
event-studying-date = De eerste dag van je opleiding

task-studying-student-finance-title = Vraag studiefinanciering aan bij DUO
task-studying-student-finance-body = Vraag studiefinanciering aan in Mijn DUO; je logt in met DigiD. Doe het ook als je nog niet weet of je bent geslaagd of toegelaten. Verandert er iets, geef het dan zo snel mogelijk door aan DUO. Ga je naar het mbo, dan krijg je studiefinanciering vanaf 18 jaar.

task-studying-student-travel-product-title = Regel je studentenreisproduct
task-studying-student-travel-product-body = Met het studentenreisproduct reis je gratis of met korting in de trein, bus, tram en metro. Je vraagt het aan samen met je studiefinanciering. DUO geeft je eerst een weekabonnement. Je kunt dat ruilen voor een weekendabonnement. Koppel het reisproduct aan je persoonlijke OV-chipkaart. Zet het daarna op de kaart bij een ophaalautomaat.

task-studying-healthcare-allowance-title = Vraag zorgtoeslag aan
task-studying-healthcare-allowance-body = Vanaf 18 jaar heb je een eigen zorgverzekering en betaal je zelf premie. Met een laag inkomen kun je zorgtoeslag krijgen. Vraag het aan in Mijn toeslagen, met DigiD. Hoe eerder je aanvraagt, hoe eerder je het geld krijgt.

task-studying-rent-allowance-title = Kijk of je huurtoeslag kunt krijgen
task-studying-rent-allowance-body = Ga je op jezelf wonen? Huurtoeslag krijg je alleen voor een zelfstandige woning, met een eigen voordeur, keuken, wc en douche. Voor een kamer met een gedeelde keuken of wc krijg je meestal geen huurtoeslag. Maak een proefberekening en vraag het aan in Mijn toeslagen.
