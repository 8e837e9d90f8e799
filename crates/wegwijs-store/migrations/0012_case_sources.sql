-- Providers whose ZGW APIs a person connected, and the cases synced from
-- them. No secrets here: a source's JWT secret is in the OS keyring (and
-- a login's token too); a source names only how it authenticates.
CREATE TABLE case_source (
    id           INTEGER PRIMARY KEY AUTOINCREMENT,
    name         TEXT NOT NULL UNIQUE,
    zaken_url    TEXT NOT NULL,
    catalogi_url TEXT,
    auth         TEXT NOT NULL CHECK (auth IN ('jwt', 'login')),
    client_id    TEXT,
    created_at   TEXT NOT NULL
) STRICT;

-- How the last sync of a source went, per person synced (NULL: the
-- owner): the last successful one, and the error of a later failed one.
-- A failed sync keeps the cases of the last good one.
CREATE TABLE case_sync (
    source_id  INTEGER NOT NULL REFERENCES case_source (id) ON DELETE CASCADE,
    person_key INTEGER NOT NULL,           -- person id, 0 for the owner
    synced_at  TEXT,                       -- RFC 3339, last success
    tried_at   TEXT NOT NULL,              -- RFC 3339, last attempt
    error      TEXT,                       -- message id of the last failure
    PRIMARY KEY (source_id, person_key)
) STRICT;

-- A synced case: its source, its URL there (one case once per source and
-- person), the provider's own last day to decide, its result, and what the
-- provider said of its steps (JSON: statuses and the steps of its type),
-- from which its timeline is drawn. `submitted` is its registratiedatum,
-- `decided_on` its einddatum.
ALTER TABLE case_item ADD COLUMN source_id INTEGER REFERENCES case_source (id) ON DELETE CASCADE;
ALTER TABLE case_item ADD COLUMN remote_url TEXT;
ALTER TABLE case_item ADD COLUMN due TEXT;
ALTER TABLE case_item ADD COLUMN result TEXT;
ALTER TABLE case_item ADD COLUMN remote TEXT;

CREATE UNIQUE INDEX case_item_remote
    ON case_item (source_id, IFNULL(person_id, 0), remote_url)
    WHERE source_id IS NOT NULL;
