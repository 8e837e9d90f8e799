-- The household: people the device owner cares for or who care for them.
-- They join `person` (is_me = 0); their country of residence is not asked,
-- so it is '' (unknown) for them.
ALTER TABLE person ADD COLUMN relation TEXT;

-- Who may act for whom, on what basis, for which scopes and period.
CREATE TABLE representation (
    id                INTEGER PRIMARY KEY,
    representative_id INTEGER NOT NULL REFERENCES person (id),
    subject_id        INTEGER NOT NULL REFERENCES person (id),
    basis             TEXT NOT NULL,
    scopes            TEXT NOT NULL,   -- comma-separated scope keys
    access            TEXT NOT NULL CHECK (access IN ('full', 'view')),
    valid_from        TEXT NOT NULL,   -- ISO date, first day
    valid_until       TEXT,            -- ISO date, last day
    revoked_on        TEXT,            -- ISO date
    verified          INTEGER NOT NULL DEFAULT 0 CHECK (verified IN (0, 1)),
    evidence_document TEXT,            -- a vault document id
    created_at        TEXT NOT NULL,
    CHECK (representative_id <> subject_id)
) STRICT;

CREATE INDEX representation_pair ON representation (representative_id, subject_id);

-- Every action on someone else's behalf, and every grant, change and
-- revocation, hash-chained: each entry's hash covers the previous one's.
CREATE TABLE audit_entry (
    seq        INTEGER PRIMARY KEY,
    at         TEXT NOT NULL,          -- RFC 3339, UTC
    actor_id   INTEGER NOT NULL,
    subject_id INTEGER NOT NULL,
    action     TEXT NOT NULL,          -- e.g. documents.view, representation.grant
    basis      TEXT,                   -- the basis it was allowed on
    detail     TEXT NOT NULL DEFAULT '',
    prev_hash  BLOB NOT NULL,
    hash       BLOB NOT NULL
) STRICT;
