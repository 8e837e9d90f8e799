-- People the app knows about. Today only "me"; the household and the people
-- someone represents join this table later, so "me" is a flag, not a table.
CREATE TABLE person (
    id                INTEGER PRIMARY KEY,
    is_me             INTEGER NOT NULL DEFAULT 0 CHECK (is_me IN (0, 1)),
    name              TEXT NOT NULL,
    birth_date        TEXT NOT NULL,  -- ISO 8601 calendar date
    residence_country TEXT NOT NULL,  -- ISO 3166-1 alpha-2
    municipality      TEXT,
    updated_at        TEXT NOT NULL   -- RFC 3339 timestamp, UTC
) STRICT;

CREATE UNIQUE INDEX person_one_me ON person (is_me) WHERE is_me = 1;

-- Small per-installation preferences (the chosen language, ...).
CREATE TABLE setting (
    key   TEXT PRIMARY KEY,
    value TEXT NOT NULL
) STRICT;
