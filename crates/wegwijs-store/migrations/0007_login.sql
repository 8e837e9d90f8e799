-- A person's id at the configured identity provider ("<issuer> <subject>"),
-- learnt from a verified login: the owner's own, and the ids of the people
-- the provider says the owner acts for. Never typed in by hand.
ALTER TABLE person ADD COLUMN provider_subject TEXT;

CREATE UNIQUE INDEX person_provider_subject ON person (provider_subject)
    WHERE provider_subject IS NOT NULL;
