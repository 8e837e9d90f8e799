-- A person's burgerservicenummer (nine digits, checked by the app), for
-- finding their cases at a provider. The database is encrypted as a
-- whole; the number is never logged and shown only masked.
ALTER TABLE person ADD COLUMN bsn TEXT;
-- One person per number: cases found by it must not go to someone else.
CREATE UNIQUE INDEX person_bsn ON person (bsn) WHERE bsn IS NOT NULL;
