-- A person's burgerservicenummer (nine digits, checked by the app), for
-- finding their cases at a provider. The database is encrypted as a
-- whole; the number is never logged and shown only masked.
ALTER TABLE person ADD COLUMN bsn TEXT;
