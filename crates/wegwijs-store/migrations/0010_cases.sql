-- Requests a person made to a provider (a permit, an allowance, a Wmo
-- request, a passport): entered by hand, or (later) kept in step with the
-- provider's ZGW APIs. Whose: person_id, NULL for the device owner, as for
-- documents.
-- AUTOINCREMENT: a deleted request's number is never given to another
-- (the audit log and shown notifications name requests by it).
CREATE TABLE case_item (
    id             INTEGER PRIMARY KEY AUTOINCREMENT,
    person_id      INTEGER,
    provider       TEXT NOT NULL,
    title          TEXT NOT NULL,
    reference      TEXT,
    submitted      TEXT NOT NULL,          -- ISO date the request was received
    decision_weeks INTEGER NOT NULL CHECK (decision_weeks BETWEEN 1 AND 104),
    decided_on     TEXT,                   -- ISO date of the decision
    created_at     TEXT NOT NULL
) STRICT;

CREATE INDEX case_item_person ON case_item (person_id);

-- What happened to a case, in the order entered.
CREATE TABLE case_step (
    id       INTEGER PRIMARY KEY,
    case_id  INTEGER NOT NULL REFERENCES case_item (id) ON DELETE CASCADE,
    status   TEXT NOT NULL,
    on_date  TEXT NOT NULL,                -- ISO date
    note     TEXT NOT NULL DEFAULT ''
) STRICT;

CREATE INDEX case_step_case ON case_step (case_id);
