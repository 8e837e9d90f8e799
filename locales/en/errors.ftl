# Error messages. Say what is wrong and what you can do.

error-invalid-profile = Not all details are filled in correctly.
error-name-missing = Fill in your name.
error-name-too-long = Your name can be at most { $max } characters long.
error-birth-date-missing = Fill in your date of birth.
error-birth-date-invalid = This is not a real date. Fill in day, month and year in numbers, for example 14 3 1990.
error-birth-date-in-future = Your date of birth cannot be after today.
error-birth-date-too-early = Fill in a date of birth from the year { $year }.
error-country-missing = Choose the country where you live.
error-country-unknown = We do not know this country. Choose a country from the list.
error-municipality-missing = Fill in the municipality where you live.
error-municipality-too-long = The name of the municipality can be at most { $max } characters long.
error-storage = Wegwijs cannot save or read your data. Is there enough space on your device? Try again.
error-corrupt-data = Part of your saved data is damaged. Please fill in your details again.
error-no-data-dir = Wegwijs cannot find a folder to keep your data in.
error-unexpected = Something went wrong. Please try again.
error-no-profile = There are no details about you yet. Fill in your details first.
error-event-unknown = We do not know the event { $value }.
error-date-invalid = { $value } is not a real date. Write the date as YYYY-MM-DD, for example 2026-03-14.
error-employment-unknown = We do not know { $value } as a work situation. Choose from: employed, self-employed, unemployed, retired, student, none.
error-profile-file-invalid = The file with your details is not right: { $detail }
error-file-unreadable = Wegwijs cannot read the file { $path }.
error-file-unwritable = Wegwijs cannot write the file { $path }. Does the folder exist, and may you write there?
error-employment-unknown-choice = Choose one of the work situations from the list.
error-child-birth-date-invalid = The date of birth of child { $number } is not a real date.
error-child-birth-date-in-future = The date of birth of child { $number } cannot be after today.
error-child-birth-date-too-early = The date of birth of child { $number } is too long ago.
