# Foutmeldingen. Zeg wat er mis is en wat je kunt doen.

error-invalid-profile = Niet alle gegevens zijn goed ingevuld.
error-name-missing = Vul je naam in.
error-name-too-long = Je naam mag niet langer zijn dan { $max } tekens.
error-birth-date-missing = Vul je geboortedatum in.
error-birth-date-invalid = Dit is geen bestaande datum. Vul dag, maand en jaar in met cijfers, bijvoorbeeld 14 3 1990.
error-birth-date-in-future = Je geboortedatum kan niet na vandaag zijn.
error-birth-date-too-early = Vul een geboortedatum in vanaf het jaar { $year }.
error-country-missing = Kies het land waar je woont.
error-country-unknown = Dit land kennen we niet. Kies een land uit de lijst.
error-municipality-missing = Vul de gemeente in waar je woont.
error-municipality-too-long = De naam van de gemeente mag niet langer zijn dan { $max } tekens.
error-storage = Wegwijs kan je gegevens niet opslaan of lezen. Is er genoeg ruimte op je apparaat? Probeer het opnieuw.
error-corrupt-data = Een deel van je opgeslagen gegevens is beschadigd. Vul je gegevens opnieuw in.
error-no-data-dir = Wegwijs kan geen map vinden om je gegevens te bewaren.
error-unexpected = Er ging iets mis. Probeer het opnieuw.
error-no-profile = Er zijn nog geen gegevens over jou. Vul eerst je gegevens in.
error-event-unknown = De gebeurtenis { $value } kennen we niet.
error-date-invalid = { $value } is geen bestaande datum. Schrijf de datum als JJJJ-MM-DD, bijvoorbeeld 2026-03-14.
error-employment-unknown = { $value } kennen we niet als werksituatie. Kies uit: employed, self-employed, unemployed, retired, student, none.
error-profile-file-invalid = Het bestand met gegevens klopt niet: { $detail }
error-file-unreadable = Wegwijs kan het bestand { $path } niet lezen.
error-file-unwritable = Wegwijs kan het bestand { $path } niet schrijven. Bestaat de map, en mag je daar schrijven?
error-employment-unknown-choice = Kies een van de werksituaties uit de lijst.
error-child-birth-date-invalid = De geboortedatum van kind { $number } is geen bestaande datum.
error-child-birth-date-in-future = De geboortedatum van kind { $number } kan niet na vandaag zijn.
error-child-birth-date-too-early = De geboortedatum van kind { $number } is te lang geleden.
